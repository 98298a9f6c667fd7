using Microsoft.AspNetCore.Http;

namespace Corroborate.Web.Api;

/// <summary>One page of a listing, with what a client needs to fetch the next.</summary>
public sealed record PageOf<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total);

public readonly record struct Paging(int Page, int PageSize)
{
    public const int MaxPageSize = 200;

    /// <summary>Validated paging from the query string, or the problem to answer with.</summary>
    public static (Paging? Paging, IResult? Problem) From(int? page, int? pageSize)
    {
        int p = page ?? 1, size = pageSize ?? 50;
        if (p < 1) return (null, Results.Problem(statusCode: 400, title: "Invalid page", detail: "page starts at 1"));
        if (size < 1 || size > MaxPageSize) return (null, Results.Problem(statusCode: 400, title: "Invalid page_size", detail: $"page_size must be between 1 and {MaxPageSize}"));
        return (new Paging(p, size), null);
    }

    public PageOf<T> Apply<T>(IReadOnlyList<T> all)
    {
        // In long: (page - 1) * size overflows int for a large page and would wrap round to the first rows.
        long offset = (long)(Page - 1) * PageSize;
        List<T> items = offset >= all.Count ? [] : all.Skip((int)offset).Take(PageSize).ToList();
        return new(items, Page, PageSize, all.Count);
    }
}

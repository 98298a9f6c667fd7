namespace Corroborate.Web.Api;

/// <summary>
/// The query parameters every listing takes, in the API and on the pages alike: filters by publication date
/// (from and to, yyyy-MM-dd, both days included), outlet, story and finding kind, paging, and the export format.
/// A list applies the filters that concern it; an article passes when its own date, outlet and story do.
/// </summary>
public sealed class ListQuery
{
    [FromQuery(Name = "from")] public string? From { get; set; }
    [FromQuery(Name = "to")] public string? To { get; set; }
    [FromQuery(Name = "outlet")] public string? Outlet { get; set; }
    // Numbers are read as text: an HTML form sends its empty fields ("story="), which mean "any", not an error.
    [FromQuery(Name = "story")] public string? Story { get; set; }
    [FromQuery(Name = "kind")] public string? Kind { get; set; }
    [FromQuery(Name = "page")] public string? Page { get; set; }
    [FromQuery(Name = "page_size")] public string? PageSize { get; set; }

    /// <summary>csv or json: the whole filtered list as a download instead of one page.</summary>
    [FromQuery(Name = "format")] public string? Format { get; set; }

    /// <summary>The validated filters and paging, or the problem to answer with.</summary>
    public (ListFilter Filter, Paging Paging, IResult? Problem) Parse()
    {
        if (!TryNumber(Page, out int? page)) return Invalid("page", "a whole number", Page);
        if (!TryNumber(PageSize, out int? pageSize)) return Invalid("page_size", "a whole number", PageSize);
        if (!TryNumber(Story, out int? story)) return Invalid("story", "a story id", Story);
        var (paging, problem) = Paging.From(page, pageSize);
        if (problem is not null) return (ListFilter.None, default, problem);
        if (!TryDay(From, out var from)) return Invalid("from", "a date as yyyy-MM-dd", From);
        if (!TryDay(To, out var to)) return Invalid("to", "a date as yyyy-MM-dd", To);
        if (from > to)
            return Bad("Invalid date range", "from is after to");
        if (Format is not (null or "" or "csv" or "json"))
            return Bad("Invalid format", "format is csv or json");
        return (new ListFilter(from, to, Blank(Outlet), story, Blank(Kind)), paging!.Value, null);
    }

    /// <summary>The filters and page size as query parameters (empty ones left out), for links that keep them.</summary>
    public IEnumerable<(string Name, string? Value)> Kept()
    {
        var all = new[]
        {
            ("from", From), ("to", To), ("outlet", Outlet), ("story", Story), ("kind", Kind), ("page_size", PageSize),
        };
        return all.Where(p => !string.IsNullOrWhiteSpace(p.Item2));
    }

    private static bool TryDay(string? text, out DateOnly? day)
    {
        day = null;
        if (string.IsNullOrWhiteSpace(text)) return true;
        var invariant = CultureInfo.InvariantCulture;
        if (!DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", invariant, DateTimeStyles.None, out var d)) return false;
        day = d;
        return true;
    }

    private static bool TryNumber(string? text, out int? number)
    {
        number = null;
        if (string.IsNullOrWhiteSpace(text)) return true;
        if (!int.TryParse(text.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int n))
            return false;
        number = n;
        return true;
    }

    private static (ListFilter, Paging, IResult) Invalid(string name, string what, string? value) =>
        Bad($"Invalid {name}", $"{name} must be {what}, not '{value}'");

    private static (ListFilter, Paging, IResult) Bad(string title, string detail) =>
        (ListFilter.None, default, Results.Problem(statusCode: 400, title: title, detail: detail));

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}

/// <summary>Validated list filters; null means "any".</summary>
public sealed record ListFilter(DateOnly? From, DateOnly? To, string? Outlet, int? Story, string? Kind)
{
    public static ListFilter None { get; } = new(null, null, null, null, null);

    public bool ByArticle => From is not null || To is not null || Outlet is not null || Story is not null;

    public bool KindMatches(string kind) =>
        Kind is null || string.Equals(Kind, kind, StringComparison.OrdinalIgnoreCase);

    /// <summary>The ids of the articles that pass the date, outlet and story filters (all when there are none).</summary>
    public IReadOnlySet<string> Articles(IStore store) =>
        store.ListArticleStories().Where(Passes).Select(p => p.ArticleId).ToHashSet();

    private bool Passes(ArticleStory a)
    {
        if (Story is { } story && a.Story != story) return false;
        if (Outlet is not null && !string.Equals(a.Source, Outlet, StringComparison.OrdinalIgnoreCase)) return false;
        if (From is null && To is null) return true;
        if (a.Published is not { } published) return false;
        var day = DateOnly.FromDateTime(published.UtcDateTime);
        return (From is null || day >= From) && (To is null || day <= To);
    }
}

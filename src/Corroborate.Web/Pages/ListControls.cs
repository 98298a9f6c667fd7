using Microsoft.AspNetCore.Http.HttpResults;
using static Corroborate.Web.Pages.Html;
// Parameters a list page carries besides the filters (q, type, category); a null value is left out.
using Extra = System.Collections.Generic.IReadOnlyList<(string Name, string? Value)>;

namespace Corroborate.Web.Pages;

/// <summary>Which filters a list's form offers besides dates and outlet, which every list offers.</summary>
[Flags]
public enum FilterFields { None = 0, Story = 1, Kind = 2 }

/// <summary>
/// The controls every list page shares: the filter form (a GET form, so a filtered list is a link), the pager
/// that keeps the filters, and the export links to the API. Extra parameters (q, type, category) travel along.
/// </summary>
public static class ListControls
{
    public static readonly string[] FindingKinds =
        ["corroborated", "single-source", "contradicted", "updated", "part-total-mismatch"];

    /// <summary>Page sizes besides the default of 50, which is the select's empty choice.</summary>
    private static readonly int[] PageSizes = [20, 100, 200];

    public static void AppendForm(
        StringBuilder b, IStore store, string action, ListQuery query, FilterFields fields, Extra extra)
    {
        b.Append($"<form class=\"filters\" method=\"get\" action=\"{E(action)}\">");
        foreach (var (name, value) in extra.Where(x => x.Value is not null))
            b.Append($"<input type=\"hidden\" name=\"{E(name)}\" value=\"{E(value)}\">");
        b.Append($"<label>From <input type=\"date\" name=\"from\" value=\"{E(query.From)}\"></label>");
        b.Append($"<label>To <input type=\"date\" name=\"to\" value=\"{E(query.To)}\"></label>");
        var outlets = store.ListArticles().Select(a => a.Source).OfType<string>().Distinct()
            .Order(StringComparer.OrdinalIgnoreCase);
        AppendSelect(b, "Outlet", "outlet", query.Outlet, outlets);
        if (fields.HasFlag(FilterFields.Story))
            b.Append($"<label>Story <input type=\"number\" min=\"1\" name=\"story\" value=\"{E(query.Story)}\"></label>");
        if (fields.HasFlag(FilterFields.Kind)) AppendSelect(b, "Kind", "kind", query.Kind, FindingKinds);
        AppendSelect(b, "Per page", "page_size", query.PageSize,
            PageSizes.Select(n => n.ToString(CultureInfo.InvariantCulture)), any: "50");
        b.Append($"<button>Filter</button> <a href=\"{E(Url(action, extra))}\">clear</a></form>");
    }

    /// <summary>"21–40 of 215" with previous and next links that keep the filters.</summary>
    public static void AppendPager<T>(StringBuilder b, PageOf<T> page, string path, ListQuery query, Extra extra)
    {
        int first = page.Items.Count == 0 ? 0 : (page.Page - 1) * page.PageSize + 1;
        int last = page.Items.Count == 0 ? 0 : first + page.Items.Count - 1;
        int pages = Math.Max(1, (page.Total + page.PageSize - 1) / page.PageSize);
        string At(int n) => Url(path, extra.Concat(query.Kept()).Append(("page", n.ToString(CultureInfo.InvariantCulture))));
        b.Append(CultureInfo.InvariantCulture,
            $"<nav class=\"pager\"><span class=\"meta\">{first}–{last} of {page.Total} · page {page.Page} of {pages}</span>");
        if (page.Page > 1) b.Append($"<a rel=\"prev\" href=\"{E(At(Math.Min(page.Page - 1, pages)))}\">‹ previous</a>");
        if (page.Page < pages) b.Append($"<a rel=\"next\" href=\"{E(At(page.Page + 1))}\">next ›</a>");
        b.Append("</nav>");
    }

    /// <summary>Links to the API's CSV and JSON export of the list as filtered.</summary>
    public static void AppendExports(
        StringBuilder b, string label, string apiPath, ListQuery query, Extra extra)
    {
        var kept = extra.Concat(query.Kept().Where(k => k.Name != "page_size")).ToList();
        b.Append($"<p class=\"exports\">{E(label)}: ");
        foreach (var format in new[] { "csv", "json" })
        {
            string href = Url(apiPath, kept.Append(("format", format)));
            b.Append($"<a class=\"export\" download href=\"{E(href)}\">{format.ToUpperInvariant()}</a>");
        }
        b.Append("</p>");
    }

    /// <summary>A page telling what is wrong with the list's parameters, with the status the API answers.</summary>
    public static IResult Invalid(IResult problem) =>
        problem is ProblemHttpResult { ProblemDetails: var details } p
            ? Page("Invalid list parameters", $"<h1>{E(details.Title)}</h1><p class=\"error\">{E(details.Detail)}</p>", p.StatusCode)
            : problem;

    public static string Url(string path, IEnumerable<(string Name, string? Value)> parameters)
    {
        var query = string.Join("&", parameters.Where(p => !string.IsNullOrEmpty(p.Value))
            .Select(p => $"{Uri.EscapeDataString(p.Name)}={Uri.EscapeDataString(p.Value!)}"));
        return query.Length == 0 ? path : path + "?" + query;
    }

    private static void AppendSelect(
        StringBuilder b, string label, string name, string? selected, IEnumerable<string> options, string any = "any")
    {
        b.Append($"<label>{E(label)} <select name=\"{E(name)}\"><option value=\"\">{E(any)}</option>");
        foreach (var o in options)
        {
            string chosen = string.Equals(o, selected, StringComparison.OrdinalIgnoreCase) ? " selected" : "";
            b.Append($"<option{chosen}>{E(o)}</option>");
        }
        b.Append("</select></label>");
    }
}

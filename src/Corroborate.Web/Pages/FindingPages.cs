using Corroborate.Reports;
using static Corroborate.Web.Pages.Html;

namespace Corroborate.Web.Pages;

/// <summary>
/// The findings and claims of the whole corpus as filterable, paged tables with export links. Every source links to
/// the sentence of its figure in its article.
/// </summary>
public static class FindingPages
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/findings", (IStore store, StoryReports reports, CorpusClaims claims, [AsParameters] ListQuery query)
            => Findings(store, reports, claims, query)).ExcludeFromDescription();
        app.MapGet("/claims", (IStore store, CorpusClaims claims, [FromQuery] string? category, [AsParameters] ListQuery query)
            => Claims(store, claims, category, query)).ExcludeFromDescription();
    }

    private static IResult Findings(IStore store, StoryReports reports, CorpusClaims corpus, ListQuery query)
    {
        var (filter, paging, problem) = query.Parse();
        if (problem is not null) return ListControls.Invalid(problem);
        var page = paging.Apply(Listings.Findings(store, reports, filter));
        var claims = ClaimsById(corpus.Get(store));
        var b = new StringBuilder("<h1>Findings</h1>");
        ListControls.AppendForm(b, store, "/findings", query, FilterFields.Story | FilterFields.Kind, []);
        ListControls.AppendExports(b, "Export", "/api/findings", query, []);
        ListControls.AppendPager(b, page, "/findings", query, []);
        b.Append("<table class=\"findings\"><tr><th>Story</th><th>Kind</th><th>Figure</th><th>Sources</th>");
        b.Append("<th>Independent</th><th>Note</th></tr>");
        foreach (var f in page.Items)
        {
            var sources = f.Claims.Select(id => claims.GetValueOrDefault(id)).OfType<ReportClaim>()
                .Select(c => $"<a href=\"{E(ArticleSentences.AtOffset(c.Article, c.Start))}\">{E(c.Figure)}</a>");
            b.Append($"<tr><td><a href=\"/stories/{E(f.Story)}\">{E(f.Story)}</a></td><td class=\"k-{E(f.Kind)}\">{E(f.Kind)}</td>");
            b.Append($"<td>{E(f.Category)} ({E(f.Subject)})</td><td>{string.Join(", ", sources)}");
            b.Append($"<br><small>{E(string.Join(", ", f.Outlets))}</small></td>");
            b.Append(CultureInfo.InvariantCulture, $"<td>{f.IndependentSources}</td><td>{E(f.Note)}</td></tr>");
        }
        b.Append("</table>");
        ListControls.AppendPager(b, page, "/findings", query, []);
        return Page("Findings", b.ToString(), HtmlStoryAnalysis.Style);
    }

    private static IResult Claims(IStore store, CorpusClaims corpus, string? category, ListQuery query)
    {
        var (filter, paging, problem) = query.Parse();
        if (problem is not null) return ListControls.Invalid(problem);
        category = string.IsNullOrWhiteSpace(category) ? null : category;
        var page = paging.Apply(Listings.Claims(store, corpus, filter, article: null, category));
        var titles = store.ListArticles().ToDictionary(a => a.Id, a => a.Title ?? a.Source ?? a.Id);
        (string, string?)[] extra = [("category", category)];
        var b = new StringBuilder("<h1>Claims</h1>");
        ListControls.AppendForm(b, store, "/claims", query, FilterFields.Story, extra);
        ListControls.AppendExports(b, "Export", "/api/claims", query, extra);
        ListControls.AppendPager(b, page, "/claims", query, extra);
        b.Append("<table class=\"claims\"><tr><th>Figure</th><th>Category</th><th>Measure</th><th>Source</th>");
        b.Append("<th>As of</th><th>Sentence</th><th>Article</th></tr>");
        foreach (var c in page.Items)
        {
            b.Append($"<tr><td>{E(c.Figure)}</td><td>{E(c.Category)}</td><td>{E(c.Measure)}</td><td>{E(c.Attribution)}</td>");
            b.Append($"<td>{E(c.AsOf)}</td><td>{E(c.Sentence)}</td>");
            string href = ArticleSentences.AtOffset(c.Article, c.Start);
            b.Append($"<td><a href=\"{E(href)}\">{E(titles.GetValueOrDefault(c.Article))}</a></td></tr>");
        }
        b.Append("</table>");
        ListControls.AppendPager(b, page, "/claims", query, extra);
        return Page("Claims", b.ToString(), ClaimsTable.Style);
    }

    private static Dictionary<string, ReportClaim> ClaimsById(IReadOnlyList<ReportClaim> claims)
    {
        var byId = new Dictionary<string, ReportClaim>();
        foreach (var c in claims) byId.TryAdd(c.Id, c);
        return byId;
    }
}

using System.Globalization;
using System.Text;
using Corroborate.Core.Store;
using Corroborate.Reports;
using Corroborate.Web.Api;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using static Corroborate.Web.Pages.Html;

namespace Corroborate.Web.Pages;

/// <summary>The story list with search, and the story page: brief, findings, timeline chart, entities, copies and sources by family.</summary>
public static class StoryPages
{
    private static readonly StoryLinks WebLinks = new(
        id => $"/articles/{Uri.EscapeDataString(id)}",
        CopyPages.PairUrl,
        EntityPages.Url,
        ArticleSentences.AtOffset);

    public static void Map(IEndpointRouteBuilder app)
    {
        foreach (var path in new[] { "/", "/stories" })
            app.MapGet(path, (IStore store, HttpRequest request, [FromQuery] string? q, [AsParameters] ListQuery query) =>
                List(store, request, q, query)).ExcludeFromDescription();
        app.MapGet("/stories/{id:int}", (IStore store, HttpRequest request, StoryReports reports, StoryExplanations why, int id) =>
            Story(store, request, reports, why, id)).ExcludeFromDescription();
    }

    /// <summary>Stories, largest first; a query keeps the stories of the articles that match it.</summary>
    public static IReadOnlyList<StoryRecord> Matching(IStore store, string? q)
    {
        var stories = store.ListStories();
        if (string.IsNullOrWhiteSpace(q)) return stories.OrderByDescending(s => s.ArticleCount).ThenBy(s => s.Id).ToList();
        var storyOf = store.ListArticleStories().Where(p => p.Story is not null).ToDictionary(p => p.ArticleId, p => p.Story!.Value);
        var rank = new Dictionary<int, int>();
        foreach (var (id, i) in store.SearchArticles(q, 1000).Select((id, i) => (id, i)))
            if (storyOf.TryGetValue(id, out int story)) rank.TryAdd(story, i);
        return stories.Where(s => rank.ContainsKey(s.Id)).OrderBy(s => rank[s.Id]).ToList();
    }

    private static IResult List(IStore store, HttpRequest request, string? q, ListQuery query)
    {
        var (filter, paging, problem) = query.Parse();
        if (problem is not null) return ListControls.Invalid(problem);
        var page = paging.Apply(Listings.Stories(store, filter, q));
        (string, string?)[] extra = [("q", q)];
        var b = new StringBuilder("<h1>Stories</h1>");
        ChangePages.AppendSinceLastVisit(b, store, request, null);
        b.Append($"<form method=\"get\" action=\"/stories\"><input type=\"search\" name=\"q\" value=\"{E(q)}\" placeholder=\"Search stories\"> <button>Search</button></form>");
        ListControls.AppendForm(b, store, "/stories", query, FilterFields.None, extra);
        ListControls.AppendPager(b, page, "/stories", query, extra);
        b.Append("<table><tr><th>Story</th><th>Articles</th><th>First seen</th><th>Last seen</th><th>Key terms</th></tr>");
        foreach (var s in page.Items)
            b.Append(CultureInfo.InvariantCulture, $"<tr><td><a href=\"/stories/{s.Id}\">{E(s.Title ?? $"Story {s.Id}")}</a></td><td>{s.ArticleCount}</td><td>{E(s.FirstSeen?.ToString("yyyy-MM-dd"))}</td><td>{E(s.LastSeen?.ToString("yyyy-MM-dd"))}</td><td>{E(string.Join(", ", s.KeyTerms.Take(6)))}</td></tr>");
        b.Append("</table>");
        ListControls.AppendPager(b, page, "/stories", query, extra);
        return Page("Stories", b.ToString(), ChangePages.Style, head: ChangePages.FeedLink(null));
    }

    private static IResult Story(IStore store, HttpRequest request, StoryReports reports, StoryExplanations explanations, int id)
    {
        if (reports.Get(store, id) is not { } report) return NotFound($"no story {id}");
        var b = new StringBuilder();
        var story = new ListQuery { Story = id.ToString(CultureInfo.InvariantCulture) };
        ListControls.AppendExports(b, "Export findings", "/api/findings", story, []);
        ListControls.AppendExports(b, "Export claims", "/api/claims", story, []);
        HtmlStoryAnalysis.Render(b, report, WebLinks);
        WhyLinked.Append(b, report, explanations.Get(store, id) ?? []);
        ChangePages.AppendSinceLastVisit(b, store, request, id);
        string title = report.Stories?.FirstOrDefault()?.Title ?? $"Story {id}";
        return Page(title, b.ToString(), HtmlStoryAnalysis.Style + ChangePages.Style, head: ChangePages.FeedLink(id));
    }
}

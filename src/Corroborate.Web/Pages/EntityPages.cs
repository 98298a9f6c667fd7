using static Corroborate.Web.Pages.Html;

namespace Corroborate.Web.Pages;

/// <summary>The entity list (filtered by type and by the articles naming them) and a page per canonical entity.</summary>
public static class EntityPages
{
    private static readonly string[] Types = ["PER", "ORG", "LOC", "MISC"];

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/entities", (IStore store, [FromQuery] string? type, [AsParameters] ListQuery query) =>
            List(store, type, query)).ExcludeFromDescription();
        app.MapGet("/entities/{id}", (IStore store, string id) => Entity(store, id)).ExcludeFromDescription();
    }

    public static string Url(string id) => $"/entities/{Uri.EscapeDataString(id)}";

    private static IResult List(IStore store, string? type, ListQuery query)
    {
        var (filter, paging, problem) = query.Parse();
        if (problem is not null) return ListControls.Invalid(problem);
        type = string.IsNullOrWhiteSpace(type) ? null : type;
        var page = paging.Apply(Listings.Entities(store, filter, type));
        (string, string?)[] extra = [("type", type)];
        var b = new StringBuilder("<h1>Entities</h1><p class=\"meta\">Types: ");
        b.AppendJoin(" · ", Types.Select(t => $"<a href=\"/entities?type={t}\">{t}</a>"));
        b.Append("</p>");
        ListControls.AppendForm(b, store, "/entities", query, FilterFields.Story, extra);
        ListControls.AppendPager(b, page, "/entities", query, extra);
        b.Append("<table><tr><th>Entity</th><th>Type</th><th>Mentions</th><th>Articles</th><th>Spellings</th></tr>");
        foreach (var e in page.Items)
        {
            int articles = e.Mentions.Select(m => m.ArticleId).Distinct().Count();
            string spellings = string.Join(", ", e.Mentions.Select(m => m.Text).Distinct());
            b.Append($"<tr><td><a href=\"{E(Url(e.Id))}\">{E(e.Canonical)}</a></td><td>{E(e.Type)}</td>");
            b.Append(CultureInfo.InvariantCulture, $"<td>{e.Mentions.Count}</td><td>{articles}</td><td>{E(spellings)}</td></tr>");
        }
        b.Append("</table>");
        ListControls.AppendPager(b, page, "/entities", query, extra);
        return Page("Entities", b.ToString());
    }

    private static IResult Entity(IStore store, string id)
    {
        if (EntityProfile.Of(store, id) is not { } e) return NotFound($"no entity with id '{id}'");
        var b = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        b.Append(inv, $"<h1>{E(e.Canonical)}</h1><p class=\"meta\">{E(e.Type)} · {e.Mentions} mentions in {e.Articles.Count} articles");
        b.Append($" · <code>{E(e.Id)}</code> · <a href=\"/api{E(Url(e.Id))}\">JSON</a></p>");
        b.Append("<h2>Spellings</h2><table class=\"spellings\"><tr><th>Spelling</th><th>Mentions</th><th>Outlets</th></tr>");
        foreach (var s in e.Spellings)
            b.Append(inv, $"<tr><td>{E(s.Text)}</td><td>{s.Mentions}</td><td>{E(string.Join(", ", s.Outlets))}</td></tr>");
        b.Append("</table><h2>Stories</h2><table class=\"stories\"><tr><th>Story</th><th>Articles naming it</th></tr>");
        foreach (var s in e.Stories)
            b.Append(inv, $"<tr><td><a href=\"/stories/{s.Id}\">{E(s.Title ?? $"Story {s.Id}")}</a></td><td>{s.Articles}</td></tr>");
        b.Append("</table><h2>Articles</h2><table class=\"articles\">");
        b.Append("<tr><th>Article</th><th>Outlet</th><th>Published</th><th>Mentions</th></tr>");
        foreach (var a in e.Articles)
        {
            b.Append($"<tr><td><a href=\"/articles/{E(Uri.EscapeDataString(a.Id))}\">{E(a.Title ?? "(untitled)")}</a></td>");
            b.Append(inv, $"<td>{E(a.Outlet)}</td><td>{E(a.Published?.ToString("yyyy-MM-dd", inv))}</td><td>{a.Mentions}</td></tr>");
        }
        b.Append("</table>");
        return Page(e.Canonical, b.ToString());
    }
}

using Corroborate.Core.Stories;
using Corroborate.Reports;
using static Corroborate.Web.Pages.Html;

namespace Corroborate.Web.Pages;

/// <summary>The story page's "why linked" section: per article, what it shares with the rest of the story.</summary>
public static class WhyLinked
{
    public static void Append(StringBuilder b, Report report, IReadOnlyList<ArticleLinkReasons> reasons)
    {
        if (reasons.Count == 0) return;
        var sources = (report.StorySources ?? []).ToDictionary(s => s.Article);
        b.Append("<section class=\"why\" id=\"why\"><h3>Why linked</h3><p class=\"meta\">Per article: its highest-weighted ");
        b.Append("terms that other articles of the story also use (how many others, in brackets), the entities and the ");
        b.Append("figures it shares with them.</p><table class=\"why\"><tr><th>Source</th><th>Shared terms</th>");
        b.Append("<th>Shared entities</th><th>Shared figures</th></tr>");
        foreach (var r in reasons)
        {
            string name = sources.TryGetValue(r.ArticleId, out var s)
                ? $"[{s.Number}] {s.Outlet}: {s.Title ?? "(untitled)"}"
                : r.ArticleId;
            string href = $"/articles/{Uri.EscapeDataString(r.ArticleId)}";
            b.Append($"<tr data-article=\"{E(r.ArticleId)}\"><td><a href=\"{E(href)}\">{E(name)}</a></td><td>");
            b.AppendJoin(", ", r.Terms.Select(t => E(t.Term) + Others(t.OtherArticles))).Append("</td><td>");
            b.AppendJoin(", ", r.Entities.Select(e =>
                $"<a href=\"{E(EntityPages.Url(e.Id))}\">{E(e.Canonical)}</a>{Others(e.OtherArticles)}"));
            b.Append("</td><td>").AppendJoin(", ", r.Figures.Select(f =>
                $"{E(f.Figure)} <small>{E(f.Category)}</small>{Others(f.OtherArticles)}"));
            b.Append("</td></tr>");
        }
        b.Append("</table></section>");
    }

    private static string Others(int n) => string.Create(CultureInfo.InvariantCulture, $" <small>({n})</small>");
}

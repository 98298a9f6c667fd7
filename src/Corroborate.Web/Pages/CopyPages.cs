using System.Globalization;
using System.Text;
using Corroborate.Core.Store;
using Corroborate.Reports;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using static Corroborate.Web.Pages.Html;

namespace Corroborate.Web.Pages;

/// <summary>Copied pairs: the list, and each pair side by side with the shared passages marked.</summary>
public static class CopyPages
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/copies", List).ExcludeFromDescription();
        app.MapGet("/copies/{a}/{b}", SideBySide).ExcludeFromDescription();
    }

    public static string PairUrl(string a, string b) => $"/copies/{Uri.EscapeDataString(a)}/{Uri.EscapeDataString(b)}";

    private static IResult List(IStore store)
    {
        var titles = store.ListArticles().ToDictionary(a => a.Id, a => a.Title ?? a.Path ?? a.Id);
        var b = new StringBuilder("<h1>Copied pairs</h1><table><tr><th>Article</th><th>Copy</th><th>Similarity</th><th></th></tr>");
        foreach (var c in store.GetCopies())
            b.Append(CultureInfo.InvariantCulture, $"<tr><td>{E(titles.GetValueOrDefault(c.A))}</td><td>{E(titles.GetValueOrDefault(c.B))}</td><td>{c.Similarity:0.00}</td><td><a href=\"{E(PairUrl(c.A, c.B))}\">side by side</a></td></tr>");
        b.Append("</table>");
        return Page("Copied pairs", b.ToString());
    }

    private static IResult SideBySide(IStore store, string a, string b)
    {
        var pair = store.GetCopies().FirstOrDefault(c => (c.A == a && c.B == b) || (c.A == b && c.B == a));
        if (pair is null) return NotFound($"no copied pair {a} / {b}");
        var left = store.GetArticle(pair.A)!;
        var right = store.GetArticle(pair.B)!;
        var h = new StringBuilder("<h1>Side by side</h1>");
        h.Append(CultureInfo.InvariantCulture, $"<p class=\"meta\">similarity {pair.Similarity:0.00} · {pair.Passages.Count} shared passages · covers {pair.CoverageA * 100:0}% of the left and {pair.CoverageB * 100:0}% of the right · origin: {E(pair.Origin == left.Id ? left.Title : right.Title)}</p>");
        h.Append("<div class=\"side\">");
        foreach (var (article, spans) in new[] { (left, pair.Passages.Select(p => p.A)), (right, pair.Passages.Select(p => p.B)) })
        {
            h.Append($"<div class=\"panel copy\" data-article=\"{E(article.Id)}\"><h2><a href=\"/articles/{E(article.Id)}\">{E(article.Title ?? "(untitled)")}</a></h2>");
            h.Append($"<p class=\"meta\">{E(article.Source ?? article.Path)} · {E(article.Published?.ToString("yyyy-MM-dd"))}</p><div style=\"white-space:pre-wrap\">");
            HighlightedText.Append(h, article.Text, spans);
            h.Append("</div></div>");
        }
        h.Append("</div>");
        return Page("Side by side", h.ToString());
    }
}

using System.Globalization;
using System.Text;
using Corroborate.Core.Provenance;
using Corroborate.Core.Store;
using Corroborate.Reports;
using Corroborate.Web.Api;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using static Corroborate.Web.Pages.Html;

namespace Corroborate.Web.Pages;

/// <summary>Copied pairs: the list, and each pair side by side with the shared passages marked.</summary>
public static class CopyPages
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/copies", (IStore store, [AsParameters] ListQuery query) => List(store, query))
            .ExcludeFromDescription();
        app.MapGet("/copies/{a}/{b}", SideBySide).ExcludeFromDescription();
    }

    public static string PairUrl(string a, string b) => $"/copies/{Uri.EscapeDataString(a)}/{Uri.EscapeDataString(b)}";

    /// <summary>Why the two articles (in either order) are a copied pair; null when they are not one.</summary>
    public static CopyExplanation? Explain(IStore store, string a, string b)
    {
        var pair = store.GetCopiesAmong([a, b]).FirstOrDefault();
        if (pair is null) return null;
        var published = store.ListArticleStories([pair.A, pair.B]).ToDictionary(p => p.ArticleId, p => p.Published);
        return CopyExplanation.Of(pair, published.GetValueOrDefault(pair.A), published.GetValueOrDefault(pair.B));
    }

    private static IResult List(IStore store, ListQuery query)
    {
        var (filter, paging, problem) = query.Parse();
        if (problem is not null) return ListControls.Invalid(problem);
        var page = paging.Apply(Listings.Copies(store, filter));
        var titles = store.ListArticles().ToDictionary(a => a.Id, a => a.Title ?? a.Path ?? a.Id);
        var b = new StringBuilder("<h1>Copied pairs</h1>");
        ListControls.AppendForm(b, store, "/copies", query, FilterFields.Story, []);
        ListControls.AppendPager(b, page, "/copies", query, []);
        b.Append("<table><tr><th>Article</th><th>Copy</th><th>Similarity</th><th></th></tr>");
        foreach (var c in page.Items)
            b.Append(CultureInfo.InvariantCulture, $"<tr><td>{E(titles.GetValueOrDefault(c.A))}</td><td>{E(titles.GetValueOrDefault(c.B))}</td><td>{c.Similarity:0.00}</td><td><a href=\"{E(PairUrl(c.A, c.B))}\">side by side</a></td></tr>");
        b.Append("</table>");
        ListControls.AppendPager(b, page, "/copies", query, []);
        return Page("Copied pairs", b.ToString());
    }

    private static IResult SideBySide(IStore store, string a, string b)
    {
        if (Explain(store, a, b) is not { Pair: var pair } why) return NotFound($"no copied pair {a} / {b}");
        var left = store.GetArticle(pair.A)!;
        var right = store.GetArticle(pair.B)!;
        string Title(string id) => (id == left.Id ? left.Title : right.Title) ?? "(untitled)";
        var h = new StringBuilder("<h1>Side by side</h1>");
        h.Append(CultureInfo.InvariantCulture, $"<p class=\"meta\">similarity {pair.Similarity:0.00} · {pair.Passages.Count} shared passages · covers {pair.CoverageA * 100:0}% of the left and {pair.CoverageB * 100:0}% of the right</p>");
        var inv = CultureInfo.InvariantCulture;
        h.Append("<div class=\"panel why\"><h2>Why linked</h2>");
        h.Append($"<p class=\"origin\">Origin: <b>{E(Title(why.Origin))}</b> — {E(why.Reason)}. ");
        h.Append(inv, $"{why.OriginPassages} of {pair.Passages.Count} passages ");
        h.Append(inv, $"({why.OriginCharacters} of {why.SharedCharacters} characters) come from it.</p>");
        h.Append("<table class=\"passages\"><tr><th>#</th><th>Left offsets</th><th>Right offsets</th><th>From</th></tr>");
        foreach (var (p, i) in pair.Passages.Select((p, i) => (p, i + 1)))
        {
            string from = p.Origin == pair.A ? "left" : "right";
            h.Append(inv, $"<tr><td>{i}</td><td>{p.A.Start}–{p.A.End}</td><td>{p.B.Start}–{p.B.End}</td><td>{from}</td></tr>");
        }
        h.Append("</table></div><div class=\"side\">");
        foreach (var (article, spans) in new[] { (left, pair.Passages.Select(p => p.A)), (right, pair.Passages.Select(p => p.B)) })
        {
            h.Append($"<div class=\"panel copy\" data-article=\"{E(article.Id)}\"><h2><a href=\"/articles/{E(article.Id)}\">{E(article.Title ?? "(untitled)")}</a></h2>");
            h.Append($"<p class=\"meta\">{E(article.Source ?? article.Path)} · {E(article.Published?.ToString("yyyy-MM-dd HH:mm"))}</p><div style=\"white-space:pre-wrap\">");
            HighlightedText.Append(h, article.Text, spans);
            h.Append("</div></div>");
        }
        h.Append("</div>");
        return Page("Side by side", h.ToString());
    }
}

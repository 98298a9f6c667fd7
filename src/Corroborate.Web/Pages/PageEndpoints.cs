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

/// <summary>The HTML pages: server-rendered, script-free, every value escaped.</summary>
public static class PageEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/articles", (IStore store, [FromQuery] string? q, [AsParameters] ListQuery query) =>
            ArticleList(store, q, query)).ExcludeFromDescription();
        app.MapGet("/articles/{id}", (IStore store, CorpusClaims corpusClaims, string id, [FromQuery] string? hl,
            [FromQuery] int? at) => Article(store, corpusClaims, id, hl, at)).ExcludeFromDescription();
        app.MapGet("/upload", () => UploadForm(null)).ExcludeFromDescription();
        app.MapPost("/upload", Upload).ExcludeFromDescription().DisableAntiforgery();
    }

    private static IResult ArticleList(IStore store, string? q, ListQuery query)
    {
        var (filter, paging, problem) = query.Parse();
        if (problem is not null) return ListControls.Invalid(problem);
        var page = paging.Apply(Listings.Articles(store, filter, q));
        (string, string?)[] extra = [("q", q)];
        var b = new StringBuilder();
        b.Append("<h1>Articles</h1>");
        b.Append($"<form method=\"get\" action=\"/articles\"><input type=\"search\" name=\"q\" value=\"{E(q)}\" placeholder=\"Search titles and text\"> <button>Search</button></form>");
        ListControls.AppendForm(b, store, "/articles", query, FilterFields.Story, extra);
        ListControls.AppendPager(b, page, "/articles", query, extra);
        b.Append("<table><tr><th>Title</th><th>Source</th><th>Published</th></tr>");
        foreach (var a in page.Items)
            b.Append($"<tr><td><a href=\"/articles/{E(a.Id)}\">{E(a.Title ?? "(untitled)")}</a></td><td>{E(a.Source ?? a.Path)}</td><td>{E(a.Published?.ToString("yyyy-MM-dd"))}</td></tr>");
        b.Append("</table>");
        ListControls.AppendPager(b, page, "/articles", query, extra);
        return Page("Articles", b.ToString());
    }

    /// <summary>
    /// The article with its text split into sentences, each with an anchor (#s-N, N counting from 0); hl names the
    /// sentences to highlight (comma-separated). at, a character offset (where a citation points), redirects to the
    /// sentence holding it, highlighted and scrolled to.
    /// </summary>
    private static IResult Article(IStore store, CorpusClaims corpusClaims, string id, string? hl, int? at)
    {
        if (AnnotatedArticles.Load(store, [id]) is not [var a]) return NotFound($"no article with id '{id}'");
        if (at is { } offset && ArticleSentences.Holding(a.Sentences, offset) is int cited)
            return Results.Redirect(ArticleSentences.Url(a.Id, cited));
        var b = new StringBuilder();
        b.Append($"<article><h1>{E(a.Title ?? "(untitled)")}</h1>");
        b.Append($"<p class=\"meta\">{E(a.Source ?? "")} · {E(a.Published?.ToString("yyyy-MM-dd HH:mm"))} · {E(a.Language)} · <code>{E(a.Id)}</code></p>");
        if (a.Url is not null) b.Append($"<p class=\"meta\">{E(a.Url)}</p>");
        if (store.ListArticleStories([a.Id]) is [{ Story: int story }])
            b.Append(CultureInfo.InvariantCulture, $"<p class=\"meta\">In <a href=\"/stories/{story}\">story {story}</a>.</p>");
        var entities = store.ListEntitiesMentionedIn([a.Id]);
        if (entities.Count > 0)
            b.Append("<p class=\"meta\">Entities: ")
                .AppendJoin(", ", entities.Select(e => $"<a href=\"{E(EntityPages.Url(e.Id))}\">{E(e.Canonical)}</a>"))
                .Append("</p>");
        var claims = corpusClaims.OfArticle(store, a.Id);
        if (claims.Count > 0)
        {
            b.Append("<h2>Figures</h2>");
            ClaimsTable.AppendHtml(b, claims);
        }
        ArticleSentences.AppendText(b, a, ArticleSentences.Parse(hl));
        b.Append("</article>");
        return Page(a.Title ?? "Article", b.ToString(), ClaimsTable.Style + ArticleSentences.Style);
    }

    private static IResult UploadForm(string? message)
    {
        var b = new StringBuilder("<h1>Upload articles</h1><div class=\"panel\">");
        if (message is not null) b.Append($"<p>{E(message)}</p>");
        b.Append("<form method=\"post\" action=\"/upload\" enctype=\"multipart/form-data\">");
        b.Append("<p><label>Files (text, HTML, JSON Lines): <input type=\"file\" name=\"files\" multiple required></label></p>");
        b.Append("<p><label>Ingest token: <input type=\"password\" name=\"token\" required></label></p>");
        b.Append("<p><button>Ingest</button></p></form></div>");
        return Page("Upload", b.ToString());
    }

    private static async Task<IResult> Upload(HttpRequest request, IStore store, WebServerOptions options)
    {
        if (!request.HasFormContentType) return UploadForm("Choose files to upload.");
        var (form, formProblem) = await UploadedDocuments.ReadFormAsync(request, options);
        if (formProblem is not null) return formProblem;
        if (WriteToken.Refusal(options, form!["token"].ToString()) is not null)
            return Page("Upload", "<h1>Upload refused</h1><p class=\"error\">The ingest token is missing or wrong.</p>", 401);
        var (documents, problem) = await UploadedDocuments.ReadAsync(request, options);
        if (problem is not null) return problem;
        var result = ApiEndpoints.Ingest(store, documents!, options);
        string skipped = string.Join("", result.Skipped.Select(s => $"<li>{E(s.Path)}: {E(s.Reason)}</li>"));
        return Page("Uploaded", $"<h1>Uploaded</h1><p>{result.Read} articles read, {result.Added} new.</p>{(skipped.Length > 0 ? $"<ul>{skipped}</ul>" : "")}<p><a href=\"/articles\">Articles</a></p>");
    }
}

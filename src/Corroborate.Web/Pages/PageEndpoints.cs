using System.Text;
using Corroborate.Core.Claims;
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
        app.MapGet("/articles", (IStore store, [FromQuery] string? q) => ArticleList(store, q)).ExcludeFromDescription();
        app.MapGet("/articles/{id}", (IStore store, CorpusClaims corpusClaims, string id) => Article(store, corpusClaims, id)).ExcludeFromDescription();
        app.MapGet("/upload", () => UploadForm(null)).ExcludeFromDescription();
        app.MapPost("/upload", Upload).ExcludeFromDescription().DisableAntiforgery();
    }

    private static IResult ArticleList(IStore store, string? q)
    {
        var articles = store.ListArticles();
        if (!string.IsNullOrWhiteSpace(q))
        {
            var rank = store.SearchArticles(q, 500).Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i);
            articles = articles.Where(a => rank.ContainsKey(a.Id)).OrderBy(a => rank[a.Id]).ToList();
        }
        var b = new StringBuilder();
        b.Append("<h1>Articles</h1>");
        b.Append($"<form method=\"get\" action=\"/articles\"><input type=\"search\" name=\"q\" value=\"{E(q)}\" placeholder=\"Search titles and text\"> <button>Search</button></form>");
        b.Append($"<p class=\"meta\">{articles.Count} articles</p><table><tr><th>Title</th><th>Source</th><th>Published</th></tr>");
        foreach (var a in articles)
            b.Append($"<tr><td><a href=\"/articles/{E(a.Id)}\">{E(a.Title ?? "(untitled)")}</a></td><td>{E(a.Source ?? a.Path)}</td><td>{E(a.Published?.ToString("yyyy-MM-dd"))}</td></tr>");
        b.Append("</table>");
        return Page("Articles", b.ToString());
    }

    private static IResult Article(IStore store, CorpusClaims corpusClaims, string id)
    {
        if (store.GetArticle(id) is not { } a) return NotFound($"no article with id '{id}'");
        var b = new StringBuilder();
        b.Append($"<article><h1>{E(a.Title ?? "(untitled)")}</h1>");
        b.Append($"<p class=\"meta\">{E(a.Source ?? "")} · {E(a.Published?.ToString("yyyy-MM-dd HH:mm"))} · {E(a.Language)} · <code>{E(a.Id)}</code></p>");
        if (a.Url is not null) b.Append($"<p class=\"meta\">{E(a.Url)}</p>");
        var claims = corpusClaims.OfArticle(store, a.Id);
        if (claims.Count > 0)
        {
            b.Append("<h2>Figures</h2>");
            ClaimsTable.AppendHtml(b, claims);
        }
        foreach (var p in a.Paragraphs) b.Append($"<p>{E(a.Slice(p))}</p>");
        b.Append("</article>");
        return Page(a.Title ?? "Article", b.ToString(), ClaimsTable.Style);
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

using System.Net;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace Corroborate.Web.Pages;

/// <summary>Page chrome and escaping. Every piece of data goes through <see cref="E"/>; pages carry no scripts.</summary>
public static class Html
{
    private const string Style = """
        body{font:15px/1.5 system-ui,sans-serif;margin:0;color:#222;background:#fafafa}
        header{background:#1d3557;color:#fff;padding:.6em 1.2em}header a{color:#fff;margin-right:1.2em;text-decoration:none}
        main{max-width:1100px;margin:1em auto;padding:0 1em}
        table{border-collapse:collapse;width:100%;background:#fff}td,th{border:1px solid #ddd;padding:.35em .6em;text-align:left;vertical-align:top}
        th{background:#f0f0f0}.meta{color:#666;font-size:.9em}.error{color:#a00}
        article,.panel{background:#fff;border:1px solid #e2e2e2;border-radius:6px;padding:.6em 1.2em;margin:1em 0}
        mark{background:#ffe08a}.side{display:grid;grid-template-columns:1fr 1fr;gap:1em}
        input[type=search]{width:60%;padding:.3em}
        form.filters{background:#fff;border:1px solid #e2e2e2;border-radius:6px;padding:.5em .8em;margin:.6em 0}
        form.filters label{margin-right:.8em;white-space:nowrap}nav.pager{margin:.6em 0}nav.pager a{margin:0 .5em}
        .exports a{margin-right:.8em}
        """;

    public static string E(string? s) => WebUtility.HtmlEncode(s ?? "");

    public static IResult Page(string title, string body, int status = 200) => Page(title, body, "", status);

    /// <param name="head">More of the head, such as a feed's link.</param>
    public static IResult Page(string title, string body, string extraStyle, int status = 200, string head = "")
    {
        var h = new StringBuilder();
        h.Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width\">");
        h.Append($"<title>{E(title)} · Corroborate</title><style>{Style}{extraStyle}</style>{head}</head><body>");
        h.Append("<header><a href=\"/\"><b>Corroborate</b></a><a href=\"/\">Stories</a><a href=\"/articles\">Articles</a><a href=\"/copies\">Copies</a><a href=\"/findings\">Findings</a><a href=\"/claims\">Claims</a><a href=\"/entities\">Entities</a><a href=\"/upload\">Upload</a><a href=\"/openapi/v1.json\">API</a></header><main>");
        h.Append(body);
        h.Append("</main></body></html>");
        return Results.Content(h.ToString(), "text/html; charset=utf-8", Encoding.UTF8, status);
    }

    public static IResult NotFound(string what) => Page("Not found", $"<h1>Not found</h1><p class=\"error\">{E(what)}</p>", 404);
}

using System.Net;
using System.Text;

namespace Corroborate.Reports;

/// <summary>A self-contained HTML file: inline CSS, no scripts or external assets, every text escaped. A split report
/// (<see cref="ReportLayout"/>) is several such files, each rendered here from its part of the report.</summary>
public static class HtmlReport
{
    private const string Style = """
        body{font:15px/1.5 system-ui,sans-serif;max-width:960px;margin:2em auto;padding:0 1em;color:#222}
        h1{font-size:1.6em}h2{border-bottom:1px solid #ddd;padding-bottom:.2em}
        table{border-collapse:collapse;width:100%}td,th{border:1px solid #ddd;padding:.3em .5em;text-align:left;vertical-align:top}
        th{background:#f4f4f4}code{font-size:.9em}.meta{color:#666;font-size:.9em}
        article{border:1px solid #e4e4e4;border-radius:6px;padding:.5em 1em;margin:1em 0}
        .removed{color:#a33;font-size:.9em}.removed li{text-decoration:line-through}
        details summary{cursor:pointer}
        """ + HtmlCopies.Style + HtmlStoryAnalysis.Style + ClaimsTable.Style;

    /// <summary>The main page as a string: the whole report when it fits one page, else a split report's main page
    /// (its story pages come from <see cref="ReportFiles.Write"/>).</summary>
    public static string Render(Report report, ReportOptions? options = null)
    {
        var layout = ReportLayout.Of(report);
        var w = new StringWriter();
        var main = ReportFiles.MainContent(report, layout);
        Write(w, report, ReportPage.Main(report, layout), main, options ?? ReportOptions.Default);
        return w.ToString();
    }

    /// <summary>Writes one page: <paramref name="content"/> is the part of <paramref name="report"/> it shows (all of it on a one-page report).</summary>
    internal static void Write(TextWriter w, Report report, ReportPage page, Report content, ReportOptions options)
    {
        var h = new StringBuilder();
        // Each section and each article goes to the writer as soon as it is made: a page is never one string.
        void Flush() { w.Write(h); h.Clear(); }
        h.Append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">");
        h.Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">");
        h.Append($"<title>{E(page.Heading)}</title><style>").Append(Style).Append("</style></head><body>\n");
        h.Append($"<h1>{E(page.Heading)}</h1>\n");
        if (page.Up is not null) h.Append($"<p><a href=\"{E(page.Up)}.html\">← The report and its index of stories</a></p>\n");
        h.Append($"<p>{E(page.Summary)}</p>\n");
        if (page.ShowsSkipped && report.Skipped.Count > 0)
        {
            h.Append("<h2>Skipped inputs</h2><ul>");
            foreach (var s in report.Skipped) h.Append($"<li><code>{E(s.Path)}</code>: {E(s.Reason)}</li>");
            h.Append("</ul>\n");
        }
        if (page.Index is not null) StoryIndexSection.AppendHtml(h, page.Index);
        h.Append("<h2>Articles</h2>\n<table><tr><th>#</th><th>Title</th><th>Source</th><th>Published</th><th>Language</th></tr>\n");
        int n = 0;
        foreach (var a in content.Articles)
            h.Append($"<tr><td>{++n}</td><td><a href=\"#a-{E(a.Id)}\">{E(a.Title ?? "(untitled)")}</a></td><td>{E(a.Source ?? "")}</td><td>{E(a.Published ?? "")}</td><td>{E(a.Language ?? "")}</td></tr>\n");
        h.Append("</table>\n");
        Flush();
        HtmlStoryAnalysis.Render(h, content);
        Flush();
        HtmlCopies.Render(h, content, options);
        Flush();
        if (page.ShowsStoriesTable) StoriesSection.AppendHtml(h, content);
        EntitiesSection.AppendHtml(h, content, options);
        Flush();
        var claimsOf = (content.Claims ?? []).ToLookup(c => c.Article);
        foreach (var a in content.Articles)
        {
            AppendArticle(h, a, claimsOf[a.Id].ToList(), options);
            Flush();
        }
        h.Append("</body></html>\n");
        Flush();
    }

    /// <summary>One article: what it is and where it comes from, its figures folded, then its full text with the lines
    /// cleaning removed when the reader asked for texts, else its lead.</summary>
    private static void AppendArticle(
        StringBuilder h, ReportArticle a, IReadOnlyList<ReportClaim> claims, ReportOptions options)
    {
        h.Append($"<article id=\"a-{E(a.Id)}\"><h3>{E(a.Title ?? "(untitled)")}</h3><p class=\"meta\">");
        h.AppendJoin(" · ", new[] { a.Source, a.Published, a.Url }.OfType<string>().Select(E));
        h.Append($"<br><code>{E(a.Id)}</code> · {E(a.Path ?? "")}</p>");
        if (options.WithText && a.RemovedLines.Count > 0)
        {
            h.Append($"<details class=\"removed\"><summary>{a.RemovedLines.Count} lines removed</summary><ul>");
            foreach (var r in a.RemovedLines) h.Append($"<li>{E(r.Text)}</li> <small>({E(r.Reason)})</small>");
            h.Append("</ul></details>");
        }
        if (claims.Count > 0)
        {
            h.Append($"<details><summary>{claims.Count} figures</summary>");
            ClaimsTable.AppendHtml(h, claims);
            h.Append("</details>");
        }
        if (options.WithText)
            foreach (var paragraph in a.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries))
                h.Append($"<p>{E(paragraph)}</p>");
        else h.Append($"<p class=\"lead\">{E(ReportOptions.Lead(a.Text))}</p>");
        h.Append("</article>\n");
    }

    public static string E(string s) => WebUtility.HtmlEncode(s);
}

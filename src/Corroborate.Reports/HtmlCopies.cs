using System.Globalization;
using System.Text;
using Corroborate.Core;

namespace Corroborate.Reports;

/// <summary>The copies section of report.html: each pair's shared passages, or with the articles' texts
/// (<see cref="ReportOptions.WithText"/>) the two side by side with the shared passages marked.</summary>
internal static class HtmlCopies
{
    public const string Style = """
        .pair{display:grid;grid-template-columns:1fr 1fr;gap:1em}.pair>div{white-space:pre-wrap;font-size:.9em;border:1px solid #e4e4e4;padding:.5em;max-height:40em;overflow:auto}
        mark{background:#ffe58a}
        """;

    public static void Render(StringBuilder h, Report report, ReportOptions options)
    {
        if (report.Copies is null) return;
        var articles = report.Articles.ToDictionary(a => a.Id);
        string Title(string id) => articles.TryGetValue(id, out var a) ? a.Title ?? "(untitled)" : id;
        string shown = options.WithText
            ? "Highlighted text appears in both articles."
            : "The opening of each shared passage follows.";
        h.Append($"<h2>Copies</h2>\n<p>{report.Copies.Count} copied pairs. {shown}</p>\n");
        foreach (var c in report.Copies)
        {
            if (!articles.TryGetValue(c.A, out var a) || !articles.TryGetValue(c.B, out var b)) continue;
            h.Append($"<section><h3>{HtmlReport.E(Title(c.A))} ⇄ {HtmlReport.E(Title(c.B))}</h3>");
            h.Append(CultureInfo.InvariantCulture, $"<p class=\"meta\">similarity {c.Similarity:0.00} · covers {c.CoverageA * 100:0}% of the left and {c.CoverageB * 100:0}% of the right article · ");
            h.Append($"{c.Passages.Count} passages · origin: <a href=\"#a-{HtmlReport.E(c.Origin)}\">{HtmlReport.E(Title(c.Origin))}</a></p>");
            if (options.WithText) AppendSideBySide(h, c, a, b);
            else AppendPassages(h, c, a);
            h.Append("</section>\n");
        }
        AppendFamilies(h, report, Title);
    }

    private static void AppendSideBySide(StringBuilder h, ReportCopy c, ReportArticle a, ReportArticle b)
    {
        h.Append("<div class=\"pair\"><div>");
        HighlightedText.Append(h, a.Text, c.Passages.Select(p => new TextSpan(p.AStart, p.AEnd)));
        h.Append("</div><div>");
        HighlightedText.Append(h, b.Text, c.Passages.Select(p => new TextSpan(p.BStart, p.BEnd)));
        h.Append("</div></div>");
    }

    /// <summary>Each shared passage as the first article words it, cut to its opening
    /// (<see cref="ReportOptions.Lead"/>).</summary>
    private static void AppendPassages(StringBuilder h, ReportCopy c, ReportArticle a)
    {
        h.Append("<ol class=\"passages\">");
        foreach (var p in c.Passages)
        {
            int start = Math.Clamp(p.AStart, 0, a.Text.Length), end = Math.Clamp(p.AEnd, start, a.Text.Length);
            h.Append($"<li>{HtmlReport.E(ReportOptions.Lead(a.Text[start..end]))}</li>");
        }
        h.Append("</ol>");
    }

    private static void AppendFamilies(StringBuilder h, Report report, Func<string, string> title)
    {
        if (report.Families is { Count: > 0 } families)
        {
            h.Append("<h2>Families</h2>\n<p>Articles that are mostly copies of one another; later stages count each family as one source.</p><ol>");
            foreach (var family in families)
                h.Append("<li>")
                    .AppendJoin(" · ", family.Select(id => $"<a href=\"#a-{HtmlReport.E(id)}\">{HtmlReport.E(title(id))}</a>"))
                    .Append("</li>");
            h.Append("</ol>\n");
        }
    }
}

using System.Text;

namespace Corroborate.Reports;

/// <summary>report.md; a split report (<see cref="ReportLayout"/>) is several such files, each rendered here from its part of the report.</summary>
public static class MarkdownReport
{
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
        var md = new StringBuilder();
        // Each section and each article goes to the writer as soon as it is made: a page is never one string.
        void Flush() { w.Write(md); md.Clear(); }
        md.AppendLine($"# {Escape(page.Heading)}").AppendLine();
        if (page.Up is not null) md.AppendLine($"[← The report and its index of stories]({page.Up}.md)").AppendLine();
        md.AppendLine(Escape(page.Summary)).AppendLine();
        if (page.ShowsSkipped && report.Skipped.Count > 0)
        {
            md.AppendLine("## Skipped inputs").AppendLine();
            foreach (var s in report.Skipped) md.AppendLine($"- `{s.Path}`: {Escape(s.Reason)}");
            md.AppendLine();
        }
        if (page.Index is not null) StoryIndexSection.AppendMarkdown(md, page.Index);
        if (page.ShowsStoriesTable) StoriesSection.AppendMarkdown(md, content);
        md.AppendLine("## Articles").AppendLine();
        md.AppendLine("| # | Title | Source | Published | Language | Id |").AppendLine("|---|---|---|---|---|---|");
        int n = 0;
        foreach (var a in content.Articles)
            md.AppendLine($"| {++n} | {Escape(a.Title ?? "(untitled)")} | {Escape(a.Source ?? "")} | {a.Published ?? ""} | {a.Language ?? ""} | `{a.Id}` |");
        md.AppendLine();
        Flush();
        MarkdownStoryAnalysis.Render(md, content, options);
        Flush();
        MarkdownCopies.Render(md, content);
        EntitiesSection.AppendMarkdown(md, content, options);
        Flush();
        n = 0;
        foreach (var a in content.Articles)
        {
            AppendArticle(md, a, ++n, options);
            Flush();
        }
    }

    /// <summary>One article: what it is and where it comes from, then its full text with the lines cleaning removed
    /// when the reader asked for texts, else its lead.</summary>
    private static void AppendArticle(StringBuilder md, ReportArticle a, int number, ReportOptions options)
    {
        md.AppendLine($"### {number}. {Escape(a.Title ?? "(untitled)")}").AppendLine();
        var about = new[] { a.Source, a.Published, a.Url }.OfType<string>().Select(Escape)
            .Append($"`{a.Id}`").Append(Escape(a.Path ?? ""));
        md.AppendLine(string.Join(" · ", about)).AppendLine();
        if (!options.WithText)
        {
            md.AppendLine("> " + Escape(ReportOptions.Lead(a.Text))).AppendLine();
            return;
        }
        if (a.RemovedLines.Count > 0)
        {
            md.AppendLine("Removed lines:").AppendLine();
            foreach (var r in a.RemovedLines) md.AppendLine($"- {Escape(r.Text)} _({r.Reason})_");
            md.AppendLine();
        }
        foreach (var paragraph in a.Text.Split("\n", StringSplitOptions.RemoveEmptyEntries))
            md.AppendLine("> " + Escape(paragraph)).AppendLine(">");
        md.AppendLine();
    }

    /// <summary>Article text is data: neutralise the characters Markdown would read as markup. A line break would end a
    /// table row or a list item, so it becomes a space: every caller writes inline text.</summary>
    public static string Escape(string s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (char c in s)
        {
            if (c is '\n' or '\r')
            {
                sb.Append(' ');
                continue;
            }
            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '|' or '#') sb.Append('\\');
            sb.Append(c);
        }
        return sb.ToString();
    }
}

using System.Text;

namespace Corroborate.Reports;

public static class MarkdownReport
{
    public static string Render(Report report)
    {
        var md = new StringBuilder();
        md.AppendLine("# Corroborate report").AppendLine();
        md.AppendLine($"{report.Articles.Count} articles; {report.Skipped.Count} inputs skipped.").AppendLine();
        if (report.Skipped.Count > 0)
        {
            md.AppendLine("## Skipped inputs").AppendLine();
            foreach (var s in report.Skipped) md.AppendLine($"- `{s.Path}`: {Escape(s.Reason)}");
            md.AppendLine();
        }
        md.AppendLine("## Articles").AppendLine();
        md.AppendLine("| # | Title | Source | Published | Language | Id |").AppendLine("|---|---|---|---|---|---|");
        int n = 0;
        foreach (var a in report.Articles)
            md.AppendLine($"| {++n} | {Escape(a.Title ?? "(untitled)")} | {Escape(a.Source ?? "")} | {a.Published ?? ""} | {a.Language ?? ""} | `{a.Id}` |");
        md.AppendLine();
        MarkdownCopies.Render(md, report);
        EntitiesSection.AppendMarkdown(md, report);
        n = 0;
        foreach (var a in report.Articles)
        {
            md.AppendLine($"### {++n}. {Escape(a.Title ?? "(untitled)")}").AppendLine();
            md.AppendLine($"`{a.Id}` · {Escape(a.Path ?? "")}{(a.Url is null ? "" : " · " + Escape(a.Url))}").AppendLine();
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
        return md.ToString();
    }

    /// <summary>Article text is data: neutralise the characters Markdown would read as markup.</summary>
    public static string Escape(string s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (char c in s)
        {
            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '|' or '#') sb.Append('\\');
            sb.Append(c);
        }
        return sb.ToString();
    }
}

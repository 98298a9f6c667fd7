using System.Text;

namespace Corroborate.Reports;

/// <summary>The copies section of report.md: one row per copied pair, then the families.</summary>
internal static class MarkdownCopies
{
    public static void Render(StringBuilder md, Report report)
    {
        if (report.Copies is null) return;
        var titles = report.Articles.ToDictionary(a => a.Id, a => MarkdownReport.Escape(a.Title ?? "(untitled)"));
        string Name(string id) => $"{titles.GetValueOrDefault(id, id)} (`{id}`)";
        md.AppendLine("## Copies").AppendLine();
        if (report.Copies.Count == 0) md.AppendLine("No copied pairs.").AppendLine();
        else
        {
            md.AppendLine("| A | B | Similarity | Coverage A | Coverage B | Passages | Origin |").AppendLine("|---|---|---|---|---|---|---|");
            foreach (var c in report.Copies)
                md.AppendLine(FormattableString.Invariant($"| {Name(c.A)} | {Name(c.B)} | {c.Similarity:0.00} | {c.CoverageA:0.00} | {c.CoverageB:0.00} | {c.Passages.Count} | `{c.Origin}` |"));
            md.AppendLine();
        }
        if (report.Families is { Count: > 0 } families)
        {
            md.AppendLine("## Families").AppendLine();
            foreach (var family in families) md.AppendLine("- " + string.Join(" · ", family.Select(Name)));
            md.AppendLine();
        }
    }
}

using System.Text;

namespace Corroborate.Reports;

/// <summary>The index a split report's main page starts with: every story, most important first
/// (<see cref="StoryImportance"/>), with its counts, linking to the story below or to its own page.</summary>
internal static class StoryIndexSection
{
    private static string Intro(ReportLayout layout)
    {
        int inFull = layout.InFull.Count();
        return $"{layout.Index.Count} stories, most important first: {StoryImportance.Explained} "
            + $"The first {inFull} are shown in full below; every other story, with its "
            + $"articles, has a page of its own in the folder {ReportLayout.StoriesFolder}/.";
    }

    public static void AppendHtml(StringBuilder h, ReportLayout layout)
    {
        string E(string s) => HtmlReport.E(s);
        h.Append($"<h2>Stories</h2>\n<p>{E(Intro(layout))}</p>\n");
        h.Append("<table class=\"index\"><tr><th>#</th><th>Story</th><th>Title</th><th>Articles</th><th>Sources</th>");
        h.Append("<th>Disputed</th><th>Updated</th><th>Dates</th><th>Key terms</th></tr>\n");
        int n = 0;
        foreach (var s in layout.Index)
        {
            string href = s.InFull ? $"#story-{s.Key}" : s.PagePath("html");
            h.Append($"<tr><td>{++n}</td><td>{E(s.Key)}</td><td><a href=\"{E(href)}\">{E(s.Story.Title ?? "(untitled)")}</a></td>");
            h.Append($"<td>{s.Story.ArticleCount}</td><td>{s.Story.SourceCount}</td>");
            h.Append($"<td>{s.Importance.DisputedFigures}</td><td>{s.Importance.UpdatedFigures}</td><td>{E(s.Dates)}</td>");
            h.Append($"<td>{E(string.Join(", ", s.Story.KeyTerms))}</td></tr>\n");
        }
        h.Append("</table>\n");
    }

    public static void AppendMarkdown(StringBuilder md, ReportLayout layout)
    {
        string E(string s) => MarkdownReport.Escape(s);
        md.AppendLine("## Stories").AppendLine().AppendLine(E(Intro(layout))).AppendLine();
        md.AppendLine("| # | Story | Title | Articles | Sources | Disputed | Updated | Dates | Where |")
            .AppendLine("|---|---|---|---|---|---|---|---|---|");
        int n = 0;
        foreach (var s in layout.Index)
        {
            string where = s.InFull ? "below" : $"[{s.PagePath("md")}]({s.PagePath("md")})";
            md.AppendLine($"| {++n} | {s.Key} | {E(s.Story.Title ?? "(untitled)")} | {s.Story.ArticleCount} "
                + $"| {s.Story.SourceCount} "
                + $"| {s.Importance.DisputedFigures} | {s.Importance.UpdatedFigures} | {s.Dates} | {where} |");
        }
        md.AppendLine();
    }
}

using System.Globalization;
using Corroborate.Core.Store;
using Corroborate.Core.Stories;

namespace Corroborate.Reports;

/// <summary>One story of the report, restricted to the report's articles; title and key terms describe the whole story.</summary>
public sealed record ReportStory(
    int Id, int Topic, string? Title, string? FirstSeen, string? LastSeen, IReadOnlyList<string> Articles,
    IReadOnlyList<string> KeyTerms, int ArticleCount, int SourceCount);

public static class ReportStories
{
    /// <summary>Adds the stories of the report's articles, largest first, each listing its articles in report order.</summary>
    /// <param name="familyOf">An article id's copy family, for counting independent sources.</param>
    public static Report WithStories(this Report report, IReadOnlyList<StoryRecord> stories, IReadOnlyList<ArticleStory> placements, Func<string, string> familyOf)
    {
        var order = report.Articles.Select((a, i) => (a.Id, i)).ToDictionary(x => x.Id, x => x.i);
        var byStory = placements.Where(p => p.Story is not null && order.ContainsKey(p.ArticleId))
            .GroupBy(p => p.Story!.Value)
            .ToDictionary(g => g.Key, g => g.OrderBy(p => order[p.ArticleId]).ToList());
        var section = stories.Where(s => byStory.ContainsKey(s.Id))
            .Select(s =>
            {
                var members = byStory[s.Id];
                var dates = members.Select(m => m.Published).OfType<DateTimeOffset>().ToList();
                return new ReportStory(
                    s.Id, s.Topic, s.Title, Format(dates.Count == 0 ? null : dates.Min()), Format(dates.Count == 0 ? null : dates.Max()),
                    members.Select(m => m.ArticleId).ToList(), s.KeyTerms, members.Count, SourceFamilies.CountIndependent(members, familyOf));
            })
            .OrderByDescending(s => s.ArticleCount).ThenBy(s => s.Id)
            .ToList();
        return report with { Stories = section };
    }

    private static string? Format(DateTimeOffset? d) => d?.ToString("yyyy-MM-dd'T'HH:mm:ssK", CultureInfo.InvariantCulture);
}

/// <summary>The stories table of report.md and report.html, each story linking to its articles in the HTML.</summary>
public static class StoriesSection
{
    public static void AppendMarkdown(System.Text.StringBuilder md, Report report)
    {
        if (report.Stories is not { Count: > 0 } stories) return;
        md.AppendLine("## Stories").AppendLine();
        md.AppendLine("| Story | Topic | Title | Articles | Sources | First seen | Last seen | Key terms |").AppendLine("|---|---|---|---|---|---|---|---|");
        foreach (var s in stories)
            md.AppendLine($"| {s.Id} | {s.Topic} | {MarkdownReport.Escape(s.Title ?? "(untitled)")} | {s.ArticleCount} | {s.SourceCount} | {s.FirstSeen ?? ""} | {s.LastSeen ?? ""} | {MarkdownReport.Escape(string.Join(", ", s.KeyTerms))} |");
        md.AppendLine();
    }

    public static void AppendHtml(System.Text.StringBuilder h, Report report)
    {
        if (report.Stories is not { Count: > 0 } stories) return;
        var titles = report.Articles.ToDictionary(a => a.Id, a => a.Title ?? a.Id);
        h.Append("<h2>Stories</h2>\n<table><tr><th>Story</th><th>Topic</th><th>Title</th><th>Articles</th><th>Sources</th><th>First seen</th><th>Last seen</th><th>Key terms</th></tr>\n");
        foreach (var s in stories)
        {
            string links = string.Join("<br>", s.Articles.Select(id => $"<a href=\"#a-{HtmlReport.E(id)}\">{HtmlReport.E(titles[id])}</a>"));
            h.Append($"<tr><td>{s.Id}</td><td>{s.Topic}</td><td>{HtmlReport.E(s.Title ?? "(untitled)")}<details><summary>{s.ArticleCount} articles</summary>{links}</details></td>");
            h.Append($"<td>{s.ArticleCount}</td><td>{s.SourceCount}</td><td>{HtmlReport.E(s.FirstSeen ?? "")}</td><td>{HtmlReport.E(s.LastSeen ?? "")}</td><td>{HtmlReport.E(string.Join(", ", s.KeyTerms))}</td></tr>\n");
        }
        h.Append("</table>\n");
    }
}

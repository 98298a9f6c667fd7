using System.Globalization;
using System.Text.Json.Serialization;
using Corroborate.Core.Store;
using Corroborate.Core.Stories;

namespace Corroborate.Reports;

/// <summary>One story of the report, restricted to the report's articles; title and key terms describe the whole story.</summary>
public sealed record ReportStory(
    int Id, int Topic, string? Title, string? FirstSeen, string? LastSeen, IReadOnlyList<string> Articles,
    IReadOnlyList<string> KeyTerms, int ArticleCount, int SourceCount)
{
    // Set with the story analysis (ReportStoryAnalysis.WithImportance); absent from report.json without it.

    /// <summary>Place in the importance order, 1 for the story to read first (<see cref="StoryImportance"/>).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? Rank { get; init; }

    /// <summary><see cref="StoryImportance.Score"/>: independent sources × (1 + disputed + updated figures).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? Importance { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? DisputedFigures { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? UpdatedFigures { get; init; }
}

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

/// <summary>The stories table of report.md and report.html, most important first (<see cref="StoryImportance"/>), each
/// story linking to its articles in the HTML.</summary>
public static class StoriesSection
{
    public static void AppendMarkdown(System.Text.StringBuilder md, Report report)
    {
        var stories = StoryImportance.Order(report);
        if (stories.Count == 0) return;
        string E(string s) => MarkdownReport.Escape(s);
        md.AppendLine("## Stories").AppendLine().AppendLine($"Most important first: {E(StoryImportance.Explained)}").AppendLine();
        md.AppendLine("| Story | Topic | Title | Articles | Sources | Disputed | Updated | First seen | Last seen | Key terms |")
            .AppendLine("|---|---|---|---|---|---|---|---|---|---|");
        foreach (var (s, importance) in stories)
            md.AppendLine($"| {s.Id} | {s.Topic} | {E(s.Title ?? "(untitled)")} | {s.ArticleCount} | {s.SourceCount} "
                + $"| {importance.DisputedFigures} | {importance.UpdatedFigures} | {s.FirstSeen ?? ""} | {s.LastSeen ?? ""} "
                + $"| {E(string.Join(", ", s.KeyTerms))} |");
        md.AppendLine();
    }

    public static void AppendHtml(System.Text.StringBuilder h, Report report)
    {
        var stories = StoryImportance.Order(report);
        if (stories.Count == 0) return;
        string E(string s) => HtmlReport.E(s);
        var titles = report.Articles.ToDictionary(a => a.Id, a => a.Title ?? a.Id);
        h.Append($"<h2>Stories</h2>\n<p>Most important first: {E(StoryImportance.Explained)}</p>\n");
        h.Append("<table><tr><th>Story</th><th>Topic</th><th>Title</th><th>Articles</th><th>Sources</th><th>Disputed</th>");
        h.Append("<th>Updated</th><th>First seen</th><th>Last seen</th><th>Key terms</th></tr>\n");
        foreach (var (s, importance) in stories)
        {
            string links = string.Join("<br>", s.Articles.Select(id => $"<a href=\"#a-{E(id)}\">{E(titles[id])}</a>"));
            h.Append($"<tr><td>{s.Id}</td><td>{s.Topic}</td><td>{E(s.Title ?? "(untitled)")}");
            h.Append($"<details><summary>{s.ArticleCount} articles</summary>{links}</details></td>");
            h.Append($"<td>{s.ArticleCount}</td><td>{s.SourceCount}</td>");
            h.Append($"<td>{importance.DisputedFigures}</td><td>{importance.UpdatedFigures}</td>");
            h.Append($"<td>{E(s.FirstSeen ?? "")}</td><td>{E(s.LastSeen ?? "")}</td>");
            h.Append($"<td>{E(string.Join(", ", s.KeyTerms))}</td></tr>\n");
        }
        h.Append("</table>\n");
    }
}

using System.Globalization;
using Corroborate.Core.Store;

namespace Corroborate.Reports;

/// <summary>One story of the report, restricted to the report's articles; title and key terms describe the whole story.</summary>
public sealed record ReportStory(
    int Id, int Topic, string? Title, string? FirstSeen, string? LastSeen, IReadOnlyList<string> Articles,
    IReadOnlyList<string> KeyTerms, int ArticleCount, int SourceCount);

public static class ReportStories
{
    /// <summary>Adds the stories of the report's articles, largest first, each listing its articles in report order.</summary>
    /// <param name="familyOf">The independent source an article counts as (its copy family).</param>
    public static Report WithStories(this Report report, IReadOnlyList<StoryRecord> stories, IReadOnlyList<ArticleStory> placements, Func<ArticleStory, string> familyOf)
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
                    members.Select(m => m.ArticleId).ToList(), s.KeyTerms, members.Count, members.Select(familyOf).Distinct().Count());
            })
            .OrderByDescending(s => s.ArticleCount).ThenBy(s => s.Id)
            .ToList();
        return report with { Stories = section };
    }

    private static string? Format(DateTimeOffset? d) => d?.ToString("yyyy-MM-dd'T'HH:mm:ssK", CultureInfo.InvariantCulture);
}

public static class MarkdownStories
{
    public static void Render(System.Text.StringBuilder md, Report report)
    {
        if (report.Stories is not { Count: > 0 } stories) return;
        md.AppendLine("## Stories").AppendLine();
        md.AppendLine("| Story | Topic | Title | Articles | Sources | First seen | Last seen | Key terms |").AppendLine("|---|---|---|---|---|---|---|---|");
        foreach (var s in stories)
            md.AppendLine($"| {s.Id} | {s.Topic} | {MarkdownReport.Escape(s.Title ?? "(untitled)")} | {s.ArticleCount} | {s.SourceCount} | {s.FirstSeen ?? ""} | {s.LastSeen ?? ""} | {MarkdownReport.Escape(string.Join(", ", s.KeyTerms))} |");
        md.AppendLine();
    }
}

using System.Text.Json.Serialization;
using Corroborate.Core.Claims;
using Corroborate.Core.Reconciliation;

namespace Corroborate.Reports;

/// <summary>A finding in report.json (docs/report-format.md, section findings).</summary>
public sealed record ReportFinding(
    string Story, string Kind, string Category, string Subject, IReadOnlyList<string> Claims, IReadOnlyList<string> Articles,
    IReadOnlyList<string> Outlets, int Sources, int IndependentSources, string Note);

public sealed record ReportTimelineEvent(string Story, string Date, string Precision, string Kind, string Text, IReadOnlyList<string> Articles, int IndependentSources);

/// <summary>A brief sentence; <see cref="Sources"/> are article ids, <see cref="Citations"/> the numbers shown in the text.</summary>
public sealed record ReportBriefSentence(
    string Story, string Text, IReadOnlyList<string> Sources, IReadOnlyList<int> Citations, bool Generated)
{
    /// <summary>Per cited article, where the cited sentence starts, for links to it; not part of report.json.</summary>
    [JsonIgnore]
    public IReadOnlyDictionary<string, int> SentenceStarts { get; init; } = new Dictionary<string, int>();
}

public sealed record ReportStorySource(string Story, int Number, string Article, string Outlet, string? Title, string Family);

public sealed record ReportStoryNote(string Story, string Text);

public static class ReportStoryAnalysis
{
    public static Report WithStoryAnalysis(this Report report, IReadOnlyList<StoryAnalysisResult> stories) => report with
    {
        Findings = stories.SelectMany(s => s.Findings.Select(f => new ReportFinding(
            s.Story.StoryId, Finding.KindName(f.Kind), NumericClaim.CategoryName(f.Category), f.Subject, f.ClaimIds, f.Articles,
            f.Outlets, f.Sources, f.IndependentSources, f.Note))).ToList(),
        Timeline = stories.SelectMany(s => s.Timeline.Select(e => new ReportTimelineEvent(
            s.Story.StoryId, e.FormattedDate, e.Precision.ToString().ToLowerInvariant(), e.Kind, e.Text, e.Articles, e.IndependentSources))).ToList(),
        Brief = stories.SelectMany(s => s.Brief.Select(b =>
            new ReportBriefSentence(s.Story.StoryId, b.Text, b.Articles, b.Citations, b.Generated)
            {
                SentenceStarts = b.SentenceStarts,
            }))
            .ToList(),
        StorySources = stories.SelectMany(s => s.Story.Sources.Select(src => new ReportStorySource(
            s.Story.StoryId, src.Number, src.Article.Id, src.Outlet, src.Article.Title, src.Family))).ToList(),
        StoryNotes = stories.SelectMany(s => s.Notes.Select(n => new ReportStoryNote(s.Story.StoryId, n))).ToList(),
    };
}

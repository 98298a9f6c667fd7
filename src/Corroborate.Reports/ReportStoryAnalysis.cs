using System.Text.Json.Serialization;
using Corroborate.Core.Claims;
using Corroborate.Core.Reconciliation;

namespace Corroborate.Reports;

/// <summary>A finding in report.json (docs/report-format.md, section findings).</summary>
public sealed record ReportFinding(
    string Story, string Kind, string Category, string Subject, IReadOnlyList<string> Claims, IReadOnlyList<string> Articles,
    IReadOnlyList<string> Outlets, int Sources, int IndependentSources, string Note)
{
    /// <summary>What is counted and the figures, for tables ("weight (total): 16,800 kg"); not part of report.json,
    /// whose note says the same in full.</summary>
    [JsonIgnore]
    public string Figure { get; init; } = "";

    /// <summary>The label tables show: <see cref="Figure"/> when known, else the category and subject.</summary>
    [JsonIgnore]
    public string Label => Figure.Length > 0 ? Figure : $"{Category} ({Subject})";
}

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
    public static Report WithStoryAnalysis(this Report report, IReadOnlyList<StoryAnalysisResult> stories)
    {
        var measures = (report.Claims ?? []).ToDictionary(c => c.Id, c => c.Measure);
        var analysed = report with
        {
            Findings = stories.SelectMany(s => s.Findings.Select(f => new ReportFinding(
                s.Story.StoryId, Finding.KindName(f.Kind), NumericClaim.CategoryName(f.Category), f.Subject, f.ClaimIds,
                f.Articles, f.Outlets, f.Sources, f.IndependentSources, f.Note) { Figure = Describe(f, measures) })).ToList(),
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
        return analysed.WithImportance();
    }

    /// <summary>Stamps every story with its place in the importance order (<see cref="StoryImportance"/>).</summary>
    public static Report WithImportance(this Report report)
    {
        if (report.Stories is null) return report;
        var ranks = StoryImportance.Order(report).Select((s, i) => (s.Story.Id, s.Importance, Rank: i + 1))
            .ToDictionary(s => s.Id);
        return report with
        {
            Stories = report.Stories.Select(s => s with
            {
                Rank = ranks[s.Id].Rank,
                Importance = ranks[s.Id].Importance.Score,
                DisputedFigures = ranks[s.Id].Importance.DisputedFigures,
                UpdatedFigures = ranks[s.Id].Importance.UpdatedFigures,
            }).ToList(),
        };
    }

    /// <summary>"weight (total): 16,800 kg"; "dead (total): 23 vs 30";
    /// "arrested (total): more than 3,000 → about 3,900".</summary>
    private static string Describe(Finding f, IReadOnlyDictionary<string, string> measures)
    {
        // A toll is named by its category; other figures by what the first claim counts (weight, engines, percent).
        bool named = f.Category == ClaimCategory.Other && f.ClaimIds.Count > 0;
        string what = named && measures.TryGetValue(f.ClaimIds[0], out var m) ? m : NumericClaim.CategoryName(f.Category);
        string between = f.Kind switch { FindingKind.Updated => " → ", FindingKind.Contradicted => " vs ", _ => "; " };
        return f.Figures.Count == 0 ? "" : $"{what} ({f.Subject}): {string.Join(between, f.Figures.Select(x => x.Text))}";
    }
}

using System.Text.Json.Serialization;
using Corroborate.Core;
using Corroborate.Core.Ingest;

namespace Corroborate.Reports;

/// <summary>
/// The report contract (docs/report-format.md). Sections appear only once the stage that fills them
/// exists; nothing here is ever a placeholder.
/// </summary>
public sealed record Report
{
    public const int CurrentFormat = 1;

    public int FormatVersion { get; init; } = CurrentFormat;
    public required IReadOnlyList<ReportArticle> Articles { get; init; }
    public required IReadOnlyList<ReportSkipped> Skipped { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<ReportClaim>? Claims { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<ReportQuote>? Quotes { get; init; }

    /// <summary>Per story: what its figures amount to (reconciliation).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<ReportFinding>? Findings { get; init; }

    /// <summary>Per story: dated events in order.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<ReportTimelineEvent>? Timeline { get; init; }

    /// <summary>Per story: the brief, each sentence citing the story's numbered sources.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<ReportBriefSentence>? Brief { get; init; }

    /// <summary>Per story: the numbered sources the brief cites, with the copy family each counts as.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<ReportStorySource>? StorySources { get; init; }

    /// <summary>Per story: notes on dates that could not be trusted (dateline conflicts).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<ReportStoryNote>? StoryNotes { get; init; }

    // Each later section is a nullable property that its stage fills, marked
    // [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] so that a section whose stage did not run is absent.

    /// <summary>Copied pairs with their shared passages (provenance stage).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<ReportCopy>? Copies { get; init; }

    /// <summary>Syndication families: groups of article ids that are mostly copies of one another (provenance stage).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<IReadOnlyList<string>>? Families { get; init; }

    /// <summary>Canonical entities with their spellings and mentions (entity resolution).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<ReportEntity>? Entities { get; init; }

    /// <summary>Stories of the report's articles (story stage).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<ReportStory>? Stories { get; init; }

    public static Report Build(IReadOnlyList<Article> articles, IReadOnlyList<SkippedInput> skipped) => new()
    {
        Articles = articles.Select(ReportArticle.From).ToList(),
        Skipped = skipped.Select(s => new ReportSkipped(s.Path, s.Reason)).ToList(),
        Claims = ReportClaim.From(articles),
        Quotes = ReportQuote.From(articles),
    };
}

public sealed record ReportArticle(
    string Id, string? Source, string? Url, string? Title, string? Published, string? Language, string? Path,
    string Text, IReadOnlyList<ReportRemovedLine> RemovedLines)
{
    /// <summary>The day the article reports from (yyyy-MM-dd): its given publication day, else inferred from its text.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? ReportingDate { get; init; }

    /// <summary>"dateline_conflict" when the text's own clock contradicts the given date (a note: the given date stands).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? DateConflict { get; init; }

    /// <summary>On a date conflict, the day the text reads as written on (yyyy-MM-dd).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? TextDate { get; init; }

    public static ReportArticle From(Article a) => new(
        a.Id, a.Source, a.Url, a.Title,
        a.Published?.ToString("yyyy-MM-dd'T'HH:mm:ssK", System.Globalization.CultureInfo.InvariantCulture),
        a.Language, a.Path, a.Text,
        a.RemovedLines.Select(r => new ReportRemovedLine(r.Text, r.Reason)).ToList())
    {
        ReportingDate = a.ReportingDate?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        DateConflict = a.DateConflict,
        TextDate = a.TextDate?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
    };
}

public sealed record ReportRemovedLine(string Text, string Reason);

public sealed record ReportSkipped(string Path, string Reason);

using Corroborate.Core.Reconciliation;

namespace Corroborate.Reports;

/// <summary>
/// How much a story deserves a reader's attention first (docs/report-format.md, "Importance"): its independent sources
/// times one plus its disputed and moving figures, then its size, then its id. Several independent sources that
/// disagree, or a figure that moved, is what an analyst checks first; a big story told by one source is not. Every
/// report format and page orders its stories by <see cref="Order"/>, and the web can do the same.
/// </summary>
/// <param name="IndependentSources">Sources with copies and an outlet's articles counted once
/// (stories[].source_count).</param>
/// <param name="DisputedFigures">Findings that are disputes (<see cref="FindingKinds.IsDispute"/>).</param>
/// <param name="UpdatedFigures">Findings of figures that moved over time.</param>
public readonly record struct StoryImportance(
    int StoryId, int IndependentSources, int DisputedFigures, int UpdatedFigures, int Articles) : IComparable<StoryImportance>
{
    /// <summary>The order in words, for the reports' readers.</summary>
    public const string Explained = "independent sources (copies and one outlet's articles count once) times one plus "
        + "the disputed and updated figures, then more articles, then the lower story id.";

    /// <summary>Independent sources × (1 + disputed + updated figures): with no dispute and no update, the
    /// sources.</summary>
    public int Score => IndependentSources * (1 + DisputedFigures + UpdatedFigures);

    /// <summary>Higher score first, then more articles, then the lower story id, so the order never depends on
    /// input order.</summary>
    public int CompareTo(StoryImportance other)
    {
        int byScore = other.Score.CompareTo(Score);
        if (byScore != 0) return byScore;
        int bySize = other.Articles.CompareTo(Articles);
        return bySize != 0 ? bySize : StoryId.CompareTo(other.StoryId);
    }

    /// <summary>The importance of <paramref name="story"/> from its findings (other stories' are ignored).</summary>
    public static StoryImportance Of(ReportStory story, IEnumerable<ReportFinding> findings)
    {
        string key = ReportLayout.Key(story.Id);
        int disputed = 0, updated = 0;
        foreach (var f in findings.Where(f => f.Story == key))
        {
            if (FindingKinds.IsDispute(f.Kind)) disputed++;
            else if (FindingKinds.IsUpdate(f.Kind)) updated++;
        }
        return new StoryImportance(story.Id, story.SourceCount, disputed, updated, story.ArticleCount);
    }

    /// <summary>The report's stories, most important first, each with its importance.</summary>
    public static IReadOnlyList<(ReportStory Story, StoryImportance Importance)> Order(Report report)
    {
        if (report.Stories is not { } stories) return [];
        var findings = (report.Findings ?? []).ToLookup(f => f.Story);
        return stories.Select(s => (Story: s, Importance: Of(s, findings[ReportLayout.Key(s.Id)])))
            .OrderBy(s => s.Importance)
            .ToList();
    }
}

/// <summary>What the kinds of findings mean to a reader, and the order a story's findings are shown in.</summary>
public static class FindingKinds
{
    private static readonly string Contradicted = Finding.KindName(FindingKind.Contradicted),
        Mismatch = Finding.KindName(FindingKind.PartTotalMismatch),
        Updated = Finding.KindName(FindingKind.Updated),
        Corroborated = Finding.KindName(FindingKind.Corroborated),
        SingleSource = Finding.KindName(FindingKind.SingleSource);

    /// <summary>Incompatible figures, or parts that do not add up to the total. An update is not a dispute.</summary>
    public static bool IsDispute(string kind) => kind == Contradicted || kind == Mismatch;

    /// <summary>A figure that moved over time: reported differently at different times, or said to have risen or
    /// fallen.</summary>
    public static bool IsUpdate(string kind) => kind == Updated;

    /// <summary>One figure from at least two independent sources.</summary>
    public static bool IsCorroborated(string kind) => kind == Corroborated;

    /// <summary>A figure only one independent source gives (copies of one story or one outlet's articles).</summary>
    public static bool IsSingleSource(string kind) => kind == SingleSource;

    /// <summary>Where a kind goes in a story's findings: disputes, then updates, then corroborated figures, then the
    /// rest, single-source figures last (the reports collapse those under their count).</summary>
    public static int Rank(string kind) =>
        IsDispute(kind) ? 0 : IsUpdate(kind) ? 1 : IsCorroborated(kind) ? 2 : IsSingleSource(kind) ? 4 : 3;

    /// <summary>A story's findings in reading order: by <see cref="Rank"/>, then more independent sources, then more
    /// articles; findings that tie keep the order the analysis gave them.</summary>
    public static IReadOnlyList<ReportFinding> InReadingOrder(IEnumerable<ReportFinding> findings) =>
        findings.OrderBy(f => Rank(f.Kind)).ThenByDescending(f => f.IndependentSources).ThenByDescending(f => f.Sources)
            .ToList();
}

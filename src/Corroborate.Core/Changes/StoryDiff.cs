namespace Corroborate.Core.Changes;

/// <summary>
/// Compares a story's snapshot after an update with the one before it (see docs/changes.md for the semantics):
/// sources new to the story, figures that moved, findings that became disputes and disputes that ended.
/// </summary>
public static class StoryDiff
{
    /// <param name="before">The snapshot the previous update left; null for a story this update created.</param>
    /// <returns>The change record (id 0), or null when nothing changed.</returns>
    public static StoryChange? Compare(StorySnapshot? before, StorySnapshot after, DateTimeOffset recorded)
    {
        var was = before?.Findings ?? [];
        var now = after.Findings;
        var change = new StoryChange(
            0, after.Story, after.Headline, recorded, before is null,
            Math.Max(0, after.Articles - (before?.Articles ?? 0)), after.Articles,
            NewSources(before, after),
            now.Select(f => Moved(Counterpart(f, now, was), f)).OfType<FigureUpdate>().ToList(),
            now.Where(f => f.IsDispute && Counterpart(f, now, was)?.IsDispute != true)
                .Select(f => new NewDispute(f.Category, f.Subject, f.Kind, f.Values, f.Note)).ToList(),
            was.Where(f => f.IsDispute && Counterpart(f, was, now)?.IsDispute != true)
                .Select(f => Resolved(f, Counterpart(f, was, now))).ToList());
        bool changed = change.Created || change.ArticlesAdded > 0 || change.NewSources.Count > 0
            || change.FiguresUpdated.Count > 0 || change.NewDisputes.Count > 0 || change.DisputesResolved.Count > 0;
        return changed ? change : null;
    }

    /// <summary>
    /// The finding of the other snapshot that <paramref name="finding"/> (one of <paramref name="own"/>) continues: of
    /// the same quantity, sharing a figure with it ("84" before, "84, 85" now), or else the only one of its quantity on
    /// both sides. Several findings of one quantity are figures far apart or other measures ("341 miles", "4 jets").
    /// </summary>
    private static SnapshotFinding? Counterpart(
        SnapshotFinding finding, IReadOnlyList<SnapshotFinding> own, IReadOnlyList<SnapshotFinding> other)
    {
        var candidates = other.Where(f => f.Key == finding.Key).ToList();
        return candidates.FirstOrDefault(f => f.Values.Intersect(finding.Values).Any())
            ?? (candidates.Count == 1 && own.Count(f => f.Key == finding.Key) == 1 ? candidates[0] : null);
    }

    /// <summary>
    /// Independent sources none of whose outlets the story had: a source that joins an old one (a copy of an earlier
    /// article, another piece of a known outlet) is not new, and copies of one text count once.
    /// </summary>
    private static List<NewSource> NewSources(StorySnapshot? before, StorySnapshot after)
    {
        var known = (before?.Sources ?? []).SelectMany(s => s.Outlets).ToHashSet(StringComparer.Ordinal);
        return after.Sources
            .Where(s => !s.Outlets.Any(known.Contains))
            .Select(s => new NewSource(s.Outlets, s.Articles))
            .ToList();
    }

    /// <summary>
    /// An update finding whose current figure is not the one the story had: from the previous current figure, or, for
    /// a quantity that was no finding before (one article's claim), from the update's earlier figure.
    /// </summary>
    private static FigureUpdate? Moved(SnapshotFinding? was, SnapshotFinding now)
    {
        if (now.Kind != "updated" || now.Current is not { } to) return null;
        string? from = was?.Current ?? (now.Values.Count > 1 ? now.Values[^2] : null);
        return from is null || from == to ? null : new FigureUpdate(now.Category, now.Subject, from, to, now.Sources);
    }

    private static ResolvedDispute Resolved(SnapshotFinding was, SnapshotFinding? now) =>
        new(was.Category, was.Subject, was.Values, now?.Kind, now?.Current);
}

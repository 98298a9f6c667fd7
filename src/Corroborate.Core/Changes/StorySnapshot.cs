using System.Text.Json.Serialization;
using Corroborate.Core.Reconciliation;

namespace Corroborate.Core.Changes;

/// <summary>
/// What a story amounted to after an update, as compact as the comparison with the next update needs: its
/// independent sources (by outlet) and its findings: kind, quantity, figures and the sources of the current figure.
/// </summary>
public sealed record StorySnapshot(
    int Story, string? Headline, int Articles,
    IReadOnlyList<SnapshotSource> Sources, IReadOnlyList<SnapshotFinding> Findings)
{
    /// <summary>The snapshot of an analysed story; <paramref name="headline"/> is its title in the store.</summary>
    public static StorySnapshot Of(int story, string? headline, StoryAnalysisResult analysed)
    {
        var context = analysed.Story;
        List<string> Outlets(IEnumerable<Article> articles) =>
            articles.Select(StoryContext.OutletKeyOf).Distinct().Order(StringComparer.Ordinal).ToList();
        var sources = context.Sources
            .GroupBy(s => s.Family)
            .Select(g => new SnapshotSource(Outlets(g.Select(s => s.Article)), g.Count()))
            .OrderBy(s => s.Outlets[0], StringComparer.Ordinal)
            .ToList();
        var findings = analysed.Findings
            .Select(f => new SnapshotFinding(
                Finding.KindName(f.Kind), f.Category.ToString().ToLowerInvariant(), f.Subject,
                f.Figures.Select(x => x.Text).ToList(),
                Outlets((f.Figures.Count > 0 ? f.Figures[^1].Articles : f.Articles)
                    .Select(id => context.Source(id).Article)))
            { Note = f.Note })
            .ToList();
        return new StorySnapshot(story, headline, context.Sources.Count, sources, findings);
    }
}

/// <summary>One independent source of a story (see <c>IndependentSources</c>): the outlets it joins.</summary>
public sealed record SnapshotSource(IReadOnlyList<string> Outlets, int Articles);

/// <param name="Kind">As in report.json (<see cref="Finding.KindName"/>).</param>
/// <param name="Values">The figures, in the order the finding gives them; an update's last is the current one.</param>
/// <param name="Sources">The outlets giving the current figure.</param>
public sealed record SnapshotFinding(
    string Kind, string Category, string Subject, IReadOnlyList<string> Values, IReadOnlyList<string> Sources)
{
    /// <summary>
    /// The quantity compared; several findings may share it (figures far apart, other measures), see
    /// <see cref="StoryDiff"/>.
    /// </summary>
    [JsonIgnore]
    public string Key => $"{Category}|{Subject}";

    [JsonIgnore]
    public string? Current => Values.Count > 0 ? Values[^1] : null;

    [JsonIgnore]
    public bool IsDispute => Kind is "contradicted" or "part-total-mismatch";

    /// <summary>The finding in words, for a new dispute's record; not kept in the stored snapshot.</summary>
    [JsonIgnore]
    public string Note { get; init; } = "";
}

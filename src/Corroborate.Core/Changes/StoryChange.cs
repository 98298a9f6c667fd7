namespace Corroborate.Core.Changes;

/// <summary>
/// What one update (one ingest run) changed in one story, against the story as the previous update left it. Written
/// as JSON by <see cref="StoryChangeJson"/>; the fields are described in docs/changes.md.
/// </summary>
/// <param name="Id">The store's number for the record, increasing in recording order; 0 before it is saved.</param>
/// <param name="Recorded">When the update ended (the machine's clock: this is when the news reached the store).</param>
/// <param name="Created">The story was first seen in this update.</param>
/// <param name="ArticlesAdded">Articles the story gained in this update.</param>
/// <param name="Articles">The story's articles after the update.</param>
public sealed record StoryChange(
    long Id, int Story, string? Headline, DateTimeOffset Recorded, bool Created, int ArticlesAdded, int Articles,
    IReadOnlyList<NewSource> NewSources, IReadOnlyList<FigureUpdate> FiguresUpdated,
    IReadOnlyList<NewDispute> NewDisputes, IReadOnlyList<ResolvedDispute> DisputesResolved);

/// <summary>
/// An independent source new to the story, by its outlets (copies of one text and one outlet's articles count once).
/// </summary>
public sealed record NewSource(IReadOnlyList<string> Outlets, int Articles);

/// <summary>
/// A figure that moved: the value the story had before (or the earlier figure of a new update), the value now, and
/// the outlets that give the new value.
/// </summary>
public sealed record FigureUpdate(
    string Category, string Subject, string From, string To, IReadOnlyList<string> Sources);

/// <summary>A finding that became a dispute (contradicted, part-total-mismatch): its figures and why.</summary>
public sealed record NewDispute(
    string Category, string Subject, string Kind, IReadOnlyList<string> Values, string Note);

/// <summary>
/// A finding that was a dispute and is not any more: what it became (null when it is no longer a finding) and its
/// value now.
/// </summary>
public sealed record ResolvedDispute(
    string Category, string Subject, IReadOnlyList<string> WasValues, string? NowKind, string? NowValue);

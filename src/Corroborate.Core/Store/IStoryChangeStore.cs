using Corroborate.Core.Changes;

namespace Corroborate.Core.Store;

/// <summary>
/// The change records of stories (docs/changes.md) and the snapshot of each story they are computed against.
/// </summary>
public interface IStoryChangeStore
{
    /// <summary>The stored snapshots of the given stories (stories without one are left out).</summary>
    IReadOnlyDictionary<int, StorySnapshot> GetStorySnapshots(IReadOnlyCollection<int> stories);

    /// <summary>Replaces the stories' snapshots and appends the change records, in one transaction.</summary>
    /// <returns>The records as saved, with their ids, in the order given.</returns>
    IReadOnlyList<StoryChange> SaveStoryChanges(
        IReadOnlyList<StorySnapshot> snapshots, IReadOnlyList<StoryChange> changes);

    /// <summary>
    /// Change records, newest first: of one story or of all, recorded at or after <paramref name="since"/>, at most
    /// <paramref name="limit"/>.
    /// </summary>
    IReadOnlyList<StoryChange> ListStoryChanges(int? story, DateTimeOffset? since, int limit);
}

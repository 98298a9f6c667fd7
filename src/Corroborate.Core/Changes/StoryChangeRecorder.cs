using System.Globalization;
using Corroborate.Core.Briefs;
using Corroborate.Core.Store;

namespace Corroborate.Core.Changes;

/// <summary>
/// Records what an update changed: at the end of an ingest run, every story the run's articles are in is analysed
/// the one way stories are (<see cref="Flow.Analyze"/>), compared with the snapshot the previous update left
/// (<see cref="StoryDiff"/>), and the new snapshots and change records are saved together.
/// </summary>
public static class StoryChangeRecorder
{
    /// <param name="runArticles">The articles the run read (new or already stored).</param>
    /// <param name="recorded">When the run ended.</param>
    /// <returns>The change records saved, with their ids, by story id.</returns>
    public static IReadOnlyList<StoryChange> Record(
        IStore store, IReadOnlyCollection<string> runArticles, DateTimeOffset recorded)
    {
        if (runArticles.Count == 0) return [];
        var after = Snapshots(store, runArticles.ToList());
        if (after.Count == 0) return [];
        var touched = after.Select(s => s.Story).ToList();
        IReadOnlyList<StoryChange> saved = [];
        // Compared and saved in one exclusive transaction: two runs at once each compare with what the other saved.
        store.RunExclusively(() =>
        {
            var before = store.GetStorySnapshots(touched);
            var differs = after
                .Where(s => !before.TryGetValue(s.Story, out var b)
                    || StoryChangeJson.Encode(b) != StoryChangeJson.Encode(s))
                .ToList();
            var changes = differs
                .Select(s => StoryDiff.Compare(before.GetValueOrDefault(s.Story), s, recorded))
                .OfType<StoryChange>()
                .ToList();
            saved = differs.Count == 0 ? [] : store.SaveStoryChanges(differs, changes);
        });
        return saved;
    }

    /// <summary>The stories of the run's articles analysed over all their articles, as snapshots.</summary>
    private static List<StorySnapshot> Snapshots(IStore store, IReadOnlyList<string> runArticles)
    {
        var headlines = store.ListStories().ToDictionary(s => s.Id, s => s.Title);
        return Flow.Analyze(store, Flow.WithStoryMates(store, runArticles), new BriefOptions()).Stories
            .Select(s => (Id: int.Parse(s.Story.StoryId, CultureInfo.InvariantCulture), Analysis: s))
            .Select(s => StorySnapshot.Of(s.Id, headlines.GetValueOrDefault(s.Id), s.Analysis))
            .ToList();
    }
}

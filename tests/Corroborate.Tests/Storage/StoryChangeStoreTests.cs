using Corroborate.Core.Changes;

namespace Corroborate.Tests.Storage;

/// <summary>Snapshots and change records behave the same on each backend.</summary>
public sealed class StoryChangeStoreTests : IDisposable
{
    private static StorySnapshot Snapshot(int story, string value) => new(
        story, "Ferry sinks", 2, [new SnapshotSource(["bbc.co.uk"], 2)],
        [new SnapshotFinding("updated", "dead", "total", ["84", value], ["bbc.co.uk"])]);

    private static readonly DateTimeOffset Early = new(2026, 12, 1, 8, 0, 0, TimeSpan.Zero), Late = Early.AddHours(3);

    private readonly StoreBackends _backends = new();

    public static TheoryData<string> Backends => StoreBackends.Names;

    private static StoryChange Change(int story, DateTimeOffset at) =>
        StoryDiff.Compare(null, Snapshot(story, "85"), at)!;

    [Theory, MemberData(nameof(Backends))]
    public void SnapshotsAreReplacedAndReadBack(string backend)
    {
        using var store = _backends.Location(backend)();
        Assert.Empty(store.GetStorySnapshots([1, 2]));
        store.SaveStoryChanges([Snapshot(1, "85"), Snapshot(2, "90")], []);
        store.SaveStoryChanges([Snapshot(1, "86")], []);
        var read = store.GetStorySnapshots([1, 2, 3]);
        Assert.Equal(["84", "86"], read[1].Findings.Single().Values);
        Assert.Equal(StoryChangeJson.Encode(Snapshot(2, "90")), StoryChangeJson.Encode(read[2]));
        Assert.False(read.ContainsKey(3));
    }

    [Theory, MemberData(nameof(Backends))]
    public void RecordsGetIncreasingIdsAndAreListedNewestFirstByStoryAndTime(string backend)
    {
        using var store = _backends.Location(backend)();
        var first = store.SaveStoryChanges([], [Change(1, Early), Change(2, Early)]);
        var second = store.SaveStoryChanges([], [Change(1, Late)]);
        Assert.True(first[0].Id < first[1].Id && first[1].Id < second[0].Id);

        var all = store.ListStoryChanges(null, null, 10).Select(c => c.Id);
        Assert.Equal([second[0].Id, first[1].Id, first[0].Id], all);
        Assert.Equal([second[0].Id, first[0].Id], store.ListStoryChanges(1, null, 10).Select(c => c.Id));
        Assert.Equal([second[0].Id], store.ListStoryChanges(null, Early.AddMinutes(1), 10).Select(c => c.Id));
        Assert.Single(store.ListStoryChanges(null, null, 1));
        var read = store.ListStoryChanges(2, null, 10).Single();
        Assert.Equal(StoryChangeJson.Encode(first[1]), StoryChangeJson.Encode(read));
        Assert.Equal(Early, read.Recorded);
    }

    [Theory, MemberData(nameof(Backends))]
    public void ASinceWithAnotherOffsetComparesAsTheSameInstant(string backend)
    {
        using var store = _backends.Location(backend)();
        store.SaveStoryChanges([], [Change(1, Late)]);
        var sameInstantElsewhere = Late.ToOffset(TimeSpan.FromHours(-5));
        Assert.Single(store.ListStoryChanges(null, sameInstantElsewhere, 10));
        Assert.Empty(store.ListStoryChanges(null, sameInstantElsewhere.AddTicks(1), 10));
    }

    public void Dispose() => _backends.Dispose();
}

using Corroborate.Core.Changes;

namespace Corroborate.Tests.Changes;

/// <summary>What counts as a change between two snapshots of a story (docs/changes.md).</summary>
public sealed class StoryDiffTests
{
    private static readonly DateTimeOffset At = new(2026, 12, 2, 6, 0, 0, TimeSpan.Zero);

    private static SnapshotFinding Toll(string kind, params string[] values) =>
        new(kind, "dead", "total", values, ["reuters.com"]);

    private static StorySnapshot Story(int articles, SnapshotSource[] sources, params SnapshotFinding[] findings) =>
        new(7, "Ferry sinks", articles, sources, findings);

    private static SnapshotSource Source(int articles, params string[] outlets) => new(outlets, articles);

    [Fact]
    public void NoChangeGivesNoRecord()
    {
        var s = Story(2, [Source(1, "bbc.co.uk"), Source(1, "reuters.com")], Toll("corroborated", "84"));
        Assert.Null(StoryDiff.Compare(s, s with { Sources = [Source(1, "bbc.co.uk"), Source(1, "reuters.com")] }, At));
    }

    [Fact]
    public void AFigureThatMovedIsUpdatedFromTheValueTheStoryHad()
    {
        var before = Story(2, [Source(2, "bbc.co.uk")], Toll("single-source", "84"));
        var after = Story(3, [Source(2, "bbc.co.uk"), Source(1, "reuters.com")], Toll("updated", "84", "85"));
        var change = StoryDiff.Compare(before, after, At)!;
        var update = Assert.Single(change.FiguresUpdated);
        Assert.Equal(("dead", "total", "84", "85"), (update.Category, update.Subject, update.From, update.To));
        Assert.Equal(["reuters.com"], update.Sources);
        Assert.Equal(1, change.ArticlesAdded);
        Assert.False(change.Created);
    }

    [Fact]
    public void AnUpdateOfAQuantityThatWasNoFindingYetStartsFromItsEarlierFigure()
    {
        // One article's 84 is a claim, not a finding; the follow-up's 85 makes it an update.
        var before = Story(1, [Source(1, "bbc.co.uk")]);
        var after = Story(2, [Source(1, "bbc.co.uk"), Source(1, "reuters.com")], Toll("updated", "84", "85"));
        var update = Assert.Single(StoryDiff.Compare(before, after, At)!.FiguresUpdated);
        Assert.Equal(("84", "85"), (update.From, update.To));
    }

    [Fact]
    public void AnUpdateWhoseCurrentFigureStayedIsNoNews()
    {
        var before = Story(2, [Source(2, "bbc.co.uk")], Toll("updated", "84", "85"));
        var after = Story(3, [Source(3, "bbc.co.uk")], Toll("updated", "84", "85"));
        var change = StoryDiff.Compare(before, after, At)!;
        Assert.Empty(change.FiguresUpdated);
        Assert.Equal(1, change.ArticlesAdded);
    }

    [Fact]
    public void ADisputeIsNewOnceAndResolvedWhenItStopsBeingOne()
    {
        var calm = Story(2, [Source(1, "bbc.co.uk"), Source(1, "cnn.com")], Toll("corroborated", "84"));
        var disputed = Story(3, [Source(1, "bbc.co.uk"), Source(1, "cnn.com"), Source(1, "ap.org")],
            Toll("contradicted", "84", "120") with { Note = "clash" });
        var dispute = Assert.Single(StoryDiff.Compare(calm, disputed, At)!.NewDisputes);
        Assert.Equal(("contradicted", "clash"), (dispute.Kind, dispute.Note));
        Assert.Equal(["84", "120"], dispute.Values);

        var stillDisputed = disputed with { Articles = 4, Sources = [.. disputed.Sources, Source(1, "afp.com")] };
        Assert.Empty(StoryDiff.Compare(disputed, stillDisputed, At)!.NewDisputes);

        var settled = Story(5, disputed.Sources.ToArray(), Toll("updated", "84", "120"));
        var resolved = Assert.Single(StoryDiff.Compare(disputed, settled, At)!.DisputesResolved);
        Assert.Equal(("updated", "120"), (resolved.NowKind, resolved.NowValue));
        Assert.Equal(["84", "120"], resolved.WasValues);
        var gone = StoryDiff.Compare(disputed, Story(5, disputed.Sources.ToArray()), At)!;
        Assert.Null(Assert.Single(gone.DisputesResolved).NowKind);
    }

    [Fact]
    public void NewSourcesCountSyndicationFamiliesAndOutletsOnce()
    {
        var before = Story(2, [Source(2, "bbc.co.uk")]);
        var after = Story(6, [
            Source(3, "bbc.co.uk", "stuff.co.nz"),  // a copy of a BBC article elsewhere: joins a known source
            Source(2, "apnews.com", "abcnews.go.com"), // one wire text in two outlets: one new source
            Source(1, "reuters.com"),
        ]);
        var change = StoryDiff.Compare(before, after, At)!;
        Assert.Equal(2, change.NewSources.Count);
        Assert.Equal(["apnews.com", "abcnews.go.com"], change.NewSources[0].Outlets);
        Assert.Equal(2, change.NewSources[0].Articles);
        Assert.Equal(4, change.ArticlesAdded);
    }

    [Fact]
    public void ANewStoryIsCreatedWithAllItsSourcesAndDisputes()
    {
        var after = Story(2, [Source(1, "bbc.co.uk"), Source(1, "cnn.com")], Toll("contradicted", "84", "120"));
        var change = StoryDiff.Compare(null, after, At)!;
        Assert.True(change.Created);
        Assert.Equal((2, 2, 1), (change.ArticlesAdded, change.NewSources.Count, change.NewDisputes.Count));
        Assert.Contains("Story created with 2 articles from 2 independent sources.", StoryChangeText.Lines(change));
    }

    [Fact]
    public void TheJsonIsSnakeCaseAndRoundTrips()
    {
        var story = Story(1, [Source(1, "bbc.co.uk")], Toll("updated", "84", "85"));
        var change = StoryDiff.Compare(null, story, At)! with { Id = 3 };
        string json = StoryChangeJson.Serialize([change]);
        Assert.Contains("\"changes\":[{\"id\":3,\"story\":7,\"headline\":\"Ferry sinks\"", json);
        Assert.Contains(
            "\"figures_updated\":[{\"category\":\"dead\",\"subject\":\"total\",\"from\":\"84\",\"to\":\"85\"", json);
        var back = StoryChangeJson.Decode<StoryChangeJson.Document>(json).Changes.Single();
        Assert.Equal(StoryChangeJson.Encode(change), StoryChangeJson.Encode(back));
    }
}

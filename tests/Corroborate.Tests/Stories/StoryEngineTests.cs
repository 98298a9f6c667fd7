using Corroborate.Core.Stories;

namespace Corroborate.Tests.Stories;

public sealed class StoryEngineTests
{
    private static readonly DateTimeOffset Day0 = new(2025, 3, 10, 12, 0, 0, TimeSpan.Zero);

    private static StoryArrival Arrival(string id, string words, DateTimeOffset? published = null)
    {
        var bag = new TermBag();
        foreach (var w in words.Split(' ')) bag.Add(w);
        return new StoryArrival(id, published, "title " + id, bag);
    }

    // Words shared by every test article; background articles make them common, as in a real corpus.
    private const string Common = "government official statement";

    private static StoryEngine WithBackground(StoryOptions? options = null)
    {
        var engine = new StoryEngine(options ?? StoryOptions.Default);
        var common = Common.Split(' ');
        for (int i = 0; i < 30; i++) engine.Add(Arrival("bg" + i, $"{common[i % 3]} filler{i} note{i}"));
        return engine;
    }

    [Fact]
    public void ArticlesAboutOneEventShareAStoryAndOthersOpenNewOnes()
    {
        var engine = WithBackground();
        var a = engine.Add(Arrival("a", $"{Common} valdoria protest fuel korvast alanic troops miraslav price riot"));
        var b = engine.Add(Arrival("b", $"{Common} valdoria protest fuel korvast troops alliance miraslav riot curfew"));
        var c = engine.Add(Arrival("c", $"{Common} heldrun chemical plant explosion fire harbour solvent blast evacuation"));
        var d = engine.Add(Arrival("d", $"{Common} valdoria korvast alanic protest arrest riot curfew minister treason"));
        Assert.Equal(a.Story, b.Story);
        Assert.Equal(a.Story, d.Story);
        Assert.NotEqual(a.Story, c.Story);
        Assert.Equal(0, a.Similarity);
        Assert.True(b.Similarity >= StoryOptions.Default.Stories.JoinThreshold);
    }

    [Fact]
    public void TimeDecaySeparatesTheSameWordsMonthsApartButNotUndatedArticles()
    {
        var engine = new StoryEngine(StoryOptions.Default);
        const string words = $"{Common} cup final ferrowick ashdown osei goal";
        var first = engine.Add(Arrival("a", words, Day0));
        var later = engine.Add(Arrival("b", words, Day0.AddDays(200)));
        var undated = engine.Add(Arrival("c", words));
        Assert.NotEqual(first.Story, later.Story);
        Assert.True(undated.Story == first.Story || undated.Story == later.Story);
    }

    [Fact]
    public void ABridgingArticleMergesTwoStoriesAndTheMergeIsRecorded()
    {
        var options = StoryOptions.Default with { Stories = StoryOptions.Default.Stories with { JoinThreshold = 0.3, MergeThreshold = 0.3 } };
        var engine = new StoryEngine(options);
        engine.Add(Arrival("x", "unrelated words about gardening tomato soil"));
        var a = engine.Add(Arrival("a", "valdoria protest fuel korvast"));
        var b = engine.Add(Arrival("b", "minister arrest treason kozhulich"));
        Assert.NotEqual(a.Story, b.Story);
        var bridge = engine.Add(Arrival("c", "valdoria protest fuel korvast minister arrest treason kozhulich"));
        var merge = Assert.Single(engine.Merges);
        Assert.Equal((a.Story, b.Story, "c"), (merge.Into, merge.From, merge.ArticleId));
        Assert.Equal(a.Story, bridge.Story);
        Assert.False(engine.Stories.TryGet(b.Story, out _));
    }

    [Fact]
    public void StoriesOfOneSubjectShareATopic()
    {
        // One shared name in seven words is too little for one story but enough for one topic.
        var engine = WithBackground();
        var match = engine.Add(Arrival("a", "ferrowick alpha1 alpha2 alpha3 alpha4 alpha5 alpha6"));
        var other = engine.Add(Arrival("b", "heldrun gamma1 gamma2 gamma3 gamma4 gamma5 gamma6"));
        var nextMatch = engine.Add(Arrival("c", "ferrowick beta1 beta2 beta3 beta4 beta5 beta6"));
        Assert.NotEqual(match.Story, nextMatch.Story);
        Assert.Equal(match.Topic, nextMatch.Topic);
        Assert.NotEqual(match.Topic, other.Topic);
    }

    [Fact]
    public void SavedStateContinuesTheSameClustering()
    {
        var arrivals = new[]
        {
            Arrival("a", $"{Common} valdoria protest fuel korvast", Day0),
            Arrival("b", $"{Common} heldrun chemical plant explosion", Day0),
            Arrival("c", $"{Common} valdoria protest korvast troops", Day0.AddDays(1)),
            Arrival("d", $"{Common} heldrun plant explosion toll", Day0.AddDays(1)),
        };
        var continuous = new StoryEngine(StoryOptions.Default);
        var expected = arrivals.Select(a => continuous.Add(a).Story).ToList();

        var first = new StoryEngine(StoryOptions.Default, trackChanges: true);
        var got = arrivals.Take(2).Select(a => first.Add(a).Story).ToList();
        var resumed = new StoryEngine(StoryOptions.Default, trackChanges: true);
        resumed.Restore(first.TakeChanges().State);
        got.AddRange(arrivals.Skip(2).Select(a => resumed.Add(a).Story));
        Assert.Equal(expected, got);
    }

    [Fact]
    public void UndatedArticlesStayNearTheArticlesIngestedBeforeThem()
    {
        Core.Store.ArticleSummary S(string id, DateTimeOffset? d) => new(id, null, null, d, null, null, 0);
        var order = StoryStage.PublicationOrder([S("late", Day0.AddDays(5)), S("undated", null), S("early", Day0)]);
        Assert.Equal(["early", "late", "undated"], order.Select(a => a.Id));
    }
}

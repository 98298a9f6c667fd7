using Corroborate.Core;
using Corroborate.Core.Stories;

namespace Corroborate.Tests.Stories;

/// <summary>Follow-ups days to weeks later, and articles whose metadata date contradicts their text.</summary>
public sealed class StoryFollowUpTests
{
    private static readonly DateTimeOffset Day0 = new(2025, 3, 10, 12, 0, 0, TimeSpan.Zero);

    private static StoryArrival Arrival(string id, string words, StoryTime time)
    {
        var bag = new TermBag();
        foreach (var w in words.Split(' ')) bag.Add(w);
        return new StoryArrival(id, time, "title " + id, bag);
    }

    // Unrelated articles make the test words rare, as names of one event are in a real corpus.
    private static StoryEngine WithBackground()
    {
        var engine = new StoryEngine(StoryOptions.Default);
        for (int i = 0; i < 30; i++) engine.Add(Arrival("bg" + i, $"government filler{i} note{i}", Day0));
        return engine;
    }

    private const string Event = "heldrun chemical plant explosion harbour solvent blast evacuation";

    [Fact]
    public void NearestDateIsTheOtherDateOnlyWhenItIsCloser()
    {
        var time = new StoryTime(Day0, Day0.AddDays(40));
        Assert.Equal(Day0.AddDays(40), time.NearestTo(Day0.AddDays(35)));
        Assert.Equal(Day0, time.NearestTo(Day0.AddDays(5)));
        Assert.Equal(Day0, time.NearestTo(null));
        Assert.Equal(Day0, new StoryTime(null, Day0).NearestTo(Day0.AddDays(9)));
        Assert.Null(((StoryTime)(DateTimeOffset?)null).NearestTo(Day0));
    }

    [Fact]
    public void AClosePieceSevenWeeksLaterJoinsItsStoryButAWeakOneDoesNot()
    {
        var engine = WithBackground();
        var first = engine.Add(Arrival("a", Event, Day0));
        engine.Add(Arrival("b", $"{Event} toll", Day0.AddDays(1)));
        // At the story decay of 21 days 49 days leave a tenth of the similarity; a follow-up keeps more than half.
        var profile = engine.Add(Arrival("c", $"{Event} victim profile", Day0.AddDays(50)));
        var passing = engine.Add(Arrival("d", "heldrun festival music stage crowd ticket weather band", Day0.AddDays(50)));
        Assert.Equal(first.Story, profile.Story);
        Assert.NotEqual(first.Story, passing.Story);
    }

    [Fact]
    public void AnArticleWhoseDatesDisagreeJoinsTheStoryNearEitherDate()
    {
        var engine = WithBackground();
        var first = engine.Add(Arrival("a", Event, Day0));
        // Inferred from the text 70 days later, published the day after: the published date is the nearer one.
        var misdated = engine.Add(Arrival("b", $"{Event} inquiry", new StoryTime(Day0.AddDays(70), Day0.AddDays(1))));
        Assert.Equal(first.Story, misdated.Story);
        Assert.True(engine.Stories.TryGet(first.Story, out var story));
        Assert.Equal(Day0.AddDays(1), story.LastSeen);
    }

    [Fact]
    public void StoryClockKeepsThePublishedDateBesideAConflictingReportingDay()
    {
        var published = new DateTimeOffset(2017, 12, 29, 8, 0, 0, TimeSpan.Zero);
        var article = new Article { Id = "a", Text = "x", Original = "x", Offsets = OffsetMap.Identity, Published = published };
        Assert.Equal(new StoryTime(published), StoryStage.StoryClock(article));
        var conflicting = article with { DateConflict = "dateline_conflict", TextDate = new DateOnly(2017, 10, 20) };
        Assert.Equal(new StoryTime(new DateTimeOffset(2017, 10, 20, 0, 0, 0, TimeSpan.Zero), published), StoryStage.StoryClock(conflicting));
    }
}

using Corroborate.Core;
using Corroborate.Core.Provenance;

namespace Corroborate.Tests.Provenance;

public sealed class CopyExplanationTests
{
    private static readonly DateTimeOffset Morning = new(2026, 3, 11, 8, 0, 0, TimeSpan.Zero);

    /// <summary>A pair of two passages of 100 and 50 characters, the first from <paramref name="firstFrom"/>.</summary>
    private static CopyPair Pair(string firstFrom, string secondFrom) => new("a", "b", 0.8, 0.7, 0.8,
    [
        new SharedPassage(new TextSpan(0, 100), new TextSpan(10, 110), firstFrom),
        new SharedPassage(new TextSpan(200, 250), new TextSpan(300, 350), secondFrom),
    ]);

    [Fact]
    public void TheEarlierPublicationIsTheOriginWithTheGapBetweenTheDates()
    {
        var why = CopyExplanation.Of(Pair("b", "b"), Morning.AddDays(2), Morning);
        Assert.Equal(("b", "a"), (why.Origin, why.Copy));
        Assert.Equal("published 2026-03-11 08:00 UTC, 2 days before the other (2026-03-13 08:00 UTC)", why.Reason);
        Assert.Equal((2, 150, 150), (why.OriginPassages, why.OriginCharacters, why.SharedCharacters));
    }

    [Fact]
    public void WithoutADateTheArticleStoredFirstIsTheOrigin()
    {
        var why = CopyExplanation.Of(Pair("a", "a"), null, Morning);
        Assert.Equal("a", why.Origin);
        Assert.Contains("publication date is missing", why.Reason);
    }

    [Fact]
    public void AtTheSameMomentTheLongerPassagesDecideAndTheShareIsCounted()
    {
        var why = CopyExplanation.Of(Pair("a", "b"), Morning, Morning);
        Assert.Equal("a", why.Origin);
        Assert.Contains("both were published at 2026-03-11 08:00 UTC", why.Reason);
        Assert.Equal((1, 100, 150), (why.OriginPassages, why.OriginCharacters, why.SharedCharacters));
    }
}

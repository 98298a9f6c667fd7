using Corroborate.Core.Quantities;

namespace Corroborate.Tests.Quantities;

public sealed class QuantityFinderTests
{
    private static Quantity Single(string text) => Assert.Single(QuantityFinder.Find(text));

    [Theory]
    [InlineData("4,000 people", 4000, 4000, Qualifier.Exact)]
    [InlineData("4 000 people", 4000, 4000, Qualifier.Exact)]
    [InlineData("4.000 people", 4000, 4000, Qualifier.Exact)]
    [InlineData("4000 arrests", 4000, 4000, Qualifier.Exact)]
    [InlineData("a dozen people", 12, 12, Qualifier.About)]
    [InlineData("two million people", 2000000, 2000000, Qualifier.Exact)]
    [InlineData("twenty-five people", 25, 25, Qualifier.Exact)]
    [InlineData("almost 750 injured", 750, 750, Qualifier.About)]
    [InlineData("some 1,000 people", 1000, 1000, Qualifier.About)]
    [InlineData("more than a thousand protesters", 1000, 1000, Qualifier.MoreThan)]
    [InlineData("at least 31 people", 31, 31, Qualifier.AtLeast)]
    [InlineData("up to 1,200 peacekeepers", 1200, 1200, Qualifier.AtMost)]
    [InlineData("fewer than 50 people", 50, 50, Qualifier.LessThan)]
    [InlineData("no fewer than 9,000 migrants", 9000, 9000, Qualifier.AtLeast)]
    [InlineData("25 to 35 people", 25, 35, Qualifier.Exact)]
    [InlineData("25-35 people", 25, 35, Qualifier.Exact)]
    [InlineData("between 25 and 35 people", 25, 35, Qualifier.Exact)]
    [InlineData("2 to 3 million people", 2000000, 3000000, Qualifier.Exact)]
    public void Counts(string text, double low, double high, Qualifier qualifier)
    {
        var q = Single(text);
        Assert.Equal((low, high, qualifier, QuantityKind.Count), (q.Low, q.High, q.Qualifier, q.Kind));
    }

    [Theory]
    [InlineData("tens of thousands of soldiers", 20000, 90000)]
    [InlineData("hundreds of people", 200, 900)]
    [InlineData("several thousand demonstrators", 2000, 9000)]
    [InlineData("dozens of people", 24, 108)]
    public void VagueAmountsAreIntervals(string text, double low, double high)
    {
        var q = Single(text);
        Assert.True(q.Vague);
        Assert.Equal((low, high, Qualifier.About), (q.Low, q.High, q.Qualifier));
    }

    [Theory]
    [InlineData("2.2 million euros", 2200000, "EUR")]
    [InlineData("$40m", 40000000, "USD")]
    [InlineData("€60 million", 60000000, "EUR")]
    [InlineData("a 5 million euro fund", 5000000, "EUR")]
    [InlineData("1.8 million pounds sterling", 1800000, "GBP")]
    [InlineData("a £2m fine and 1.8 million pounds in costs", 1800000, "GBP")]
    [InlineData("$1.2bn", 1200000000, "USD")]
    [InlineData("a loan of €1.595m", 1595000, "EUR")]
    [InlineData("£4.3billion handed to Portugal", 4300000000, "GBP")]
    public void Money(string text, double value, string currency)
    {
        var q = QuantityFinder.Find(text).Last();
        Assert.Equal((value, QuantityKind.Money, currency), (q.Low, q.Kind, q.Unit));
    }

    [Theory]
    [InlineData("able to lift 37,040 pounds to Mars", 37040)]
    [InlineData("the gorilla weighed about 400 pounds", 400)]
    public void PoundsWithoutASterlingSignAreAWeight(string text, double value)
    {
        var q = Single(text);
        Assert.Equal((value, QuantityKind.Measure, "pounds"), (q.Low, q.Kind, q.Unit));
    }

    [Theory]
    [InlineData("lost 23% on Wednesday", 23)]
    [InlineData("fell to 6.1 percent", 6.1)]
    [InlineData("rose 4 per cent", 4)]
    public void Percentages(string text, double value)
    {
        var q = Single(text);
        Assert.Equal((value, QuantityKind.Percent, "%"), (q.Low, q.Kind, q.Unit));
    }

    [Theory]
    [InlineData("for nine years", QuantityKind.Measure)]
    [InlineData("up to 20 years in prison", QuantityKind.Measure)]
    [InlineData("a six-nation bloc", QuantityKind.Measure)]
    [InlineData("an 11-year-old girl", QuantityKind.Age)]
    [InlineData("Karim Massimov, 56, was arrested", QuantityKind.Age)]
    [InlineData("beat Ashdown 3-1 in the semi-final", QuantityKind.Score)]
    [InlineData("the number two of the regime", QuantityKind.Label)]
    [InlineData("winds of 140 km/h", QuantityKind.Measure)]
    public void NotCounts(string text, QuantityKind kind) =>
        Assert.Contains(QuantityFinder.Find(text), q => q.Kind == kind);

    [Fact]
    public void ClockTimesAndDatesAreLeftToTheTimeStage()
    {
        Assert.Empty(QuantityFinder.Find("at 10:40 pm"));
        const string text = "on 6 January 2022, 40 people";
        var dates = Corroborate.Core.Time.TimeGrammar.Find(text).Select(m => m.Span).ToList();
        Assert.Equal(40, Assert.Single(QuantityFinder.Find(text, dates)).Low);
    }
}

using Corroborate.Core;
using Corroborate.Core.Time;

namespace Corroborate.Tests.Time;

public sealed class TimeResolutionTests
{
    private static readonly DateOnly Saturday = new(2022, 1, 8);

    private static TimeExpression Single(string text, DateOnly anchor)
    {
        var mention = Assert.Single(TimeGrammar.Find(text));
        return TimeResolver.ToExpression(text, mention, anchor);
    }

    [Theory]
    [InlineData("He was taken into custody on Thursday.", "2022-01-06")]
    [InlineData("The protest erupted last Sunday in the provinces.", "2022-01-02")]
    [InlineData("The situation remained tense this Saturday.", "2022-01-08")]
    [InlineData("Tension persisted on Saturday.", "2022-01-08")]
    [InlineData("A day of mourning will be held on Monday.", "2022-01-10")]
    [InlineData("Talks resume next Monday.", "2022-01-10")]
    [InlineData("The airport will remain closed until Sunday.", "2022-01-09")]
    [InlineData("He spoke yesterday.", "2022-01-07")]
    [InlineData("He was dismissed a week ago.", "2022-01-01")]
    [InlineData("Figures released on 2 January were lower.", "2022-01-02")]
    [InlineData("Reported on Thursday 6 January 2022.", "2022-01-06")]
    [InlineData("Prices rose on Jan. 8 after the decision.", "2022-01-08")]
    [InlineData("since the beginning of the protests last Sunday, the 2nd", "2022-01-02")]
    public void ResolvesDayExpressionsAgainstTheReportingDate(string text, string expected)
    {
        var e = TimeGrammar.Find(text).Select(m => TimeResolver.ToExpression(text, m, Saturday)).Single(x => x.Precision == DatePrecision.Day);
        Assert.Equal(expected, e.Formatted);
    }

    [Theory]
    [InlineData("2022-01-03", "on Sunday", "2022-01-02")]      // Monday: yesterday's Sunday
    [InlineData("2022-01-02", "on Sunday", "2022-01-02")]      // Sunday itself
    [InlineData("2022-01-02", "last Sunday", "2021-12-26")]    // a week back, across the year boundary
    [InlineData("2022-01-05", "this Saturday", "2022-01-08")]  // Wednesday: the Saturday of this week
    [InlineData("2022-01-09", "this Saturday", "2022-01-08")]  // Sunday ends the Monday-to-Sunday week
    [InlineData("2021-12-31", "next Monday", "2022-01-03")]
    public void WeekdaysAcrossWeekBoundaries(string anchor, string text, string expected) =>
        Assert.Equal(expected, Single(text, DateOnly.Parse(anchor)).Formatted);

    [Theory]
    [InlineData("It happened in January 2022.", "2022-01", DatePrecision.Month)]
    [InlineData("The ban was issued in 2021.", "2021", DatePrecision.Year)]
    [InlineData("Inspections were made in March.", "2021-03", DatePrecision.Month)]
    [InlineData("Arrests have risen since the start of the month.", "2022-01-01", DatePrecision.Day)]
    [InlineData("It was announced earlier this week.", "2022-01-03", DatePrecision.Week)]
    public void CoarserPrecisions(string text, string expected, DatePrecision precision)
    {
        var e = Single(text, Saturday);
        Assert.Equal(precision, e.Precision);
        Assert.Equal(expected, e.Formatted);
    }

    [Fact]
    public void AgencyDatelineIsMarked()
    {
        var m = Assert.Single(TimeGrammar.Find("ALMATY, Jan.8 (Reuters) – Authorities said"));
        Assert.Equal(TimeKind.Dateline, m.Kind);
    }

    [Fact]
    public void DatelineWithoutYearTakesTheYearFromTheMetadata()
    {
        var mentions = TimeGrammar.Find("KORVAST, March 12 (MPA) – Troops began arriving on Wednesday.");
        var result = ReportingDateInference.Infer(mentions, published: null, yearHint: 2025);
        Assert.Equal(new DateOnly(2025, 3, 12), result.Date);
        Assert.Null(result.Conflict);
    }

    [Fact]
    public void MetadataTwoWeeksAfterTheEventsIsAConflictNotAnOverride()
    {
        const string text = "The ministry offered this Saturday new figures: 40 dead since the protests began last Sunday, the 2nd. "
            + "He was arrested Thursday. The president spoke this Saturday.";
        var result = ReportingDateInference.Infer(TimeGrammar.Find(text), published: new DateOnly(2022, 1, 22));
        Assert.Equal(new DateOnly(2022, 1, 22), result.Date);   // the given date stands: the conflict is a note
        Assert.Equal(new DateOnly(2022, 1, 8), result.TextDate);
        Assert.Equal(ReportingDateInference.DatelineConflict, result.Conflict);
    }

    [Fact]
    public void AFollowUpThatRetellsTheEventDayKeepsItsDateWithoutAConflict()
    {
        const string text = "The death toll from the July 14 attack rose to 85. On July 14, a truck drove into the crowd. "
            + "Officials said on July 14 that 84 had died.";
        var result = ReportingDateInference.Infer(TimeGrammar.Find(text), published: new DateOnly(2016, 8, 5));
        Assert.Equal(new DateOnly(2016, 8, 5), result.Date);
        Assert.Null(result.Conflict);
    }

    [Fact]
    public void ConsistentMetadataIsKept()
    {
        var result = ReportingDateInference.Infer(TimeGrammar.Find("Police said on Friday that 30 people were arrested on Thursday."), new DateOnly(2024, 4, 12));
        Assert.Equal(new DateOnly(2024, 4, 12), result.Date);
        Assert.Null(result.Conflict);
    }

    [Fact]
    public void StoryFlagsAnArticleWhoseDaysOnlyFitTheStoryFromAnotherWeek()
    {
        Article Make(string text, DateTimeOffset? published) => TimeStage.Apply(Core.Pipeline.CreateArticle(new Core.Ingest.ArticleDraft
        {
            Text = text, Path = "t.txt", Published = published, Format = SourceFormat.Text,
        }), null, null);
        var story = new[]
        {
            Make("Kozulic was arrested on Thursday 13 March. He was dismissed on Monday 10 March.", new DateTimeOffset(2025, 3, 15, 12, 0, 0, TimeSpan.Zero)),
            Make("The committee said this Saturday that 30 died. He was arrested Thursday and dismissed last Monday.", new DateTimeOffset(2025, 3, 29, 16, 0, 0, TimeSpan.Zero)),
        };
        var revised = StoryDateInference.Apply(story);
        Assert.Equal(new DateOnly(2025, 3, 29), revised[1].ReportingDate);
        Assert.Equal(new DateOnly(2025, 3, 15), revised[1].TextDate);
        Assert.Equal(ReportingDateInference.DatelineConflict, revised[1].DateConflict);
        Assert.Null(revised[0].DateConflict);
    }
}

using Corroborate.Core;
using Corroborate.Core.Claims;
using Corroborate.Core.Quantities;
using Corroborate.Core.Reconciliation;

namespace Corroborate.Tests.Reconciliation;

public sealed class FigureTests
{
    private static NumericClaim Claim(double value, Qualifier qualifier, string? subject = null, double? high = null) => new()
    {
        Id = "x", ArticleId = "a", Category = ClaimCategory.Dead, Measure = "dead", Low = value, High = high ?? value, Qualifier = qualifier, Unit = "people",
        Subject = subject, Sentence = new TextSpan(0, 1), Span = new TextSpan(0, 1),
    };

    [Fact]
    public void MoreThanAgreesWithAHigherFigureButNotALowerOne()
    {
        var moreThan = FigureValue.Of(Claim(4000, Qualifier.MoreThan));
        Assert.True(moreThan.CompatibleWith(FigureValue.Of(Claim(4400, Qualifier.Exact))));
        Assert.False(moreThan.CompatibleWith(FigureValue.Of(Claim(3500, Qualifier.Exact))));
        Assert.False(moreThan.SameNumber(FigureValue.Of(Claim(4400, Qualifier.Exact))));
    }

    [Fact]
    public void AboutAllowsTenPercentAndRangesAllowTheirSpan()
    {
        var dozen = FigureValue.Of(Claim(12, Qualifier.About));
        Assert.True(dozen.CompatibleWith(FigureValue.Of(Claim(13, Qualifier.Exact))));
        Assert.False(dozen.CompatibleWith(FigureValue.Of(Claim(40, Qualifier.Exact))));
        var range = FigureValue.Of(Claim(25, Qualifier.Exact, high: 35));
        Assert.True(range.CompatibleWith(FigureValue.Of(Claim(30, Qualifier.Exact))));
        Assert.False(range.CompatibleWith(FigureValue.Of(Claim(23, Qualifier.Exact))));
        Assert.True(FigureValue.Of(Claim(2000, Qualifier.About)).SameNumber(FigureValue.Of(Claim(2000, Qualifier.Exact))));
    }

    [Theory]
    [InlineData("police officers", "security")]
    [InlineData("policemen", "security")]
    [InlineData("security forces", "security")]
    [InlineData("law enforcement officers", "security")]
    [InlineData("demonstrators", "protesters")]
    [InlineData("\"rioters\"", "protesters")]
    [InlineData("armed criminals", "protesters")]
    [InlineData("people", "total")]
    [InlineData("residents", "total")]
    [InlineData("HCC managers", "manager")]
    public void SubjectsNamingOneGroupShareAKey(string subject, string key) => Assert.Equal(key, SubjectGroups.FromName(subject).Key);

    [Fact]
    public void ASubjectlessCountTakesTheGroupNamedBeforeItButNotItsSource()
    {
        const string text = "The authorities said 26 armed criminals had been killed, the police also reporting 18 killed. Police said 11 died.";
        var article = new Article { Id = "a", Text = text, Original = text, Offsets = OffsetMap.Identity };
        NumericClaim At(string number, string? attribution)
        {
            int start = text.IndexOf(number, StringComparison.Ordinal);
            int sentenceStart = text.LastIndexOf('.', start) + 1;
            int sentenceEnd = text.IndexOf('.', start) + 1;
            return Claim(double.Parse(number), Qualifier.Exact) with
            {
                Span = new TextSpan(start, start + number.Length), Sentence = new TextSpan(sentenceStart, sentenceEnd), Attribution = attribution,
            };
        }
        Assert.Equal("security", SubjectGroups.Of(At("18", "The authorities"), article).Key);
        Assert.Equal("total", SubjectGroups.Of(At("11", "Police"), article).Key);
    }
}

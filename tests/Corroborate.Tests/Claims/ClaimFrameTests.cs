using Corroborate.Core;
using Corroborate.Core.Claims;

namespace Corroborate.Tests.Claims;

/// <summary>
/// The claim frame (measure, group, condition, scope, trend) and the numbers that are not figures, on invented
/// sentences that mirror what real multi-source news does (docs/claims-gold-guidelines.md). The measured figures are
/// on real news: samples/realnews-claims (see docs/cli.md, eval claims).
/// </summary>
public sealed class ClaimFrameTests
{
    private static IReadOnlyList<NumericClaim> Claims(string text, DateTimeOffset? published = null) =>
        ClaimExtractionTests.Analyse(text, published ?? new DateTimeOffset(2016, 7, 15, 12, 0, 0, TimeSpan.Zero)).Claims;

    private static NumericClaim Claim(string text, double value) => Assert.Single(Claims(text), c => c.Low == value);

    [Theory]
    [InlineData("The death toll rose to 85 on Friday.", 85, "dead", "up")]
    [InlineData("At least 84 people were killed when the truck drove into the crowd.", 84, "dead", null)]
    [InlineData("Officials initially said 77 people had died.", 77, "dead", "initial")]
    [InlineData("Officials revised the figure down to 40 dead.", 40, "dead", "down")]
    [InlineData("The missile flew about 2,700 km before falling into the sea.", 2700, "distance", null)]
    [InlineData("It reached an altitude of 550 km.", 550, "altitude", null)]
    [InlineData("The boy fell into a 40-metre-deep well.", 40, "depth", null)]
    [InlineData("The leak of 11.5 million documents shook several governments.", 11500000, "documents", null)]
    [InlineData("The rescue took more than 100 hours.", 100, "duration", null)]
    [InlineData("Twenty-one schoolgirls captured by the militants two years ago have been freed.", 21, "released", null)]
    [InlineData("Four detained commanders were released in exchange.", 4, "released", null)]
    [InlineData("The militants abducted 276 girls from their school.", 276, "abducted", null)]
    public void MeasureAndTrend(string text, double value, string measure, string? trend)
    {
        var c = Claim(text, value);
        Assert.Equal((measure, trend), (c.Measure, c.Trend));
    }

    [Fact]
    public void TollsAreNeverOther()
    {
        Assert.Equal(ClaimCategory.Dead, Claim("The death toll rose to 85.", 85).Category);
        Assert.Equal(ClaimCategory.Dead, Claim("At least 84 people were killed.", 84).Category);
    }

    [Fact]
    public void ANationalityAmongTheDeadIsAPart()
    {
        var claims = Claims("At least 12 people were killed in the attack. Ten US citizens were among the dead.");
        var total = Assert.Single(claims, c => c.Low == 12);
        var part = Assert.Single(claims, c => c.Low == 10);
        Assert.Equal((ClaimScope.Total, ClaimScope.Part), (total.Scope, part.Scope));
        Assert.Equal("us citizens", part.Group);
    }

    [Fact]
    public void ARelativeClauseSaysWhatHappenedToTheCountedPeople()
    {
        var claims = Claims("The government secured the release of 21 of the more than 200 Chibok schoolgirls who were kidnapped by Boko Haram in 2014.");
        Assert.Equal("released", Assert.Single(claims, c => c.Low == 21).Measure);
        Assert.Equal("abducted", Assert.Single(claims, c => c.Low == 200).Measure);
    }

    [Fact]
    public void ConditionsAndHospitalsAreParts()
    {
        var claims = Claims("In all, 51 people were injured. Eight people were seriously injured and 20 were taken to St George's hospital.");
        Assert.Equal(ClaimScope.Total, Assert.Single(claims, c => c.Low == 51).Scope);
        var serious = Assert.Single(claims, c => c.Low == 8);
        Assert.Equal(("serious", ClaimScope.Part), (serious.Condition, serious.Scope));
        var hospital = Assert.Single(claims, c => c.Low == 20);
        Assert.Equal(("hospitalised", ClaimScope.Part), (hospital.Condition, hospital.Scope));
    }

    [Fact]
    public void CriticalConditionIsACondition() =>
        Assert.Equal("critical", Claim("About 100 people were injured, 42 of them in critical condition.", 42).Condition);

    [Fact]
    public void IncludingMarksASubset() =>
        Assert.Equal(ClaimScope.Part, Claim("More than 100 people were wounded, including at least 10 children.", 10).Scope);

    [Theory]
    [InlineData("Five police officers were shot dead in Dallas last week.", 5)]
    [InlineData("The attack was the deadliest since the 2015 Paris attacks, in which 130 people were killed.", 130)]
    [InlineData("Boko Haram has killed more than 20,000 people since 2009.", 20000)]
    [InlineData("The city recorded 112 tram-related accidents over the past two years.", 112)]
    [InlineData("In 1959 a tram fire in the city killed 17 people.", 17)]
    public void OtherIncidentsAreNotTheEventsFigures(string text, double value) =>
        Assert.Equal(ClaimScope.OtherIncident, Claim(text, value).Scope);

    [Theory]
    [InlineData("Anyone with information should call 0800 056 0154.")]
    [InlineData("Among the victims was Irene G. Steinberg, 51, of Paris.")]
    [InlineData("Hide Caption 12 of 25 Photos")]
    [InlineData("The trains collided in the 53rd Street tunnel at about 5am.")]
    [InlineData("The barge caught fire at 9 p.m. local time.")]
    [InlineData("Several ambulances arrived, @9NewsAUS reported.")]
    [InlineData("The ship hit a pillar of the A42 motorway.")]
    [InlineData("It added that \"no one was injured\".")]
    [InlineData("Leaders met at the Group of 20 summit.")]
    [InlineData("The launch marks the second time in four days that the North has tested its missiles.")]
    [InlineData("1/2 Today we transferred the girls to the authorities.")]
    public void NotFigures(string text) => Assert.Empty(Claims(text));

    [Fact]
    public void AConversionInBracketsIsNotASecondFigure() =>
        Assert.Single(Claims("The boy fell into a well about 40 metres deep (131 feet)."));

    [Fact]
    public void GalleryAndCaptionFurnitureIsRemovedWithAReason()
    {
        string text = string.Join("\n\n",
            "Two trams collided in the city centre on Tuesday, injuring 14 people, police said.",
            "Photos: Tram crash in pictures Rescuers work at the scene. Hide Caption 1 of 3",
            "Photos: Tram crash in pictures A tram lies on its side. Hide Caption 2 of 3",
            "Photos: Tram crash in pictures Police cordon off the area. Hide Caption 3 of 3",
            "Enlarge this image toggle caption John Smith/AP John Smith/AP",
            "Advertisement Continue reading the main story",
            "The line will stay closed until Friday.");
        var article = ClaimExtractionTests.Analyse(text);
        Assert.DoesNotContain("Hide Caption", article.Text);
        Assert.DoesNotContain("toggle caption", article.Text);
        Assert.Contains("injuring 14 people", article.Text);
        Assert.Contains("stay closed until Friday", article.Text);
        Assert.Contains(article.RemovedLines, r => r.Reason == "gallery caption");
        Assert.Contains(article.Claims, c => c.Low == 14 && c.Measure == "injured");
        Assert.DoesNotContain(article.Claims, c => c.Low == 3);
    }

    [Fact]
    public void AMostReadStripIsFurniture()
    {
        var article = ClaimExtractionTests.Analyse("Two people were hurt in the blast.\n\nMOST READ IN NEWS SIN CITY How 3 crooks fled PORN DEATHS Actress reveals 4 pressures\n\nPolice are investigating.");
        Assert.DoesNotContain("MOST READ", article.Text);
        Assert.Single(article.Claims);
    }
}

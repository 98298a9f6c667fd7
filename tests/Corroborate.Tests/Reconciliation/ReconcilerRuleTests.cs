using Corroborate.Core;
using Corroborate.Core.Briefs;
using Corroborate.Core.Claims;
using Corroborate.Core.Ingest;
using Corroborate.Core.Provenance;
using Corroborate.Core.Reconciliation;

namespace Corroborate.Tests.Reconciliation;

/// <summary>The verdict rules of issue 13 on small made-up stories: what is compared, when a change is an update or a dispute, who counts as independent.</summary>
public sealed class ReconcilerRuleTests
{
    private static Article Make(string url, string text, string published) => Pipeline.Annotate(Pipeline.CreateArticle(new ArticleDraft
    {
        Path = url, Url = url, Format = SourceFormat.JsonLines, Text = text,
        Published = DateTimeOffset.Parse(published, System.Globalization.CultureInfo.InvariantCulture),
    }));

    private static IReadOnlyList<Finding> Findings(params Article[] articles) =>
        StoryAnalysis.AnalyzeStories(ClaimAnalysis.Run(articles, ClaimAnalysis.OneStory), [new StoryMembers("s", articles.Select(a => a.Id).ToList())], [], new BriefOptions())
            .Single().Findings;

    [Fact]
    public void ATollRisingThroughTheNightIsAnUpdateNotAContradiction()
    {
        var findings = Findings(
            Make("https://www.alpha.com/a", "At least 77 people were killed in the attack on the promenade, officials said.", "2016-07-14T23:30:00Z"),
            Make("https://www.beta.co.uk/b", "The attack on the promenade killed 80 people, officials said.", "2016-07-15T03:10:00Z"),
            Make("https://www.gamma.org/c", "The death toll grew through the night: 84 people were killed in the attack on the promenade.", "2016-07-15T09:00:00Z"));
        var dead = findings.Single(f => f.Category == ClaimCategory.Dead);
        Assert.Equal(FindingKind.Updated, dead.Kind);
        Assert.Contains("the latest is 84", dead.Note);
    }

    [Fact]
    public void ATrendWordBesideTheOnlyFigureIsNoUpdate()
    {
        var findings = Findings(
            Make("https://www.alpha.com/a", "The ministry offered new figures on Saturday: 40 people were killed in the riots.", "2022-01-08T12:00:00Z"),
            Make("https://www.beta.co.uk/b", "The riots killed 40 people, the ministry said.", "2022-01-08T15:00:00Z"));
        Assert.Equal(FindingKind.Corroborated, findings.Single(f => f.Category == ClaimCategory.Dead).Kind);
    }

    [Fact]
    public void IncompatibleTollsFromIndependentSourcesAtTheSameHourAreContradicted()
    {
        var findings = Findings(
            Make("https://www.alpha.com/a", "The blast killed 12 people, the health ministry said.", "2020-03-02T10:00:00Z"),
            Make("https://www.beta.co.uk/b", "The blast killed 30 people, a rights group said.", "2020-03-02T10:40:00Z"));
        var dead = findings.Single(f => f.Category == ClaimCategory.Dead);
        Assert.Equal(FindingKind.Contradicted, dead.Kind);
        Assert.Contains("minutes apart", dead.Note);
    }

    [Fact]
    public void TwoArticlesOfOneOutletAreOneSource()
    {
        var findings = Findings(
            Make("https://www.washingtonpost.com/a", "The fire destroyed 214 homes in the valley, officials said.", "2019-05-01T10:00:00Z"),
            Make("https://edition.washingtonpost.com/b", "Firefighters said the blaze destroyed 214 homes in the valley.", "2019-05-01T18:00:00Z"));
        Assert.DoesNotContain(findings, f => f.Kind == FindingKind.Corroborated);
        Assert.Equal("washingtonpost.com", IndependentSources.RegistrableDomain("edition.washingtonpost.com"));
        Assert.Equal("chinadaily.com.cn", IndependentSources.RegistrableDomain("africa.chinadaily.com.cn"));
        Assert.Equal("bbc.co.uk", IndependentSources.RegistrableDomain("news.bbc.co.uk"));
    }

    [Theory]
    [InlineData("http://127.0.0.1:8765/item0.html", "127.0.0.1:8765")]
    [InlineData("http://10.0.0.7/a", "10.0.0.7")]
    [InlineData("http://[::1]:5080/a", "[::1]:5080")]
    [InlineData("https://edition.cnn.com/a", "cnn.com")]
    public void AnOutletIsTheRegistrableDomainOrTheWholeAddress(string url, string outlet) =>
        Assert.Equal(outlet, IndependentSources.OutletKey(url, "Feed author", "file.txt"));

    [Fact]
    public void EqualRoundCountsOfDifferentThingsAreNotCorroborated()
    {
        var findings = Findings(
            Make("https://www.alpha.com/a", "About 100 people jumped into the sea to escape the flames.", "2018-01-01T10:00:00Z"),
            Make("https://www.beta.co.uk/b", "About 100 people ran into a restaurant on the promenade.", "2018-01-01T11:00:00Z"));
        Assert.DoesNotContain(findings, f => f.Kind == FindingKind.Corroborated);
    }

    [Fact]
    public void SharesOfDifferentThingsAreNotCorroborated()
    {
        var imports = Make("https://www.beta.co.uk/b", "Beijing accounts for nearly 90% of all of North Korea's imports, UN data show.", "2017-12-29T12:00:00Z");
        var findings = Findings(
            Make("https://www.alpha.com/a", "China accounts for 90 percent of North Korea's external trade, analysts say.", "2017-12-29T10:00:00Z"),
            imports,
            Make("https://www.gamma.org/c", "China handles about 90 percent of North Korea's trade.", "2017-12-29T13:00:00Z"));
        var share = findings.Single(f => f.Kind == FindingKind.Corroborated);
        Assert.Equal(2, share.Articles.Count);
        Assert.DoesNotContain(imports.Id, share.Articles);
    }

    [Fact]
    public void APartIsNotARivalTotal()
    {
        var findings = Findings(
            Make("https://www.alpha.com/a", "The ship hit the bridge and 25 people were injured, police said.", "2017-12-27T07:00:00Z"),
            Make("https://www.beta.co.uk/b", "The ship hit the bridge; 25 people were injured, including 10 children, police said.", "2017-12-27T08:00:00Z"));
        var injured = findings.Where(f => f.Category == ClaimCategory.Injured).ToList();
        Assert.Contains(injured, f => f.Kind == FindingKind.Corroborated && f.Note.Contains("25"));
        Assert.DoesNotContain(injured, f => f.Kind is FindingKind.Contradicted or FindingKind.Updated or FindingKind.PartTotalMismatch);
    }

    [Fact]
    public void SeveritiesThatDoNotAddUpToTheTotalAreAMismatch()
    {
        var findings = Findings(
            Make("https://www.alpha.com/a", "Police said 27 people were injured when the ship hit the bridge.", "2017-12-27T07:00:00Z"),
            Make("https://www.beta.de/b", "Four people were seriously injured and 20 others were slightly injured when the ship hit the bridge.", "2017-12-27T12:00:00Z"));
        var mismatch = findings.Single(f => f.Kind == FindingKind.PartTotalMismatch);
        Assert.Contains("= 24", mismatch.Note);
        Assert.Contains("27", mismatch.Note);
    }

    [Fact]
    public void ALaterFollowUpKeepsItsOwnDateSoItsFigureIsTheLatest()
    {
        var findings = Findings(
            Make("https://www.alpha.com/a", "On July 14 a truck drove into the crowd. At least 84 people were killed in the attack.", "2016-07-15T10:00:00Z"),
            Make("https://www.beta.co.uk/b", "The death toll from the July 14 attack has risen to 85 after a woman died in hospital.", "2016-08-05T10:00:00Z"));
        var dead = findings.Single(f => f.Category == ClaimCategory.Dead);
        Assert.Equal(FindingKind.Updated, dead.Kind);
        Assert.Contains("5 Aug", dead.Note);
        Assert.Contains("the latest is 85", dead.Note);
    }

    [Fact]
    public void FiguresInAnotherUnitAreComparedConverted()
    {
        var findings = Findings(
            Make("https://www.alpha.com/a", "The missile flew 2,700 km before it fell into the sea.", "2017-08-29T03:00:00Z"),
            Make("https://www.beta.co.uk/b", "The missile flew around 1,677 miles before it fell into the sea.", "2017-08-29T09:00:00Z"));
        Assert.Contains(findings, f => f.Kind == FindingKind.Corroborated && f.IndependentSources == 2);
    }
}

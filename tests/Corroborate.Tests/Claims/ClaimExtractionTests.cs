using Corroborate.Core;
using Corroborate.Core.Claims;
using Corroborate.Core.Ingest;
using Corroborate.Core.Quantities;

namespace Corroborate.Tests.Claims;

public sealed class ClaimExtractionTests
{
    internal static Article Analyse(string text, DateTimeOffset? published = null) =>
        Pipeline.Default().Run(new ArticleDraft { Text = text, Path = "t.jsonl", Format = SourceFormat.JsonLines, Title = "Headline", Published = published ?? new DateTimeOffset(2022, 1, 8, 12, 0, 0, TimeSpan.Zero) });

    private static NumericClaim Single(string text) => Assert.Single(Analyse(text).Claims);

    [Theory]
    [InlineData("The authorities claimed that 26 armed criminals had been killed.", ClaimCategory.Dead, 26)]
    [InlineData("At least five people were killed and 12 are missing.", ClaimCategory.Dead, 5)]
    [InlineData("The police reported 748 wounded in their ranks.", ClaimCategory.Injured, 748)]
    [InlineData("More than 4,400 people have been arrested since the start of the unrest.", ClaimCategory.Arrested, 4400)]
    [InlineData("The ministry said 214 people had been detained.", ClaimCategory.Arrested, 214)]
    [InlineData("Rescuers are still searching for nine fishermen.", ClaimCategory.Missing, 9)]
    [InlineData("Fighting has displaced more than 60,000 people.", ClaimCategory.Displaced, 60000)]
    [InlineData("Some 8,000 residents were evacuated overnight.", ClaimCategory.Evacuated, 8000)]
    [InlineData("The bloc sent around 2,500 troops.", ClaimCategory.Troops, 2500)]
    [InlineData("In Almaty, a city of about two million people, shops reopened.", ClaimCategory.Population, 2000000)]
    [InlineData("The company was fined 180,000 euros.", ClaimCategory.Money, 180000)]
    [InlineData("A crowd of 28,500 watched the match.", ClaimCategory.Other, 28500)]
    [InlineData("Four of the dead have been identified.", ClaimCategory.Other, 4)]
    [InlineData("The earthquake claimed the lives of at least 210 people.", ClaimCategory.Dead, 210)]
    [InlineData("Border guards opened fire, killing four and wounding 19.", ClaimCategory.Dead, 4)]
    public void Categories(string text, ClaimCategory category, double value)
    {
        var claim = Analyse(text).Claims.First();
        Assert.Equal((category, value), (claim.Category, claim.Low));
    }

    /// <summary>Which cue owns which number when a sentence has several (found by the blind held-out set C).</summary>
    [Theory]
    [InlineData("The quake killed at least 89 people and injured more than 400.", 89, ClaimCategory.Dead)]
    [InlineData("The quake killed at least 89 people and injured more than 400.", 400, ClaimCategory.Injured)]
    [InlineData("Gunmen attacked the base, killing 12 soldiers and injuring 30 others.", 12, ClaimCategory.Dead)]
    [InlineData("Twelve soldiers were killed.", 12, ClaimCategory.Dead)]
    [InlineData("Nineteen people lost their lives and 6 were still missing.", 6, ClaimCategory.Missing)]
    [InlineData("The outbreak has killed 63 people, officials said, and more than 2,100 cases have been recorded.", 2100, ClaimCategory.Other)]
    [InlineData("Police said 43 people were rescued.", 43, ClaimCategory.Other)]
    [InlineData("At least 18 were hurt, two of them seriously.", 2, ClaimCategory.Injured)]
    [InlineData("The collapse has left 22 people dead, up from 15 a day earlier.", 15, ClaimCategory.Dead)]
    [InlineData("The operator put the number of strikers at 26,500.", 26500, ClaimCategory.Other)]
    [InlineData("Organisers said 80,000 took part.", 80000, ClaimCategory.Other)]
    [InlineData("The authority said the fate of four men was still unknown.", 4, ClaimCategory.Missing)]
    [InlineData("Defence spending rises to $6.3 billion, with 1.2 billion set aside for flood defences.", 1200000000, ClaimCategory.Money)]
    [InlineData("The virus has infected 4,500 people and killed 120.", 4500, ClaimCategory.Other)]
    [InlineData("The fire forced 1,500 people to flee.", 1500, ClaimCategory.Displaced)]
    [InlineData("The floods claimed 37 lives.", 37, ClaimCategory.Dead)]
    [InlineData("Fifty-two people remain in critical condition.", 52, ClaimCategory.Injured)]
    [InlineData("Militants abducted 30 schoolgirls.", 30, ClaimCategory.Other)]
    [InlineData("Police estimated the crowd at 15,000.", 15000, ClaimCategory.Other)]
    [InlineData("The government approved a 2.3-billion-euro aid package.", 2300000000, ClaimCategory.Money)]
    [InlineData("The flood killed nine people. Two children were among them.", 2, ClaimCategory.Dead)]
    [InlineData("The quake killed 300 people. More than 1,000 buildings were damaged and 20,000 people lost power.", 20000, ClaimCategory.Other)]
    [InlineData("The quake killed 300 people. Some 20,000 people are living in tents.", 20000, ClaimCategory.Displaced)]
    [InlineData("Some 5,000 people were evacuated. About 300 people must stay away.", 300, ClaimCategory.Evacuated)]
    [InlineData("Staff managed to move 64 others to safety.", 64, ClaimCategory.Evacuated)]
    [InlineData("Around 1,100 remain in temporary shelters.", 1100, ClaimCategory.Displaced)]
    [InlineData("Eighty-one were injured, and crews were cutting through the wreckage to reach two people believed trapped inside.", 2, ClaimCategory.Other)]
    [InlineData("Dengue cases have climbed to 18,400 this year.", 18400, ClaimCategory.Other)]
    [InlineData("Authorities ordered some 14,000 residents to leave, and more than 10,000 had reached shelters.", 10000, ClaimCategory.Evacuated)]
    [InlineData("The outbreak has sickened at least 1,350 children and claimed 19 lives.", 1350, ClaimCategory.Other)]
    [InlineData("The fire left an estimated 5,000 people without a roof.", 5000, ClaimCategory.Displaced)]
    [InlineData("The camp was built for 12,000 people but now holds more than 30,000.", 30000, ClaimCategory.Other)]
    [InlineData("14 rioters and nine police officers were killed in clashes.", 14, ClaimCategory.Dead)]
    [InlineData("Around 1,200 guests were flown out of the resort by helicopter.", 1200, ClaimCategory.Evacuated)]
    [InlineData("Riot police broke up the sit-in, and 23 nurses were briefly held.", 23, ClaimCategory.Arrested)]
    [InlineData("The bus had capacity for 45 passengers but was carrying 58, police said.", 58, ClaimCategory.Other)]
    [InlineData("Emergency departments have treated about 3,400 people for heat-related illness.", 3400, ClaimCategory.Injured)]
    [InlineData("Police held 23 nurses. The union put the number of strikers at 18,000.", 18000, ClaimCategory.Other)]
    [InlineData("Police said 40 people were arrested. Organisers put the figure at 65.", 65, ClaimCategory.Arrested)]
    [InlineData("An estimated 2,700 people are staying in relief camps.", 2700, ClaimCategory.Displaced)]
    [InlineData("Another 17 are feared buried, officials said.", 17, ClaimCategory.Missing)]
    [InlineData("Gunmen abducted 42 pupils and three teachers.", 3, ClaimCategory.Other)]
    [InlineData("One guard was shot dead.", 1, ClaimCategory.Dead)]
    [InlineData("Fire chiefs said 2,400 people had been ordered out of their homes.", 2400, ClaimCategory.Evacuated)]
    [InlineData("The opposition said the plan would push 300,000 more people into poverty.", 300000, ClaimCategory.Other)]
    public void CategoryOfEachNumber(string text, double value, ClaimCategory category) =>
        Assert.Equal(category, Assert.Single(Analyse(text).Claims, c => c.Low == value).Category);

    [Fact]
    public void MoneyIsNotCarriedToPeople() =>
        Assert.Equal(ClaimCategory.Other, Assert.Single(Analyse("Aid agencies appealed for $120 million. The agency said some 1.6 million people needed help.").Claims, c => c.Low == 1600000).Category);

    [Theory]
    [InlineData("Kozhulich, 58, ran the ministry.")]
    [InlineData("Ferrowick beat Ashdown 3-1 on Saturday.")]
    [InlineData("Thousands of people took to the streets.")]
    [InlineData("Russia was one of the destinations being considered.")]
    [InlineData("Her 1938 death certificate lists no parents.")]
    [InlineData("It was a partnership between two passionately ambitious people.")]
    public void NotClaims(string text) => Assert.Empty(Analyse(text).Claims);

    [Theory]
    [InlineData("The protests have killed a dozen people, the health ministry said.", "the health ministry")]
    [InlineData("According to state TV, 14 rioters were killed.", "state TV")]
    [InlineData("The authorities claimed that 26 people had been killed.", "The authorities")]
    [InlineData("Around 4,400 people were arrested, reported the state television.", "the state television")]
    [InlineData("The interior ministry said on Friday that about 3,400 people had been detained.", "The interior ministry")]
    public void Attribution(string text, string source) => Assert.Equal(source, Single(text).Attribution);

    [Fact]
    public void SubsetsInheritTheCategory()
    {
        var claims = Analyse("The authorities say 23 people died, among them nine police officers.").Claims;
        Assert.Equal([(ClaimCategory.Dead, 23.0), (ClaimCategory.Dead, 9.0)], claims.Select(c => (c.Category, c.Low)));
        Assert.Equal("police officers", claims[1].Subject);
    }

    [Fact]
    public void HedgeInTheNextParagraphCoversThePrecedingFigures()
    {
        var article = Analyse("About 2,000 troops arrived on Wednesday.\n\nThe protests have killed 12 people. More than 600 people have been injured.\n\n"
            + "The ministry said 3,000 people were arrested.\n\nThese figures could not be independently verified.");
        Assert.Equal([false, true, true, true], article.Claims.Select(c => c.Hedged));
    }

    [Fact]
    public void HedgeInTheSameSentence()
    {
        var claim = Single("Officials said 40 people died, a figure that could not be independently confirmed.");
        Assert.True(claim.Hedged);
    }

    [Fact]
    public void AsOfFollowsTheReportingVerbOrElseTheReportingDate()
    {
        var claims = Analyse("Nearly 3,900 people were detained, the interior ministry said on Thursday. More than 600 people were injured.").Claims;
        Assert.Equal(["2022-01-06", "2022-01-08"], claims.Select(c => c.AsOf));
    }

    [Fact]
    public void QualifiersAndRangesSurviveIntoClaims()
    {
        var claim = Single("Western diplomats estimate that between 25 and 35 people were killed.");
        Assert.Equal((25.0, 35.0, Qualifier.Exact, "Western diplomats"), (claim.Low, claim.High, claim.Qualifier, claim.Attribution));
    }

    [Fact]
    public void QuotesHaveSpeakerAndVerb()
    {
        var quotes = Analyse("\"The situation was calm, so I got out of my car,\" Leonid Kiselev said in a queue. \"Then the shots came from nowhere.\"").Quotes;
        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal(("Leonid Kiselev", "said"), (q.Speaker, q.Verb)));
    }
}

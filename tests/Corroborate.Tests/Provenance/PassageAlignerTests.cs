using Corroborate.Core.Provenance;
using static Corroborate.Tests.Provenance.ProvenanceFixtures;

namespace Corroborate.Tests.Provenance;

public class PassageAlignerTests
{
    private static readonly PassageAligner Aligner = new(ProvenanceOptions.Default);

    private static Alignment Align(string a, string b) => Aligner.Align(a, WordTokens.Of(a), b, WordTokens.Of(b));

    [Fact]
    public void IdenticalTextsAreOnePassageCoveringEverything()
    {
        var alignment = Align(Wire, Wire);
        var passage = Assert.Single(alignment.Passages);
        Assert.Equal(1.0, alignment.CoverageA, 3);
        Assert.Equal(Wire.TrimEnd(), Wire[passage.A.Start..passage.A.End].TrimEnd());
    }

    [Fact]
    public void ReorderedParagraphsAreFoundEachWhereItMovedTo()
    {
        var p = Paragraphs(Wire);
        string reordered = string.Join("\n\n", p[3], p[0], p[4], p[1], p[2]);
        var alignment = Align(Wire, reordered);
        Assert.True(alignment.CoverageA > 0.97 && alignment.CoverageB > 0.97, $"{alignment.CoverageA} {alignment.CoverageB}");
        foreach (var passage in alignment.Passages)
            Assert.Equal(Words(Wire[passage.A.Start..passage.A.End]), Words(reordered[passage.B.Start..passage.B.End]));
    }

    [Fact]
    public void EditedWordsInsertedParagraphsQuotesAndNamesStayInsideTheirPassage()
    {
        string copy = Wire
            .Replace("was arrested", "has been arrested")
            .Replace("Massimov", "Masimov")
            .Replace("Nazarbayev", "Nazarbaïev")
            .Replace("permanent contact", "“permanent” contact")
            .Replace("the Kremlin said.", "the Kremlin said.\n\nThis paragraph was written by the copying outlet and appears nowhere in the original story at all.")
            .Replace(", while", " while");
        var alignment = Align(Wire, copy);
        Assert.True(alignment.CoverageA > 0.97, $"coverage of the original {alignment.CoverageA}");
        Assert.True(alignment.CoverageB is > 0.85 and < 0.95, $"coverage of the copy {alignment.CoverageB}");
        int inserted = copy.IndexOf("This paragraph", StringComparison.Ordinal);
        Assert.DoesNotContain(alignment.Passages, p => p.B.Start <= inserted && inserted < p.B.End);
    }

    [Fact]
    public void TruncatedCopyIsCoveredWholeAndItsSourceInPart()
    {
        string copy = string.Join("\n\n", Paragraphs(Wire)[..2]);
        var alignment = Align(Wire, copy);
        Assert.Equal(1.0, alignment.CoverageB, 2);
        Assert.InRange(alignment.CoverageA, 0.3, 0.5);
    }

    [Fact]
    public void UnrelatedTextsShareNothing()
    {
        Assert.Empty(Align(Wire, Unrelated).Passages);
    }

    private static string Words(string s) => string.Join(' ', s.Split(' ', '\n').Where(w => w.Length > 0));
}

public class QuotedCoverageTests
{
    private static readonly PassageAligner Aligner = new(ProvenanceOptions.Default);

    private static Alignment Align(string a, string b) => Aligner.Align(a, WordTokens.Of(a), b, WordTokens.Of(b));

    private const string Statement = "\"During the flight the cabin crew became aware that one of the passengers boarded the incorrect flight and notified the pilot,\" the airline said.";

    [Fact]
    public void TwoReportsQuotingOneStatementAreNotCopies()
    {
        string a = "A Tokyo-bound jet returned to Los Angeles on Tuesday after four hours in the air. " + Statement + " Passengers were offered hotel rooms for the night.";
        string b = "Travellers on an overnight service to Japan spent eight hours going nowhere this week. " + Statement + " The carrier apologised to everyone on board.";
        var alignment = Align(a, b);
        Assert.Single(alignment.Passages); // the statement is found...
        Assert.True(alignment.Similarity < ProvenanceOptions.Default.CopyThreshold, $"{alignment.Similarity}"); // ...but is not evidence of copying
    }

    [Fact]
    public void ARepublishedNarrativeCountsInFullWhateverTheArticleQuotesBesides()
    {
        const string wire = "A Tokyo-bound jet returned to Los Angeles International Airport on Tuesday because the crew learned four hours into the flight that a passenger was on the wrong plane.";
        string a = wire + " \"We apologise to every passenger on board for the inconvenience and the long wait.\"";
        string b = "Travellers spent eight hours going nowhere this week, a local paper reported on its front page today. " + wire;
        Assert.True(Align(a, b).CoverageA > 0.95, $"{Align(a, b).CoverageA}");
    }

    [Fact]
    public void AnArticleThatIsAllQuoteIsMeasuredOnAllItsWords()
    {
        const string tweet = "\"Falcon Heavy to launch next month from Apollo 11 pad at the Cape. Will have double thrust of next largest rocket.\"";
        Assert.True(Align(tweet, "Elon Musk wrote on Saturday: " + tweet).CoverageA > 0.95);
    }
}

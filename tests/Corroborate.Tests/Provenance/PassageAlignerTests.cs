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

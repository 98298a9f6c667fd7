using Corroborate.Core.Provenance;

namespace Corroborate.Tests.Provenance;

public class WordTokensTests
{
    private static ulong[] Hashes(string text) => WordTokens.Of(text).Hashes.ToArray();

    [Theory]
    [InlineData("Nazarbayev said", "Nazarbaïev said")]
    [InlineData("Karim Massimov", "Karim Masimov")]
    [InlineData("Vladimir Putin", "Vladimir Poutine")]
    [InlineData("Tokayev", "Tokáyev")]
    public void NameSpellingVariantsHashAlike(string a, string b) => Assert.Equal(Hashes(a), Hashes(b));

    [Fact]
    public void CaseDiacriticsPunctuationAndQuotesAreIgnored()
    {
        Assert.Equal(Hashes("\"the crisis\" – he said, café"), Hashes("“The crisis,” he SAID: cafe"));
    }

    [Fact]
    public void DifferentLowerCaseWordsDiffer()
    {
        // Only words of five letters or more are reduced to consonants.
        Assert.NotEqual(Hashes("cat"), Hashes("cut"));
    }

    [Fact]
    public void OffsetsPointAtTheWords()
    {
        const string text = "Hello, “big” world.";
        var tokens = WordTokens.Of(text);
        Assert.Equal(["Hello", "big", "world"], Enumerable.Range(0, tokens.Count).Select(i => text[tokens.Starts[i]..tokens.Ends[i]]));
    }
}

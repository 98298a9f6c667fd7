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

public class WordTokensQuotationTests
{
    private static string[] QuotedWords(string text)
    {
        var tokens = WordTokens.Of(text);
        return Enumerable.Range(0, tokens.Count).Where(i => tokens.IsQuoted[i]).Select(i => text[tokens.Starts[i]..tokens.Ends[i]]).ToArray();
    }

    [Theory]
    [InlineData("He said \"we will stay\" and left.", "we will stay")]
    [InlineData("He said “we will stay” and left.", "we will stay")]
    [InlineData("'During the flight,' the airline said.", "During the flight")]
    [InlineData("She wrote: ‘It is over.’ Then she left.", "It is over")]
    public void WordsInsideQuotationMarksAreQuoted(string text, string quoted) => Assert.Equal(quoted.Split(' '), QuotedWords(text));

    [Fact]
    public void ApostrophesQuoteNothing() => Assert.Empty(QuotedWords("Musk's rocket took the players' bags, didn't it?"));

    [Fact]
    public void AnUnclosedQuoteEndsWithItsLine() => Assert.Equal(["first", "line"], QuotedWords("\"first line\nsecond line"));
}

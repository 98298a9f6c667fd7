using Corroborate.Core.Text;

namespace Corroborate.Tests.Text;

public class TokenizerTests
{
    private static string[] Words(string text) => Tokenizer.Tokenize(text).Select(t => text[t.Start..t.End]).ToArray();

    [Theory]
    [InlineData("Mr. Brandt met Dr. Okafor.", "Mr.|Brandt|met|Dr.|Okafor|.")]
    [InlineData("The U.S. sent 4,000 troops, 2.2 tonnes and $1,000.5 on Jan. 5.", "The|U.S.|sent|4,000|troops|,|2.2|tonnes|and|$|1,000.5|on|Jan.|5|.")]
    [InlineData("J. R. Varga lives on St. Ives Road.", "J.|R.|Varga|lives|on|St.|Ives|Road|.")]
    [InlineData("\"We won't stop,\" said Jean-Luc Ardèche-Morin.", "\"|We|wo|n't|stop|,|\"|said|Jean-Luc|Ardèche-Morin|.")]
    [InlineData("Velmaria's capital and O'Dowd’s office", "Velmaria|'s|capital|and|O'Dowd|’s|office")]
    [InlineData("Wait... what… ok -- fine", "Wait|...|what|…|ok|--|fine")]
    [InlineData("“Quoted” (in brackets)", "“|Quoted|”|(|in|brackets|)")]
    [InlineData("Nazarbaïev and Tokáyev", "Nazarbaïev|and|Tokáyev")]
    public void Splits_news_text(string text, string expected) => Assert.Equal(expected.Split('|'), Words(text));

    [Fact]
    public void Offsets_point_into_the_text()
    {
        const string text = "  Mr.  Qorvan, 3,5 km.\nNext";
        foreach (var t in Tokenizer.Tokenize(text)) Assert.False(string.IsNullOrWhiteSpace(text[t.Start..t.End]));
        Assert.Equal(2, Tokenizer.Tokenize(text)[0].Start);
    }

    [Fact]
    public void No_is_an_abbreviation_only_before_a_number()
    {
        Assert.Equal(["Room", "No.", "5"], Words("Room No. 5"));
        Assert.Equal(["He", "said", "no", "."], Words("He said no."));
    }
}

public class SentenceSplitterTests
{
    private static string[] Sentences(string text)
    {
        var tokens = Tokenizer.Tokenize(text);
        return SentenceSplitter.Split(text, tokens, ParagraphSplitter.Split(text)).Select(s => text[s.Start..s.End]).ToArray();
    }

    [Fact]
    public void Text_without_sentence_ends_is_cut_into_pieces_of_at_most_MaxTokens()
    {
        string text = string.Join(" ", Enumerable.Range(0, SentenceSplitter.MaxTokens * 2 + 10).Select(i => $"w{i}"));
        var pieces = Sentences(text);
        Assert.Equal([SentenceSplitter.MaxTokens, SentenceSplitter.MaxTokens, 10], pieces.Select(p => p.Split(' ').Length));
        Assert.Equal(text, string.Join(" ", pieces));
    }

    [Fact]
    public void Titles_and_initials_do_not_end_sentences()
    {
        Assert.Equal(["Mr. Brandt met J. K. Varga in St. Ives on Jan. 4 at 5 p.m. on the quay.", "They talked."],
            Sentences("Mr. Brandt met J. K. Varga in St. Ives on Jan. 4 at 5 p.m. on the quay. They talked."));
    }

    [Fact]
    public void Quotes_and_abbreviations_at_sentence_end()
    {
        Assert.Equal(["\"We will return.\"", "The minister left for the U.S.", "The talks ended."],
            Sentences("\"We will return.\" The minister left for the U.S. The talks ended."));
    }

    [Fact]
    public void Paragraphs_and_questions_end_sentences()
    {
        Assert.Equal(["Headline without a stop", "Why now?", "Nobody knows...", "Really."],
            Sentences("Headline without a stop\n\nWhy now? Nobody knows... Really."));
    }

    [Fact]
    public void Lower_case_after_a_dot_continues_the_sentence()
    {
        Assert.Single(Sentences("Prices rose by approx. ten percent in Korvia."));
    }
}

using Corroborate.Core;
using Corroborate.Core.Cleaning;
using Corroborate.Core.Ingest;

namespace Corroborate.Tests.Cleaning;

public class TextLayoutTests
{
    private static Article Layout(string text) =>
        new Pipeline([new TextLayout()]).Run(new ArticleDraft { Path = "a.txt", Format = SourceFormat.Text, Text = text });

    [Fact]
    public void DatelineBecomesThePublicationDate()
    {
        var a = Layout("March 28, 2025 4:12 pm\n\nMinister arrested after week of protests\n\nThe former minister was detained on Thursday.");
        Assert.Equal(new DateTimeOffset(2025, 3, 28, 16, 12, 0, TimeSpan.Zero), a.Published);
        Assert.Equal("Minister arrested after week of protests", a.Title);
        Assert.StartsWith("The former minister", a.Text);
    }

    [Fact]
    public void BylineBecomesTheAuthor()
    {
        var a = Layout("Port blast kills five\n\nby Ana Lind and Piet Moss\n\nFive workers died in the blast, officials said.");
        Assert.Equal("Ana Lind and Piet Moss", a.Author);
        Assert.DoesNotContain("Ana Lind", a.Text);
    }

    [Fact]
    public void TextWithoutHeadlineGetsItsFirstSentenceAsTitle()
    {
        var a = Layout("The situation remained tense in the capital on Saturday, officials said. More followed.\nAnother paragraph here.");
        Assert.Equal("The situation remained tense in the capital on Saturday, officials said", a.Title);
        Assert.StartsWith("The situation", a.Text);
    }

    [Theory]
    [InlineData("January 22, 2022 5:44 pm", 2022, 1, 22)]
    [InlineData("22 January 2022", 2022, 1, 22)]
    [InlineData("Sat, Jan. 8, 2022", 2022, 1, 8)]
    [InlineData("Published on: June 3, 2025 at 09:15", 2025, 6, 3)]
    [InlineData("2025-06-03T09:15:00Z", 2025, 6, 3)]
    public void ParsesDatelines(string line, int y, int m, int d)
    {
        Assert.True(DatelineParser.TryParse(line, out var date));
        Assert.Equal(new DateTime(y, m, d), date.Date);
    }

    [Theory]
    [InlineData("February 30, 2022")]
    [InlineData("The talks in January 2022 failed")]
    [InlineData("Sometime in 2022")]
    public void RejectsNonDatelines(string line) => Assert.False(DatelineParser.TryParse(line, out _));
}

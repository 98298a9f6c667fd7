using System.Text;
using Corroborate.Core.Extraction;

namespace Corroborate.Tests.Extraction;

public class ExtractorTests
{
    private const string Prose1 = "The city council voted on Tuesday to close the old harbour bridge, citing a survey that found corrosion in two of its main supports.";
    private const string Prose2 = "Engineers said repairs would take at least eighteen months, and the council has asked the regional government to share the cost.";
    private const string Prose3 = "Residents, who have used the bridge for ninety years, will be diverted to a ferry service that starts running next week.";

    private static string Page(string body, string head = "") =>
        $"<!DOCTYPE html><html lang=\"en-GB\"><head><title>Bridge to close | Harbour Herald</title>{head}</head><body>{body}</body></html>";

    [Fact]
    public void KeepsArticleParagraphsHeadingsAndListsAndDropsFurniture()
    {
        string html = Page($"""
            <nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li></ul></nav>
            <div class="cookie-banner"><p>We use cookies to improve your experience, by continuing you accept them all.</p></div>
            <main><article>
              <h1>Bridge to close</h1>
              <p class="byline">By Jane Smith</p>
              <div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Share on X</a></div>
              <p>{Prose1}</p>
              <h2>Eighteen months of work</h2>
              <p>{Prose2}</p>
              <ul><li>Ferries every twenty minutes</li><li>Free for residents</li></ul>
              <blockquote>We had no choice, said the mayor, the survey left no doubt at all.</blockquote>
              <p>{Prose3}</p>
              <div class="related-articles"><h3>Related</h3><ul><li><a href="/a">Harbour plans approved</a></li><li><a href="/b">Ferry fares to rise</a></li></ul></div>
            </article></main>
            <section id="comments"><p>Great article, thanks for writing it, I have used that bridge every single day.</p></section>
            <footer><p>© 2024 Harbour Herald. All rights reserved.</p></footer>
            """);
        var page = PageExtractor.Extract(html);
        Assert.Equal(
            [Prose1, "Eighteen months of work", Prose2, "Ferries every twenty minutes", "Free for residents", "We had no choice, said the mayor, the survey left no doubt at all.", Prose3],
            page.Paragraphs.Select(p => p.Text));
        Assert.Equal(ParagraphKind.Heading, page.Paragraphs[1].Kind);
        Assert.Equal(ParagraphKind.ListItem, page.Paragraphs[3].Kind);
        Assert.Equal(ParagraphKind.Quote, page.Paragraphs[5].Kind);
        Assert.Equal(string.Join("\n\n", page.Paragraphs.Select(p => p.Text)), page.Text);
    }

    [Fact]
    public void ReadsMetadataFromJsonLdAndMetaTags()
    {
        string head = """
            <link rel="canonical" href="https://harbour.example/news/bridge">
            <meta property="og:site_name" content="Harbour Herald">
            <meta property="og:title" content="Bridge to close">
            <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"HH"},
              {"@type":"NewsArticle","headline":"Bridge to close","datePublished":"2024-03-05T09:30:00+01:00","author":[{"@type":"Person","name":"Jane Smith"}]}]}</script>
            """;
        var page = PageExtractor.Extract(Page($"<article><p>{Prose1}</p><p>{Prose2}</p></article>", head));
        Assert.Equal("Bridge to close", page.Title);
        Assert.Equal(new DateTimeOffset(2024, 3, 5, 9, 30, 0, TimeSpan.FromHours(1)), page.Published);
        Assert.Equal("Jane Smith", page.Author);
        Assert.Equal("Harbour Herald", page.Site);
        Assert.Equal("en", page.Language);
        Assert.Equal("https://harbour.example/news/bridge", page.Url);
    }

    [Fact]
    public void TitleLosesTheSiteSuffixAndIsNotRepeatedInTheText()
    {
        var page = PageExtractor.Extract(Page($"<article><h1>Bridge to close</h1><p>{Prose1}</p><p>{Prose2}</p></article>"));
        Assert.Equal("Bridge to close", page.Title);
        Assert.DoesNotContain(page.Paragraphs, p => p.Text == "Bridge to close");
    }

    [Theory]
    [InlineData("<time datetime=\"2023-11-02T14:00:00Z\">2 Nov</time>", null, "2023-11-02T14:00:00+00:00")]
    [InlineData("", "https://harbour.example/2021/07/19/bridge-closes", "2021-07-19")]
    [InlineData("<div class=\"when\">Published 12 March 2022</div>", null, "2022-03-12")]
    [InlineData("<div class=\"photo-gallery\"><time datetime=\"2001-09-14T09:00:00Z\">14 Sep 2001</time></div>"
        + "<time datetime=\"2016-07-15T08:00:00Z\">15 July</time>", null, "2016-07-15T08:00:00+00:00")]
    public void FindsThePublishedDateInMarkupUrlOrDateline(string dateMarkup, string? url, string expected)
    {
        var page = PageExtractor.Extract(Page($"{dateMarkup}<article><p>{Prose1}</p><p>{Prose2}</p></article>"), url);
        Assert.NotNull(page.Published);
        Assert.Equal(expected, expected.Length == 10 ? DateText.Format(page.Published.Value) : page.Published.Value.ToString("yyyy-MM-dd'T'HH:mm:sszzz"));
    }

    [Fact]
    public void HonoursDeclaredCharsets()
    {
        var latin1 = Encoding.Latin1.GetBytes($"<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\"></head><body><p>Café crème in Zürich. {Prose1}</p></body></html>");
        Assert.Contains("Café crème in Zürich.", PageExtractor.Extract(latin1).Text);

        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var cyrillic = Encoding.GetEncoding("windows-1251").GetBytes($"<html><head><meta charset=\"windows-1251\"></head><body><p>Привет, мир. {Prose1}</p></body></html>");
        Assert.Contains("Привет, мир.", PageExtractor.Extract(cyrillic).Text);
    }

    [Fact]
    public void WrongOrMissingCharsetsFallBackSensibly()
    {
        // Declared UTF-8 but really Windows-1252 bytes: not valid UTF-8, so the declaration loses.
        var mislabelled = Encoding.Latin1.GetBytes($"<html><head><meta charset=\"utf-8\"></head><body><p>Café {Prose1}</p></body></html>");
        Assert.Contains("Café", PageExtractor.Extract(mislabelled).Text);
        // Declared Latin-1 but valid UTF-8: the bytes win.
        var utf8 = Encoding.UTF8.GetBytes($"<html><head><meta charset=\"iso-8859-1\"></head><body><p>Zürich — {Prose1}</p></body></html>");
        Assert.Contains("Zürich —", PageExtractor.Extract(utf8).Text);
        // No declaration, not UTF-8: Windows-1252.
        var undeclared = Encoding.Latin1.GetBytes($"<html><body><p>Señor {Prose1}</p></body></html>");
        Assert.Contains("Señor", PageExtractor.Extract(undeclared).Text);
        // An unknown charset name is ignored.
        var unknown = Encoding.UTF8.GetBytes($"<html><head><meta charset=\"x-made-up\"></head><body><p>{Prose1}</p></body></html>");
        Assert.Contains(Prose1, PageExtractor.Extract(unknown).Text);
    }

    [Fact]
    public void ByteOrderMarkWins()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes($"<html><body><p>Ünïcode {Prose1}</p></body></html>")).ToArray();
        Assert.Contains("Ünïcode", PageExtractor.Extract(bytes).Text);
    }
}

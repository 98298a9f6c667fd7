using System.Text;
using Corroborate.Core;
using Corroborate.Core.Ingest;

namespace Corroborate.Tests.Ingest;

public class ReaderTests
{
    private static ReadResult Read(string path, string content) => DocumentReader.Read(new RawDocument(path, Encoding.UTF8.GetBytes(content)));

    [Fact]
    public void JsonLinesReadsGoodLinesAndReportsBadOnesByLine()
    {
        string jsonl = """
            {"url":"https://a.example/1","source":"A Times","title":"One","published":"2025-03-14T09:30:00+01:00","text":"Body one."}
            not json at all
            {"title":"No body"}
            {"source":"B Post","title":"Two","published":"yesterday","text":"Body two."}

            {"source":"C Daily","html":"<html><body><article><p>Body three from HTML.</p></article></body></html>"}
            """;
        var r = Read("feed.jsonl", jsonl);
        Assert.Equal(["One", null], r.Drafts.Select(d => d.Title));
        Assert.Equal(new DateTimeOffset(2025, 3, 14, 9, 30, 0, TimeSpan.FromHours(1)), r.Drafts[0].Published);
        Assert.Equal("Body three from HTML.", r.Drafts[1].Text);
        Assert.Equal(["feed.jsonl:2", "feed.jsonl:3", "feed.jsonl:4"], r.Skipped.Select(s => s.Path));
        Assert.Contains("not a date", r.Skipped[2].Reason);
    }

    [Fact]
    public void HtmlReadsTitleMetadataAndBodyBlocks()
    {
        string html = """
            <!DOCTYPE html><html lang="en-GB"><head><title>Page title</title>
            <meta property="og:site_name" content="Harbour Herald">
            <meta property="article:published_time" content="2025-06-03T08:00:00Z">
            <link rel="canonical" href="https://harbour.example/blast"></head>
            <body><nav><ul><li>Home</li><li>World</li></ul></nav>
            <article><h1>Blast at plant</h1><p>Five workers died.</p><h2>Rescue</h2><p>Teams searched the site.</p></article>
            <footer><p>© Harbour Herald</p></footer></body></html>
            """;
        var d = Assert.Single(Read("page.html", html).Drafts);
        Assert.Equal("Page title", d.Title);
        Assert.Equal("Harbour Herald", d.Source);
        Assert.Equal("https://harbour.example/blast", d.Url);
        Assert.Equal("en", d.Language);
        Assert.Equal(new DateTimeOffset(2025, 6, 3, 8, 0, 0, TimeSpan.Zero), d.Published);
        Assert.Equal("Blast at plant\n\nFive workers died.\n\nRescue\n\nTeams searched the site.", d.Text);
    }

    [Theory]
    [InlineData("notes", "<!DOCTYPE html><html><body><p>x</p></body></html>", SourceFormat.Html)]
    [InlineData("notes", "{\"text\":\"x\"}", SourceFormat.JsonLines)]
    [InlineData("notes", "Just words.", SourceFormat.Text)]
    [InlineData("a.txt", "<html>", SourceFormat.Text)]
    public void DetectsFormatFromExtensionThenContent(string path, string content, SourceFormat expected) =>
        Assert.Equal(expected, DocumentReader.DetectFormat(path, content));

    [Fact]
    public void BinaryAndBlankDocumentsAreSkippedWithReasons()
    {
        Assert.Contains("binary", DocumentReader.Read(new RawDocument("x.bin", [0x00, 0x01, 0x02, 0x03])).Skipped.Single().Reason);
        Assert.Contains("whitespace", Read("blank.txt", "  \n\t\n").Skipped.Single().Reason);
    }
}

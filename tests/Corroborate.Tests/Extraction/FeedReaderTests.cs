using System.Text;
using Corroborate.Core;
using Corroborate.Core.Ingest;

namespace Corroborate.Tests.Extraction;

public class FeedReaderTests
{
    private static ReadResult Read(string path, string content) => DocumentReader.Read(new RawDocument(path, Encoding.UTF8.GetBytes(content)));

    [Fact]
    public void RssItemsUseFullContentOrDescriptionWithLink()
    {
        string rss = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
            <channel><title>Harbour Herald</title><language>en-gb</language>
              <item><title>Bridge to close</title><link>https://harbour.example/bridge</link>
                <pubDate>Tue, 05 Mar 2024 09:30:00 GMT</pubDate><dc:creator>Jane Smith</dc:creator>
                <description>Short teaser.</description>
                <content:encoded><![CDATA[<p>The council voted to close the bridge.</p><p>Ferries start next week.</p>]]></content:encoded></item>
              <item><title>Ferry fares</title><link>https://harbour.example/fares</link>
                <description>&lt;p&gt;Fares rise by ten per cent in May.&lt;/p&gt;</description></item>
              <item><title>Empty</title><link>https://harbour.example/empty</link></item>
            </channel></rss>
            """;
        var r = Read("news.rss", rss);
        Assert.Equal(2, r.Drafts.Count);
        var first = r.Drafts[0];
        Assert.Equal(SourceFormat.Feed, first.Format);
        Assert.Equal("The council voted to close the bridge.\n\nFerries start next week.", first.Text);
        Assert.Equal("Bridge to close", first.Title);
        Assert.Equal("https://harbour.example/bridge", first.Url);
        Assert.Equal("Harbour Herald", first.Source);
        Assert.Equal("Jane Smith", first.Author);
        Assert.Equal("en", first.Language);
        Assert.Equal(new DateTimeOffset(2024, 3, 5, 9, 30, 0, TimeSpan.Zero), first.Published);
        Assert.Equal("Fares rise by ten per cent in May.", r.Drafts[1].Text);
        Assert.Equal("https://harbour.example/fares", r.Drafts[1].Url);
        Assert.Equal("news.rss#3", Assert.Single(r.Skipped).Path);
    }

    [Fact]
    public void AtomEntriesReadXhtmlContentAndSummaries()
    {
        string atom = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom"><title>Harbour Herald</title>
              <entry><title>Bridge to close</title><link rel="alternate" href="https://harbour.example/bridge"/>
                <published>2024-03-05T09:30:00+01:00</published><author><name>Jane Smith</name></author>
                <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>The council voted.</p><p>Ferries start soon.</p></div></content></entry>
              <entry><title>Fares</title><link href="https://harbour.example/fares"/><updated>2024-03-06T10:00:00Z</updated>
                <summary type="html">&lt;p&gt;Fares rise in May.&lt;/p&gt;</summary></entry>
            </feed>
            """;
        var r = Read("feed.xml", atom);
        Assert.Equal(["The council voted.\n\nFerries start soon.", "Fares rise in May."], r.Drafts.Select(d => d.Text));
        Assert.Equal("Jane Smith", r.Drafts[0].Author);
        Assert.Equal(new DateTimeOffset(2024, 3, 5, 9, 30, 0, TimeSpan.FromHours(1)), r.Drafts[0].Published);
        Assert.Equal("https://harbour.example/fares", r.Drafts[1].Url);
    }

    [Fact]
    public void BrokenFeedsAndEntityTricksAreSkippedWithAReason()
    {
        var broken = Read("broken.rss", "<rss><channel><item><title>x</title>");
        Assert.Empty(broken.Drafts);
        Assert.Contains("not a readable feed", Assert.Single(broken.Skipped).Reason);

        // A DTD is ignored, so entities cannot expand ("billion laughs") or fetch files.
        string bomb = """<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><rss><channel><item><description>&b;</description></item></channel></rss>""";
        Assert.Empty(Read("bomb.rss", bomb).Drafts);
    }
}

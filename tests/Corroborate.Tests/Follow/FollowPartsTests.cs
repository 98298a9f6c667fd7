using Corroborate.Follow;

namespace Corroborate.Tests.Follow;

/// <summary>The parts of <c>follow</c> that need no network: robots.txt, durations, source lists, links.</summary>
public sealed class FollowPartsTests
{
    [Fact]
    public void RobotsRulesPreferOurGroupAndTheLongestMatch()
    {
        var rules = RobotsRules.Parse("""
            User-agent: *
            Disallow: /

            User-agent: Googlebot
            User-agent: Corroborate
            Disallow: /private/
            Allow: /private/open-*.html$
            Crawl-delay: 3
            """, "Corroborate");
        Assert.True(rules.Allows("/news/1.html"));
        Assert.False(rules.Allows("/private/1.html"));
        Assert.True(rules.Allows("/private/open-1.html"));
        Assert.False(rules.Allows("/private/open-1.html?x=1"));
        Assert.Equal(TimeSpan.FromSeconds(3), rules.CrawlDelay);
        Assert.False(RobotsRules.Parse("User-agent: *\nDisallow: /\n", "Corroborate").Allows("/a"));
        Assert.True(RobotsRules.Parse("User-agent: other\nDisallow: /\n", "Corroborate").Allows("/a"));
    }

    [Theory]
    [InlineData("30s", 30)]
    [InlineData("10m", 600)]
    [InlineData("1h", 3600)]
    [InlineData("500ms", 0.5)]
    [InlineData("45", 45)]
    public void DurationsReadAsWritten(string text, double seconds) =>
        Assert.Equal(TimeSpan.FromSeconds(seconds), Durations.Parse(text));

    [Theory]
    [InlineData("ten minutes")]
    [InlineData("-5s")]
    [InlineData("")]
    public void NotDurations(string text) => Assert.Null(Durations.Parse(text));

    [Fact]
    public void SourceListsRefuseWhatIsNotAnHttpUrlWithWhere()
    {
        using var temp = new TempDir();
        string list = temp.Write("feeds.txt", "https://example.org/feed.xml\nftp://example.org/feed\n");
        var e = Assert.Throws<SourceListException>(() => SourceList.Read([list]));
        Assert.Contains("feeds.txt:2", e.Message);
        Assert.Throws<SourceListException>(() => SourceList.Read([temp.File("missing.opml")]));
        Assert.Throws<SourceListException>(() => SourceList.Read([temp.Write("bad.opml", "<opml><body><outline")]));
        const string feed = "https://example.org/feed.xml";
        Assert.Equal([feed], SourceList.Read([feed, feed]).Select(u => u.AbsoluteUri));
    }

    [Fact]
    public void LinksAreNormalisedSoThatOnePageIsMetOnce()
    {
        Assert.Equal("https://example.org/a?id=1", Links.Normalise("HTTPS://Example.org:443/a?utm_source=x&id=1#top"));
        Assert.Equal("https://example.org/b", Links.Normalise("/b", new Uri("https://example.org/feed.xml")));
        Assert.Null(Links.Normalise("mailto:desk@example.org"));
    }

    [Fact]
    public void SitemapsListTheirPagesWithGoogleNewsTitlesAndIndexesTheirSitemaps()
    {
        var urlset = SourceListing.Read("""
            <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
                    xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
              <url><loc>https://example.org/a.html</loc><lastmod>2026-12-01</lastmod>
                <news:news><news:publication_date>2026-12-01T07:00:00Z</news:publication_date>
                <news:title>Flood warning</news:title></news:news></url>
              <url><loc>https://example.org/b.html</loc></url>
            </urlset>
            """u8.ToArray(), new Uri("https://example.org/sitemap.xml"));
        Assert.Equal(SourceListing.Sitemap, urlset.Kind);
        var published = new DateTimeOffset(2026, 12, 1, 7, 0, 0, TimeSpan.Zero);
        Assert.Equal(("Flood warning", published), (urlset.Items[0].Title, urlset.Items[0].Published!.Value));
        Assert.Equal(2, urlset.Items.Count);
        var index = SourceListing.Read("""
            <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
              <sitemap><loc>https://example.org/s1.xml</loc><lastmod>2026-12-01</lastmod></sitemap>
            </sitemapindex>
            """u8.ToArray(), new Uri("https://example.org/sitemap.xml"));
        Assert.Equal("https://example.org/s1.xml", Assert.Single(index.Sitemaps).Url.AbsoluteUri);
        var site = new Uri("https://example.org/");
        Assert.Throws<SourceFormatException>(() => SourceListing.Read("<html><body/></html>"u8.ToArray(), site));
        Assert.Throws<SourceFormatException>(() => SourceListing.Read("<rss><channel>"u8.ToArray(), site));
    }
}

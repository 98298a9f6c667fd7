using System.Xml;
using System.Xml.Linq;
using Corroborate.Core.Extraction;
using Corroborate.Core.Ingest;

namespace Corroborate.Follow;

/// <summary>One page a source lists, with what the source says about it.</summary>
/// <param name="Key">The item's id in its source (guid, Atom id), else its link.</param>
/// <param name="Link">Normalised, absolute.</param>
/// <param name="FeedDraft">The article the feed's own full content makes, when it carries one: used if the page
/// fails.</param>
public sealed record ListedItem(
    string Key, string Link, string? Title, DateTimeOffset? Published, string? Author, ArticleDraft? FeedDraft);

/// <summary>What a feed or sitemap lists: pages, and for a sitemap index the sitemaps it names.</summary>
public sealed record SourceListing(
    string Kind, IReadOnlyList<ListedItem> Items, IReadOnlyList<(Uri Url, DateTimeOffset? LastModified)> Sitemaps)
{
    public const string Feed = "feed", Sitemap = "sitemap", SitemapIndex = "sitemap-index";

    /// <summary>Reads an RSS/Atom feed (with <see cref="FeedReader"/>), a sitemap or a sitemap index.</summary>
    /// <exception cref="SourceFormatException">Malformed XML, or XML that is none of these.</exception>
    public static SourceListing Read(byte[] body, Uri url)
    {
        XDocument document;
        try { document = FeedReader.LoadXml(body); }
        catch (XmlException e) { throw new SourceFormatException($"malformed XML: {e.Message}"); }
        var root = document.Root!;
        return root.Name.LocalName switch
        {
            "urlset" => new SourceListing(Sitemap, SitemapItems(root, url), []),
            "sitemapindex" => new SourceListing(SitemapIndex, [], ChildSitemaps(root, url)),
            "rss" or "feed" or "RDF" => new SourceListing(Feed, FeedItems(FeedReader.Parse(document), url), []),
            var other => throw new SourceFormatException($"not a feed or sitemap (root element <{other}>)"),
        };
    }

    private static List<ListedItem> FeedItems(FeedDocument feed, Uri url)
    {
        var items = new List<ListedItem>();
        foreach (var entry in feed.Entries)
        {
            if (Links.Normalise(entry.Link, url) is not { } link) continue;
            var draft = entry.Content is null ? null : FeedReader.ContentDraft(feed, entry, entry.Content, link);
            items.Add(new ListedItem(entry.Id ?? link, link, entry.Title, entry.Published, entry.Author, draft));
        }
        return items;
    }

    /// <summary>urlset: loc, with the Google News extension's title and publication date when present.</summary>
    private static List<ListedItem> SitemapItems(XElement root, Uri url)
    {
        var items = new List<ListedItem>();
        foreach (var entry in Children(root, "url"))
        {
            if (Links.Normalise(Value(entry, "loc"), url) is not { } link) continue;
            var news = Children(entry, "news").FirstOrDefault();
            var published = news is null ? null : DateText.Parse(Value(news, "publication_date"));
            items.Add(new ListedItem(link, link, news is null ? null : Value(news, "title"), published, null, null));
        }
        return items;
    }

    private static List<(Uri, DateTimeOffset?)> ChildSitemaps(XElement root, Uri url) =>
        Children(root, "sitemap")
            .Select(s => (Link: Links.Normalise(Value(s, "loc"), url), Modified: DateText.Parse(Value(s, "lastmod"))))
            .Where(s => s.Link is not null)
            .Select(s => (new Uri(s.Link!), s.Modified)).ToList();

    private static IEnumerable<XElement> Children(XElement parent, string localName) =>
        parent.Elements().Where(e => e.Name.LocalName == localName);

    private static string? Value(XElement parent, string localName) =>
        Children(parent, localName).FirstOrDefault()?.Value.Trim() is { Length: > 0 } v ? v : null;
}

/// <summary>A source's response that is not a feed or sitemap we can read.</summary>
public sealed class SourceFormatException(string message) : Exception(message);

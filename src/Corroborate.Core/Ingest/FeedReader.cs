using System.Xml;
using System.Xml.Linq;
using Corroborate.Core.Extraction;

namespace Corroborate.Core.Ingest;

/// <summary>
/// RSS 2.0, RSS 1.0 (RDF) and Atom feeds: each item becomes an article from its full content, or from its
/// description or summary with its link. Elements are matched by local name, so namespace spellings vary freely.
/// </summary>
public static class FeedReader
{
    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Ignore, // no entity expansion, no external fetches
        XmlResolver = null,
        MaxCharactersInDocument = 256L << 20,
    };

    /// <summary>Parses XML with entity expansion and external fetches off; throws <see cref="XmlException"/> when malformed.</summary>
    public static XDocument LoadXml(byte[] bytes)
    {
        using var reader = XmlReader.Create(new MemoryStream(bytes), Settings);
        return XDocument.Load(reader);
    }

    public static ReadResult Read(string path, byte[] bytes)
    {
        FeedDocument feed;
        try { feed = Parse(LoadXml(bytes)); }
        catch (XmlException e) { return ReadResult.Skip(path, $"not a readable feed: {e.Message}"); }
        if (feed.Entries.Count == 0) return ReadResult.Skip(path, "feed without items");
        var drafts = new List<ArticleDraft>();
        var skipped = new List<SkippedInput>();
        for (int i = 0; i < feed.Entries.Count; i++)
        {
            string where = $"{path}#{i + 1}";
            var entry = feed.Entries[i];
            var draft = ContentDraft(feed, entry, entry.Content ?? entry.Summary, where);
            if (draft is null) skipped.Add(new SkippedInput(where, "feed item without content or description"));
            else drafts.Add(draft);
        }
        return new ReadResult(drafts, skipped);
    }

    /// <summary>The channel's name and language and its items, in document order (RSS 2.0, RSS 1.0, Atom).</summary>
    public static FeedDocument Parse(XDocument document)
    {
        var root = document.Root!;
        bool atom = root.Name.LocalName == "feed";
        var channel = atom ? root : Child(root, "channel") ?? root;
        string? language = Text(channel, "language") ?? root.Attribute(XNamespace.Xml + "lang")?.Value;
        var items = root.Descendants().Where(e => e.Name.LocalName == (atom ? "entry" : "item"));
        return new FeedDocument(Text(channel, "title"), language?.Split('-', '_')[0].ToLowerInvariant(),
            items.Select(item => ReadEntry(item, atom)).ToList());
    }

    private static FeedEntry ReadEntry(XElement item, bool atom) => new()
    {
        Id = atom ? Text(item, "id") : Text(item, "guid") ?? Rdf(item),
        Link = atom ? AtomLink(item) : Text(item, "link") ?? Permalink(item),
        Title = Text(item, "title"),
        Published = DateText.Parse(
            Text(item, "pubDate") ?? Text(item, "published") ?? Text(item, "date") ?? Text(item, "updated")),
        Author = atom
            ? Child(item, "author") is { } a ? Text(a, "name") : null
            : Text(item, "creator") ?? Text(item, "author"),
        Content = atom ? AtomContent(item, "content") : Text(item, "encoded"),
        Summary = atom ? AtomContent(item, "summary") : Text(item, "description"),
    };

    /// <summary>An RSS 1.0 item names itself in rdf:about.</summary>
    private static string? Rdf(XElement item) =>
        item.Attributes().FirstOrDefault(a => a.Name.LocalName == "about")?.Value;

    /// <summary>An article from an item's HTML (its content or summary) and the item's metadata; null when it holds
    /// no text.</summary>
    public static ArticleDraft? ContentDraft(FeedDocument feed, FeedEntry entry, string? html, string where)
    {
        if (string.IsNullOrWhiteSpace(html)) return null;
        var paragraphs = PageExtractor.FragmentParagraphs(html);
        if (paragraphs.Count == 0) return null;
        return new ArticleDraft
        {
            Path = where,
            Format = SourceFormat.Feed,
            Text = string.Join("\n\n", paragraphs.Select(p => p.Text)),
            Title = entry.Title,
            Url = entry.Link,
            Source = feed.Site,
            Published = entry.Published,
            Author = entry.Author,
            Language = feed.Language,
        };
    }

    /// <summary>Atom text constructs: XHTML content is markup inside the element, html and text are its text.</summary>
    private static string? AtomContent(XElement item, string name)
    {
        var element = Child(item, name);
        if (element is null) return null;
        return element.Attribute("type")?.Value == "xhtml" ? string.Concat(element.Nodes().Select(n => n.ToString())) : element.Value;
    }

    private static string? AtomLink(XElement item)
    {
        var links = item.Elements().Where(e => e.Name.LocalName == "link").ToList();
        var alternate = links.FirstOrDefault(l => (l.Attribute("rel")?.Value ?? "alternate") == "alternate") ?? links.FirstOrDefault();
        return alternate?.Attribute("href")?.Value.Trim();
    }

    private static string? Permalink(XElement item) =>
        Child(item, "guid") is { } guid && guid.Attribute("isPermaLink")?.Value != "false" && guid.Value.StartsWith("http", StringComparison.OrdinalIgnoreCase) ? guid.Value.Trim() : null;

    private static XElement? Child(XElement parent, string localName) => parent.Elements().FirstOrDefault(e => e.Name.LocalName == localName);

    private static string? Text(XElement parent, string localName) =>
        Child(parent, localName)?.Value.Trim() is { Length: > 0 } value ? value : null;

    /// <summary>True when the start of the document is an RSS, RDF or Atom root element.</summary>
    public static bool LooksLikeFeed(string head)
    {
        int at = 0;
        while (true)
        {
            at = head.IndexOf('<', at);
            if (at < 0 || at + 1 >= head.Length) return false;
            if (head[at + 1] is '?' or '!') { at++; continue; }
            var name = head.AsSpan(at + 1);
            return name.StartsWith("rss", StringComparison.OrdinalIgnoreCase) || name.StartsWith("feed", StringComparison.Ordinal) || name.StartsWith("rdf:RDF", StringComparison.Ordinal);
        }
    }
}

/// <summary>A feed's channel name and language, and its items.</summary>
public sealed record FeedDocument(string? Site, string? Language, IReadOnlyList<FeedEntry> Entries);

/// <summary>One feed item as the feed gives it.</summary>
public sealed record FeedEntry
{
    /// <summary>guid, Atom id or rdf:about.</summary>
    public string? Id { get; init; }
    public string? Link { get; init; }
    public string? Title { get; init; }
    public DateTimeOffset? Published { get; init; }
    public string? Author { get; init; }
    /// <summary>The full text as HTML (content:encoded, Atom content), when the feed carries it.</summary>
    public string? Content { get; init; }
    /// <summary>The description or summary, often a teaser.</summary>
    public string? Summary { get; init; }
}

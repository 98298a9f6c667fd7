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

    public static ReadResult Read(string path, byte[] bytes)
    {
        XDocument document;
        try
        {
            using var reader = XmlReader.Create(new MemoryStream(bytes), Settings);
            document = XDocument.Load(reader);
        }
        catch (XmlException e)
        {
            return ReadResult.Skip(path, $"not a readable feed: {e.Message}");
        }
        var root = document.Root!;
        bool atom = root.Name.LocalName == "feed";
        var channel = atom ? root : Child(root, "channel") ?? root;
        string? site = Text(channel, "title");
        string? language = Text(channel, "language") ?? root.Attribute(XNamespace.Xml + "lang")?.Value;
        var items = root.Descendants().Where(e => e.Name.LocalName == (atom ? "entry" : "item")).ToList();
        if (items.Count == 0) return ReadResult.Skip(path, "feed without items");
        var drafts = new List<ArticleDraft>();
        var skipped = new List<SkippedInput>();
        for (int i = 0; i < items.Count; i++)
        {
            string where = $"{path}#{i + 1}";
            var draft = ReadItem(items[i], atom, where, site, language);
            if (draft is null) skipped.Add(new SkippedInput(where, "feed item without content or description"));
            else drafts.Add(draft);
        }
        return new ReadResult(drafts, skipped);
    }

    private static ArticleDraft? ReadItem(XElement item, bool atom, string where, string? site, string? language)
    {
        string? html = atom ? AtomContent(item, "content") ?? AtomContent(item, "summary") : Text(item, "encoded") ?? Text(item, "description");
        if (string.IsNullOrWhiteSpace(html)) return null;
        var paragraphs = PageExtractor.FragmentParagraphs(html);
        if (paragraphs.Count == 0) return null;
        return new ArticleDraft
        {
            Path = where,
            Format = SourceFormat.Feed,
            Text = string.Join("\n\n", paragraphs.Select(p => p.Text)),
            Title = Text(item, "title"),
            Url = atom ? AtomLink(item) : Text(item, "link") ?? Permalink(item),
            Source = site,
            Published = DateText.Parse(Text(item, "pubDate") ?? Text(item, "published") ?? Text(item, "date") ?? Text(item, "updated")),
            Author = atom ? Child(item, "author") is { } a ? Text(a, "name") : null : Text(item, "creator") ?? Text(item, "author"),
            Language = language is null ? null : language.Split('-', '_')[0].ToLowerInvariant(),
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

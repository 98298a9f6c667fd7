using System.Text.Json;
using AngleSharp.Dom;
using Corroborate.Core.Cleaning;

namespace Corroborate.Core.Extraction;

/// <summary>Page metadata in the order sources are trustworthy: JSON-LD and meta tags, then markup, then the URL and visible text.</summary>
internal sealed class MetadataExtractor
{
    private readonly IDocument _document;
    private readonly List<JsonElement> _linkedData;
    private readonly Dictionary<string, string> _meta = new(StringComparer.OrdinalIgnoreCase);

    private MetadataExtractor(IDocument document)
    {
        _document = document;
        _linkedData = LinkedData.Objects(document);
        foreach (var element in document.QuerySelectorAll("meta"))
        {
            string? key = element.GetAttribute("property") ?? element.GetAttribute("name") ?? element.GetAttribute("itemprop");
            if (key is not null && Clean(element.GetAttribute("content")) is { } value) _meta.TryAdd(key.Trim(), value);
        }
    }

    public sealed record Metadata(string? Title, DateTimeOffset? Published, string? Author, string? Site, string? Language, string? Url);

    public static Metadata Read(IDocument document, string? pageUrl)
    {
        var m = new MetadataExtractor(document);
        string? url = m.CanonicalUrl() ?? pageUrl;
        return new Metadata(m.Title(), m.Published(url ?? pageUrl), m.Author(), m.Site(url), m.Language(), url);
    }

    private string? Title()
    {
        string? fromMeta = Meta("og:title", "twitter:title") ?? LinkedData.String(_linkedData, "headline");
        string? h1 = Clean(_document.QuerySelector("h1")?.TextContent);
        string? documentTitle = Clean(_document.Title);
        if (fromMeta is not null) return fromMeta;
        if (h1 is not null && documentTitle is not null && documentTitle.Contains(h1, StringComparison.OrdinalIgnoreCase)) return h1;
        return documentTitle is null ? h1 : WithoutSiteSuffix(documentTitle);
    }

    /// <summary>"Headline | Site" and "Headline - Site": keep the longest part.</summary>
    private static string WithoutSiteSuffix(string title)
    {
        var parts = title.Split([" | ", " - ", " – ", " — ", " :: ", " » "], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return parts.Length < 2 ? title : parts.MaxBy(p => p.Length)!;
    }

    private DateTimeOffset? Published(string? url)
    {
        // Lazily, most trusted first: most pages answer in the first source or two.
        Func<string?>[] declared =
        [
            () => LinkedData.String(_linkedData, "datePublished"),
            () => Meta("article:published_time", "og:published_time", "datePublished", "pubdate", "publishdate", "publish-date", "publish_date",
                "date", "dc.date", "dc.date.issued", "dcterms.created", "dcterms.date", "sailthru.date", "parsely-pub-date", "article.published", "original-publish-date"),
            () => _document.QuerySelector("[itemprop=datePublished]") is { } item ? item.GetAttribute("content") ?? item.GetAttribute("datetime") ?? item.TextContent : null,
            () => _document.QuerySelector("time[pubdate]")?.GetAttribute("datetime"),
            () => ArticleTime()?.GetAttribute("datetime"),
            () => LinkedData.String(_linkedData, "dateCreated"),
            () => Meta("article:modified_time", "og:updated_time", "dateModified", "last-modified"),
        ];
        foreach (var source in declared)
            if (DateText.Parse(source()) is { } date) return date;
        return DateText.FromUrl(url) ?? VisibleDateline();
    }

    /// <summary>
    /// The first time element of the article itself: one inside a photo gallery, a caption, a related-links box or
    /// the page's furniture dates something else (a photo, another story).
    /// </summary>
    private IElement? ArticleTime() =>
        _document.QuerySelectorAll("time[datetime]").FirstOrDefault(t => !t.Ancestors<IElement>().Any(IsFurniture));

    private static bool IsFurniture(IElement e) =>
        e.LocalName is "figure" or "figcaption" or "aside" or "nav" or "footer"
        || (e.GetAttribute("class") ?? "") is var c && (c.Contains("gallery", StringComparison.OrdinalIgnoreCase)
            || c.Contains("related", StringComparison.OrdinalIgnoreCase) || c.Contains("caption", StringComparison.OrdinalIgnoreCase)
            || c.Contains("slide", StringComparison.OrdinalIgnoreCase));

    /// <summary>A short line near the top of the body that is only a date ("Published 12 March 2021").</summary>
    private DateTimeOffset? VisibleDateline()
    {
        const int ElementsScanned = 2000;
        foreach (var element in _document.Body?.Descendants<IElement>().Take(ElementsScanned) ?? [])
        {
            // Leaves only: reading the text of a wrapper would read the whole page.
            if (element.ChildElementCount > 0 || element.LocalName is "script" or "style") continue;
            string text = element.TextContent.Trim();
            if (text.Length is > 6 and <= 60 && DatelineParser.TryParse(text, out var date)) return date;
        }
        return null;
    }

    private string? Author()
    {
        string? author = LinkedData.AuthorName(_linkedData)
            ?? Meta("author", "article:author", "byl", "sailthru.author", "parsely-author", "dc.creator", "twitter:creator");
        if (author is not null && !author.StartsWith("http", StringComparison.OrdinalIgnoreCase) && !author.StartsWith('@')) return StripBy(author);
        var element = _document.QuerySelector("[itemprop=author] [itemprop=name], [itemprop=author], [rel=author], .byline, .author");
        string? text = Clean(element?.GetAttribute("content") ?? element?.TextContent);
        return text is { Length: <= 80 } ? StripBy(text) : null;
    }

    private static string StripBy(string author)
    {
        string a = author.Trim();
        return a.StartsWith("by ", StringComparison.OrdinalIgnoreCase) ? a[3..].Trim() : a;
    }

    private string? Site(string? url) =>
        Meta("og:site_name", "application-name", "twitter:site:name")
        ?? LinkedData.PublisherName(_linkedData)
        ?? (Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.Host.StartsWith("www.", StringComparison.Ordinal) ? uri.Host[4..] : uri.Host : null);

    private string? Language()
    {
        string? raw = _document.DocumentElement.GetAttribute("lang")
            ?? _document.DocumentElement.GetAttribute("xml:lang")
            ?? _document.QuerySelector("meta[http-equiv='content-language' i]")?.GetAttribute("content")
            ?? Meta("og:locale", "language", "dc.language");
        if (string.IsNullOrWhiteSpace(raw)) return null;
        string primary = raw.Trim().Split('-', '_', ',')[0].ToLowerInvariant();
        return primary.Length is 2 or 3 && primary.All(char.IsAsciiLetter) ? primary : null;
    }

    private string? CanonicalUrl()
    {
        string? href = _document.QuerySelector("link[rel=canonical]")?.GetAttribute("href") ?? Meta("og:url");
        return href is not null && Uri.TryCreate(href.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? uri.ToString() : null;
    }

    /// <summary>The first of these meta keys the page has, in the order given.</summary>
    private string? Meta(params string[] keys)
    {
        foreach (var key in keys)
            if (_meta.TryGetValue(key, out var value)) return value;
        return null;
    }

    private static string? Clean(string? s)
    {
        if (string.IsNullOrWhiteSpace(s)) return null;
        return string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }
}

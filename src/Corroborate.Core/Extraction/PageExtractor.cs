using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Corroborate.Core.Extraction;

/// <summary>
/// Raw HTML in, main text and metadata out. Input is bounded before parsing (see <see cref="HtmlPrefilter"/>),
/// so any page yields a result in bounded time and memory.
/// </summary>
public static class PageExtractor
{
    /// <summary>Bytes beyond this are not decoded: no article is that long, and the prefilter would cut it anyway.</summary>
    public const int MaxInputBytes = 64 << 20;

    private static readonly HtmlParserOptions ParserOptions = new() { IsScripting = false, IsNotConsumingCharacterReferences = false };

    /// <param name="httpCharset">The charset a server or archive declared for the bytes, if any.</param>
    public static ExtractedPage Extract(ReadOnlySpan<byte> bytes, string? url = null, string? httpCharset = null)
    {
        var warnings = new List<string>();
        return Extract(Decode(bytes, httpCharset, warnings), url, warnings);
    }

    public static ExtractedPage Extract(string html, string? url = null) => Extract(html, url, []);

    private static ExtractedPage Extract(string html, string? url, List<string> warnings)
    {
        var (document, meta) = Parse(html, url, warnings);
        var paragraphs = document.Body is { } body ? ContentExtractor.Extract(body, meta.Title, BlockScorer.Shipped) : [];
        return new ExtractedPage
        {
            Title = meta.Title,
            Paragraphs = paragraphs,
            Published = meta.Published,
            Author = meta.Author,
            Site = meta.Site,
            Language = meta.Language,
            Url = meta.Url,
            Warnings = warnings,
        };
    }

    /// <summary>The page's blocks as the block scorer sees them, for training it; null when the page has no body.</summary>
    internal static ScoredPage? Score(ReadOnlySpan<byte> bytes, string? url)
    {
        var (document, meta) = Parse(Decode(bytes, null, []), url, []);
        return document.Body is { } body ? ScoredPage.Of(ContentExtractor.Choose(new PageModel(body), meta.Title), meta.Title) : null;
    }

    private static string Decode(ReadOnlySpan<byte> bytes, string? httpCharset, List<string> warnings)
    {
        if (bytes.Length > MaxInputBytes)
        {
            bytes = bytes[..Utf8Boundary(bytes, MaxInputBytes)];
            warnings.Add($"only the first {MaxInputBytes >> 20} MB of the page were read");
        }
        return HtmlCharset.Decode(bytes, httpCharset, out _);
    }

    private static (IHtmlDocument Document, MetadataExtractor.Metadata Meta) Parse(string html, string? url, List<string> warnings)
    {
        var filtered = HtmlPrefilter.Filter(html);
        if (filtered.Truncated) warnings.Add($"the page was cut after {HtmlPrefilter.MaxOutputChars >> 20} M characters of markup");
        if (filtered.DroppedTags > 0) warnings.Add($"{filtered.DroppedTags} tags nested deeper than {HtmlPrefilter.MaxDepth} levels were flattened");
        var document = new HtmlParser(ParserOptions).ParseDocument(filtered.Html);
        return (document, MetadataExtractor.Read(document, url));
    }

    /// <summary>
    /// The text of an HTML fragment that is all article (a feed item's content): every block except
    /// furniture, without looking for a container.
    /// </summary>
    public static IReadOnlyList<Paragraph> FragmentParagraphs(string html)
    {
        var document = new HtmlParser(ParserOptions).ParseDocument("<body>" + HtmlPrefilter.Filter(html).Html + "</body>");
        return document.Body is { } body ? ContentExtractor.ExtractAll(body) : [];
    }

    /// <summary>Moves a cut back so it does not split a UTF-8 sequence.</summary>
    private static int Utf8Boundary(ReadOnlySpan<byte> bytes, int cut)
    {
        while (cut > 0 && (bytes[cut] & 0xC0) == 0x80) cut--;
        return cut;
    }
}

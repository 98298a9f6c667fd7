using System.Globalization;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Corroborate.Core.Ingest;

/// <summary>
/// Basic HTML reading: title, common metadata, and the text of content blocks inside the page's
/// article or main element. The full main-text extractor replaces the body part.
/// </summary>
public static class HtmlReader
{
    private static readonly string BlockSelector = "p, h1, h2, h3, h4, h5, h6, li, blockquote, pre";
    private static readonly string[] ChromeTags = ["nav", "header", "footer", "aside", "form", "script", "style", "noscript", "template"];

    public static ReadResult Read(string path, string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        var root = (IElement?)document.QuerySelector("article") ?? document.QuerySelector("main") ?? document.Body;
        var blocks = new List<string>();
        if (root is not null)
        {
            foreach (var el in root.QuerySelectorAll(BlockSelector))
            {
                if (el.Ancestors<IElement>().Any(a => ChromeTags.Contains(a.LocalName))) continue;
                if (el.QuerySelector(BlockSelector) is not null) continue; // its inner blocks are read instead
                string text = el.TextContent.Trim();
                if (text.Length > 0) blocks.Add(text);
            }
            if (blocks.Count == 0 && root.TextContent.Trim() is { Length: > 0 } all) blocks.Add(all);
        }
        if (blocks.Count == 0) return ReadResult.Skip(path, "HTML page without text");
        string? title = Meta(document, "og:title") ?? document.Title?.Trim() ?? document.QuerySelector("h1")?.TextContent.Trim();
        return new ReadResult([new ArticleDraft
        {
            Path = path,
            Format = SourceFormat.Html,
            Text = string.Join("\n\n", blocks),
            Title = string.IsNullOrWhiteSpace(title) ? null : title,
            Source = Meta(document, "og:site_name"),
            Url = document.QuerySelector("link[rel=canonical]")?.GetAttribute("href") ?? Meta(document, "og:url"),
            Published = ParseDate(Meta(document, "article:published_time") ?? document.QuerySelector("time[datetime]")?.GetAttribute("datetime")),
            Language = document.DocumentElement.GetAttribute("lang")?.Split('-')[0].ToLowerInvariant(),
            Author = Meta(document, "author") ?? Meta(document, "article:author"),
        }], []);
    }

    private static string? Meta(IDocument d, string key)
    {
        var el = d.QuerySelector($"meta[property='{key}']") ?? d.QuerySelector($"meta[name='{key}']");
        var content = el?.GetAttribute("content")?.Trim();
        return string.IsNullOrEmpty(content) ? null : content;
    }

    private static DateTimeOffset? ParseDate(string? s) =>
        s is not null && DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var d) ? d : null;
}

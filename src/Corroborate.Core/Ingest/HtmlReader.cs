using Corroborate.Core.Extraction;

namespace Corroborate.Core.Ingest;

/// <summary>An HTML page becomes one article: the extractor's main text and metadata.</summary>
public static class HtmlReader
{
    public static ReadResult Read(string path, byte[] bytes, string? url = null, string? httpCharset = null) =>
        ToResult(path, PageExtractor.Extract(bytes, url, httpCharset));

    public static ReadResult Read(string path, string html, string? url = null) => ToResult(path, PageExtractor.Extract(html, url));

    private static ReadResult ToResult(string path, ExtractedPage page)
    {
        if (page.Paragraphs.Count == 0) return ReadResult.Skip(path, "HTML page without main text");
        return new ReadResult([new ArticleDraft
        {
            Path = path,
            Format = SourceFormat.Html,
            Text = page.Text,
            Title = page.Title,
            Source = page.Site,
            Url = page.Url,
            Published = page.Published,
            Language = page.Language,
            Author = page.Author,
        }], []);
    }
}

using Corroborate.Core.Extraction;
using Corroborate.Core.Text;

namespace Corroborate.Core.Ingest;

/// <summary>
/// Chooses the reader for a document by its extension, or by sniffing its content when that says nothing.
/// Gzip data (.html.gz, .jsonl.gz ...) is unpacked first; WARC archives read their gzip members themselves.
/// </summary>
public static class DocumentReader
{
    private const int SniffBytes = 4096;

    public static ReadResult Read(RawDocument doc)
    {
        string name = doc.Path;
        byte[] bytes = doc.Bytes;
        if (Gzip.IsGzip(bytes) && !ArticleFormats.IsWarcName(name))
        {
            try { bytes = Gzip.Decompress(bytes, PageExtractor.MaxInputBytes); }
            catch (InvalidDataException e) { return ReadResult.Skip(doc.Path, $"bad gzip data: {e.Message}"); }
            if (name.EndsWith(".gz", StringComparison.OrdinalIgnoreCase)) name = name[..^3];
            if (bytes.Length == 0) return ReadResult.Skip(doc.Path, "empty after decompression");
        }
        if (ArticleFormats.IsWarcName(name) || WarcReader.LooksLikeWarc(bytes)) return WarcReader.Read(doc.Path, bytes);
        if (TextDecoder.LooksBinary(bytes)) return ReadResult.Skip(doc.Path, "binary file, not text");
        string head = TextDecoder.Decode(bytes.AsSpan(0, Math.Min(bytes.Length, SniffBytes)));
        switch (DetectFormat(name, head))
        {
            case SourceFormat.Html: return HtmlReader.Read(doc.Path, bytes);
            case SourceFormat.Feed: return FeedReader.Read(doc.Path, bytes);
        }
        string text = TextDecoder.Decode(bytes);
        if (string.IsNullOrWhiteSpace(text)) return ReadResult.Skip(doc.Path, "no text (only whitespace)");
        return DetectFormat(name, text) == SourceFormat.JsonLines
            ? JsonLinesReader.Read(doc.Path, text)
            : new ReadResult([new ArticleDraft { Path = doc.Path, Format = SourceFormat.Text, Text = text }], []);
    }

    public static SourceFormat DetectFormat(string path, string text)
    {
        if (ArticleFormats.FromExtension(path) is { } byExtension) return byExtension;
        var head = text.AsSpan().TrimStart().TrimStart('\uFEFF');
        if (head.StartsWith("{")) return SourceFormat.JsonLines;
        if (head.StartsWith("WARC/")) return SourceFormat.Warc;
        if (head.StartsWith("<") && FeedReader.LooksLikeFeed(text)) return SourceFormat.Feed;
        if (head.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase) || head.StartsWith("<html", StringComparison.OrdinalIgnoreCase)
            || head.StartsWith("<") && text.Contains("<body", StringComparison.OrdinalIgnoreCase))
            return SourceFormat.Html;
        return SourceFormat.Text;
    }
}

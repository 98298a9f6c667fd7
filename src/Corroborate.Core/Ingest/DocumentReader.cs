using Corroborate.Core.Text;

namespace Corroborate.Core.Ingest;

/// <summary>Chooses the reader for a document by its extension, or by sniffing its content when that says nothing.</summary>
public static class DocumentReader
{
    public static ReadResult Read(RawDocument doc)
    {
        if (TextDecoder.LooksBinary(doc.Bytes)) return ReadResult.Skip(doc.Path, "binary file, not text");
        string text = TextDecoder.Decode(doc.Bytes);
        if (string.IsNullOrWhiteSpace(text)) return ReadResult.Skip(doc.Path, "no text (only whitespace)");
        return DetectFormat(doc.Path, text) switch
        {
            SourceFormat.JsonLines => JsonLinesReader.Read(doc.Path, text),
            SourceFormat.Html => HtmlReader.Read(doc.Path, text),
            _ => new ReadResult([new ArticleDraft { Path = doc.Path, Format = SourceFormat.Text, Text = text }], []),
        };
    }

    public static SourceFormat DetectFormat(string path, string text)
    {
        string ext = System.IO.Path.GetExtension(path).ToLowerInvariant();
        switch (ext)
        {
            case ".jsonl" or ".ndjson" or ".json": return SourceFormat.JsonLines;
            case ".html" or ".htm" or ".xhtml": return SourceFormat.Html;
            case ".txt" or ".text": return SourceFormat.Text;
        }
        var head = text.AsSpan().TrimStart();
        if (head.StartsWith("{")) return SourceFormat.JsonLines;
        if (head.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase) || head.StartsWith("<html", StringComparison.OrdinalIgnoreCase))
            return SourceFormat.Html;
        return SourceFormat.Text;
    }
}

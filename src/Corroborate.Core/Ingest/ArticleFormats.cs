using System.IO.Compression;
using System.Text.Json;
using Corroborate.Core.Text;

namespace Corroborate.Core.Ingest;

/// <summary>
/// The file formats that hold articles, by extension, and the content check that decides whether a file met in a
/// folder is one: a folder also holds READMEs, label tables, gold files and images, which are not articles.
/// Every list of article extensions lives here.
/// </summary>
public static class ArticleFormats
{
    /// <summary>Enough to see a JSON Lines file's first record whole in almost every real file.</summary>
    private const int HeadBytes = 64 * 1024;

    private const string Gz = ".gz";

    private static readonly Dictionary<string, SourceFormat> ByExtension = new(StringComparer.OrdinalIgnoreCase)
    {
        [".txt"] = SourceFormat.Text, [".text"] = SourceFormat.Text,
        [".html"] = SourceFormat.Html, [".htm"] = SourceFormat.Html,
        [".xhtml"] = SourceFormat.Html, [".shtml"] = SourceFormat.Html,
        [".rss"] = SourceFormat.Feed, [".atom"] = SourceFormat.Feed,
        [".jsonl"] = SourceFormat.JsonLines, [".ndjson"] = SourceFormat.JsonLines, [".json"] = SourceFormat.JsonLines,
        [".warc"] = SourceFormat.Warc,
    };

    /// <summary>Formats read record by record from disk (see <see cref="RecordFileReader"/>).</summary>
    private static readonly HashSet<string> RecordExtensions =
        new(StringComparer.OrdinalIgnoreCase) { ".jsonl", ".ndjson", ".warc" };

    /// <summary>An extension whose format only the content tells: XML may be a feed or XHTML, or neither.</summary>
    private const string SniffedExtension = ".xml";

    /// <summary>The format an extension names (".html" is HTML), or null when the extension says nothing.</summary>
    public static SourceFormat? FromExtension(string path) =>
        ByExtension.TryGetValue(Path.GetExtension(path), out var format) ? format : null;

    /// <summary>JSON Lines and WARC files, gzipped or not, which are read a record at a time.</summary>
    public static bool IsRecordFile(string path) => RecordExtensions.Contains(Path.GetExtension(WithoutGzip(path)));

    /// <summary>.warc or .warc.gz: read as a web archive whatever its first bytes.</summary>
    public static bool IsWarcName(string path) => FromExtension(WithoutGzip(path)) == SourceFormat.Warc;

    /// <summary>
    /// Why a file found in a folder is not an article file, or null when it is one (or when only reading it can
    /// tell, as for a FIFO or an unreadable file, whose reader reports the problem). The extension must name an
    /// article format and the content must agree; a file without an extension is read when its content is HTML, a
    /// feed, a WARC archive or JSON Lines articles.
    /// </summary>
    public static string? WhyNotAnArticleFile(string path)
    {
        string name = WithoutGzip(path);
        string extension = Path.GetExtension(name).ToLowerInvariant();
        string shownExtension = extension + path[name.Length..].ToLowerInvariant();
        bool known = ByExtension.ContainsKey(extension) || extension == SniffedExtension;
        if (!known && extension.Length > 0) return $"not an article format ({shownExtension})";
        if (IsWarcName(path) || FileSystemPaths.KindOf(path) != FileKind.Regular) return null;
        if (Head(path) is not { Length: > 0 } head || WarcReader.LooksLikeWarc(head)) return null;
        if (TextDecoder.LooksBinary(head))
            return $"binary content, not an article ({(extension.Length > 0 ? shownExtension : "no extension")})";
        string text = TextDecoder.Decode(head);
        var format = FromExtension(name) ?? DocumentReader.DetectFormat("", text);
        return format switch
        {
            SourceFormat.JsonLines => WhyNotArticleRecords(text, head.Length == HeadBytes),
            SourceFormat.Text when extension == SniffedExtension => "XML that is not an RSS or Atom feed or a web page",
            SourceFormat.Text when extension.Length == 0 =>
                "no extension, and plain text rather than HTML, a feed, WARC or JSON Lines "
                + "(name it .txt or use --include)",
            _ => null,
        };
    }

    private static string WithoutGzip(string path) =>
        path.EndsWith(Gz, StringComparison.OrdinalIgnoreCase) ? path[..^Gz.Length] : path;

    /// <summary>The first bytes of the file, unpacked when it is gzip; null when it cannot be read.</summary>
    private static byte[]? Head(string path)
    {
        try
        {
            using var file = File.OpenRead(path);
            var head = new byte[HeadBytes];
            int n = file.ReadAtLeast(head, 3, throwOnEndOfStream: false);
            if (Gzip.IsGzip(head.AsSpan(0, n)))
            {
                file.Position = 0;
                using var unpacked = new GZipStream(file, CompressionMode.Decompress);
                return head[..unpacked.ReadAtLeast(head, head.Length, throwOnEndOfStream: false)];
            }
            return head[..(n + file.ReadAtLeast(head.AsSpan(n), head.Length - n, throwOnEndOfStream: false))];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            return null;
        }
    }

    /// <summary>A gold or label file is JSON Lines too: its first record tells if the lines are articles.</summary>
    private static string? WhyNotArticleRecords(string head, bool truncated)
    {
        string records = head.TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        int end = records.IndexOf('\n');
        if (end < 0 && truncated) return null; // a first record longer than the head: the reader decides, line by line
        string firstLine = end < 0 ? records : records[..end];
        try
        {
            using var record = JsonDocument.Parse(firstLine);
            if (record.RootElement.ValueKind != JsonValueKind.Object)
                return "JSON but not JSON Lines of article objects";
            if (JsonLinesReader.HasArticleBody(record.RootElement)) return null;
            return $"JSON Lines whose records have no '{JsonLinesReader.TextField}' or '{JsonLinesReader.HtmlField}' "
                + "field (not articles)";
        }
        catch (JsonException)
        {
            return "JSON but not JSON Lines (the first line is not a whole JSON object)";
        }
    }
}

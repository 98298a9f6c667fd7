using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Corroborate.Core.Ingest;

/// <summary>
/// Web archives (.warc, .warc.gz): every HTML response (or resource) record becomes an article via the HTML
/// reader. Records are read one at a time from a stream, so memory holds one record, not the archive.
/// A gzip stream that ends early or is corrupt stops the reading with a clear reason; the records read before
/// it are kept.
/// </summary>
public static class WarcReader
{
    private const int MaxHeaderBytes = 64 << 10;

    /// <summary>Records larger than this are skipped when no other limit is given.</summary>
    public const long MaxRecordBytes = 64L << 20;

    public static bool LooksLikeWarc(ReadOnlySpan<byte> bytes) => bytes.StartsWith("WARC/"u8);

    public static ReadResult Read(string path, byte[] bytes) =>
        ReadResult.Collect(Records(path, new MemoryStream(bytes), Gzip.IsGzip(bytes), MaxRecordBytes));

    /// <summary>
    /// The archive's articles and skipped records, one record in memory at a time; a gzip stream (one member per
    /// record, or one for all) is unpacked as it is read. The stream is disposed at the end.
    /// </summary>
    public static IEnumerable<ReadItem> Records(string path, Stream input, bool gzipped, long maxRecordBytes)
    {
        using var stream = new BufferedStream(gzipped ? new GZipStream(input, CompressionMode.Decompress) : input, 1 << 16);
        for (int number = 1; ; number++)
        {
            var step = NextRecord(stream, path, number, maxRecordBytes);
            foreach (var item in step.Items) yield return item;
            if (step.Stop) yield break;
        }
    }

    private readonly record struct Step(IReadOnlyList<ReadItem> Items, bool Stop);

    private static Step Stop(string where, string reason) => new([ReadItem.Skip(where, reason)], true);

    /// <summary>Reads one record; a corrupt gzip stream or a broken record ends the archive, keeping what came before.</summary>
    private static Step NextRecord(Stream stream, string path, int number, long maxRecordBytes)
    {
        string where = $"{path}#{number}";
        try
        {
            var headers = ReadHeaderBlock(stream, skipBlankLines: true, out bool atEnd);
            if (atEnd) return number == 1 ? Stop(path, "empty WARC file") : new([], true);
            if (headers is null || !headers.TryGetValue("", out var version) || !version.StartsWith("WARC/", StringComparison.Ordinal))
                return Stop(where, headers is null ? "truncated or oversized WARC record header (the file or gzip stream may end early)" : "not a WARC record (no WARC/ version line); the rest of the file is skipped");
            if (!long.TryParse(headers.GetValueOrDefault("content-length"), NumberStyles.None, CultureInfo.InvariantCulture, out long length))
                return Stop(where, "WARC record without a valid Content-Length; the rest of the file is skipped");
            if (length > maxRecordBytes)
            {
                if (Discard(stream, length) < length) return Stop(where, "truncated WARC record (the file or gzip stream ends early)");
                return new(IsHtmlCandidate(headers) ? [ReadItem.Skip(where, $"WARC record too large ({InputScanner.FormatBytes(length)}; the limit is {InputScanner.FormatBytes(maxRecordBytes)})")] : [], false);
            }
            var block = new byte[length];
            int read = stream.ReadAtLeast(block, block.Length, throwOnEndOfStream: false);
            if (read < length) return Stop(where, $"truncated WARC record: {read} of {length} bytes (the file or gzip stream ends early)");
            return new(IsHtmlCandidate(headers) ? ReadRecord(where, headers, block) : [], false);
        }
        catch (InvalidDataException e)
        {
            return Stop(where, $"corrupt gzip data after {number - 1} records: {e.Message}");
        }
    }

    private static bool IsHtmlCandidate(Dictionary<string, string> headers) =>
        headers.GetValueOrDefault("warc-type") is "response" or "resource" or "conversion";

    private static List<ReadItem> ReadRecord(string where, Dictionary<string, string> warc, byte[] block)
    {
        string? uri = warc.GetValueOrDefault("warc-target-uri")?.Trim('<', '>', ' ');
        string recordType = warc.GetValueOrDefault("content-type") ?? "";
        byte[] body = block;
        string contentType = recordType;
        if (recordType.StartsWith("application/http", StringComparison.OrdinalIgnoreCase))
        {
            var response = HttpMessage.Parse(block);
            if (response is null) return [ReadItem.Skip(where, "unreadable HTTP response in WARC record")];
            if (response.Status is < 200 or >= 300) return []; // redirects and errors carry no article
            contentType = response.Headers.GetValueOrDefault("content-type") ?? "";
            body = response.Body;
        }
        if (!contentType.Contains("html", StringComparison.OrdinalIgnoreCase)) return [];
        var result = HtmlReader.Read(where, body, uri, Charset(contentType));
        return [.. (result with { Drafts = result.Drafts.Select(d => d with { Format = SourceFormat.Warc }).ToList() }).Items()];
    }

    private static string? Charset(string contentType)
    {
        int at = contentType.IndexOf("charset=", StringComparison.OrdinalIgnoreCase);
        return at < 0 ? null : contentType[(at + 8)..].Split(';')[0].Trim('"', '\'', ' ');
    }

    private static long Discard(Stream stream, long length)
    {
        var buffer = new byte[81920];
        long done = 0;
        while (done < length)
        {
            int n = stream.Read(buffer, 0, (int)Math.Min(buffer.Length, length - done));
            if (n == 0) break;
            done += n;
        }
        return done;
    }

    /// <summary>
    /// Reads "Name: value" lines up to a blank line. The first line is stored under the empty key. Returns null
    /// when the stream ends inside the block; sets <paramref name="atEnd"/> when it ends before the block starts.
    /// </summary>
    internal static Dictionary<string, string>? ReadHeaderBlock(Stream stream, bool skipBlankLines, out bool atEnd)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        int total = 0;
        atEnd = false;
        while (true)
        {
            string? line = ReadLine(stream, ref total);
            if (line is null)
            {
                atEnd = headers.Count == 0;
                return null;
            }
            if (total > MaxHeaderBytes) return null;
            if (line.Length == 0)
            {
                if (headers.Count == 0 && skipBlankLines) continue;
                return headers;
            }
            if (headers.Count == 0) { headers[""] = line; continue; }
            int colon = line.IndexOf(':');
            if (colon > 0) headers.TryAdd(line[..colon].Trim(), line[(colon + 1)..].Trim());
        }
    }

    private static string? ReadLine(Stream stream, ref int total)
    {
        var bytes = new List<byte>();
        while (true)
        {
            int b = stream.ReadByte();
            if (b < 0) return bytes.Count == 0 ? null : Encoding.UTF8.GetString(bytes.ToArray());
            if (++total > MaxHeaderBytes) return "";
            if (b == '\n') return Encoding.UTF8.GetString(bytes.ToArray()).TrimEnd('\r');
            bytes.Add((byte)b);
        }
    }
}

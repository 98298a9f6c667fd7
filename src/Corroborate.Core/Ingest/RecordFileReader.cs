using System.IO.Compression;
using System.Text;
using Corroborate.Core.Text;

namespace Corroborate.Core.Ingest;

/// <summary>
/// Reads JSON Lines and WARC files (gzipped or not) from disk record by record, so a file of any size is read in
/// the memory of one record; the size limit applies to each record, not to the file.
/// </summary>
public static class RecordFileReader
{
    private const int SniffBytes = 4096;

    /// <summary>The file's records; a file that cannot be read at all is one skipped item.</summary>
    public static IEnumerable<ReadItem> Read(StreamedInput input, long maxRecordBytes)
    {
        var (gzipped, problem) = Sniff(input);
        if (problem is not null) return [ReadItem.Skip(input.Path, problem)];
        if (ArticleFormats.IsWarcName(input.Path))
            return WarcReader.Records(input.Path, input.Open(), gzipped, maxRecordBytes);
        return JsonLines(input, gzipped, maxRecordBytes);
    }

    private static IEnumerable<ReadItem> JsonLines(StreamedInput input, bool gzipped, long maxRecordBytes)
    {
        var stream = input.Open();
        using var reader = new StreamReader(gzipped ? new GZipStream(stream, CompressionMode.Decompress) : stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        foreach (var item in JsonLinesReader.Records(input.Path, reader, maxRecordBytes)) yield return item;
    }

    /// <summary>Whether the file is gzip, and why it cannot be read (empty, binary, bad gzip), from its first bytes.</summary>
    private static (bool Gzipped, string? Problem) Sniff(StreamedInput input)
    {
        try
        {
            using var stream = input.Open();
            var head = new byte[SniffBytes];
            int n = stream.ReadAtLeast(head, 3, throwOnEndOfStream: false);
            if (n == 0) return (false, "empty file");
            bool gzipped = Gzip.IsGzip(head.AsSpan(0, n));
            if (gzipped)
            {
                using var unpacked = new GZipStream(input.Open(), CompressionMode.Decompress);
                n = unpacked.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
                if (n == 0) return (true, "no data after gzip decompression");
            }
            else n += stream.ReadAtLeast(head.AsSpan(n), head.Length - n, throwOnEndOfStream: false);
            bool binary = !ArticleFormats.IsWarcName(input.Path) && TextDecoder.LooksBinary(head.AsSpan(0, n));
            return (gzipped, binary ? "binary file, not text" : null);
        }
        catch (InvalidDataException e)
        {
            return (false, $"bad gzip data: {e.Message}");
        }
    }
}

using System.IO.Compression;

namespace Corroborate.Core.Ingest;

/// <summary>Gzip data, decompressed with a cap so a small "zip bomb" cannot take all memory.</summary>
public static class Gzip
{
    public static bool IsGzip(ReadOnlySpan<byte> bytes) => bytes.Length >= 3 && bytes[0] == 0x1F && bytes[1] == 0x8B && bytes[2] == 8;

    /// <summary>Decompresses all members; throws <see cref="InvalidDataException"/> when the result would exceed <paramref name="maxBytes"/>.</summary>
    public static byte[] Decompress(byte[] bytes, long maxBytes)
    {
        using var input = new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress);
        using var output = new MemoryStream();
        var buffer = new byte[81920];
        int n;
        while ((n = input.Read(buffer, 0, buffer.Length)) > 0)
        {
            if (output.Length + n > maxBytes) throw new InvalidDataException($"decompresses to more than {InputScanner.FormatBytes(maxBytes)}");
            output.Write(buffer, 0, n);
        }
        return output.ToArray();
    }
}

using System.Globalization;
using System.IO.Compression;

namespace Corroborate.Core.Ingest;

/// <summary>An archived HTTP response: status, headers and the body with transfer and content encodings undone.</summary>
internal sealed record HttpMessage(int Status, Dictionary<string, string> Headers, byte[] Body)
{
    private const long MaxBodyBytes = 64L << 20;

    public static HttpMessage? Parse(byte[] block)
    {
        using var stream = new MemoryStream(block);
        var headers = WarcReader.ReadHeaderBlock(stream, skipBlankLines: false, out _);
        if (headers is null || !headers.TryGetValue("", out var statusLine)) return null;
        var parts = statusLine.Split(' ', 3);
        if (parts.Length < 2 || !parts[0].StartsWith("HTTP/", StringComparison.OrdinalIgnoreCase) || !int.TryParse(parts[1], CultureInfo.InvariantCulture, out int status)) return null;
        byte[] body = block[(int)stream.Position..];
        try
        {
            if (headers.GetValueOrDefault("transfer-encoding")?.Contains("chunked", StringComparison.OrdinalIgnoreCase) == true) body = Dechunk(body);
            body = headers.GetValueOrDefault("content-encoding")?.Trim().ToLowerInvariant() switch
            {
                "gzip" or "x-gzip" => Gzip.Decompress(body, MaxBodyBytes),
                "deflate" => Inflate(body),
                _ => body,
            };
        }
        catch (InvalidDataException)
        {
            return null;
        }
        return new HttpMessage(status, headers, body);
    }

    /// <summary>Joins the chunks of a chunked body; a malformed size ends it where it breaks.</summary>
    private static byte[] Dechunk(byte[] body)
    {
        using var output = new MemoryStream();
        int at = 0;
        while (at < body.Length)
        {
            int lineEnd = Array.IndexOf(body, (byte)'\n', at);
            if (lineEnd < 0) break;
            string sizeText = System.Text.Encoding.ASCII.GetString(body, at, lineEnd - at).Split(';')[0].Trim();
            if (!int.TryParse(sizeText, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out int size) || size <= 0) break;
            int start = lineEnd + 1;
            int count = Math.Min(size, body.Length - start);
            output.Write(body, start, count);
            at = start + count + 2; // chunk data is followed by CRLF
        }
        return output.ToArray();
    }

    private static byte[] Inflate(byte[] body)
    {
        using var input = new ZLibStream(new MemoryStream(body), CompressionMode.Decompress);
        using var output = new MemoryStream();
        var buffer = new byte[81920];
        int n;
        while ((n = input.Read(buffer, 0, buffer.Length)) > 0)
        {
            if (output.Length + n > MaxBodyBytes) throw new InvalidDataException("body too large");
            output.Write(buffer, 0, n);
        }
        return output.ToArray();
    }
}

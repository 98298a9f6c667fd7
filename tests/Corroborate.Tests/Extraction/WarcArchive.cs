using System.IO.Compression;
using System.Text;

namespace Corroborate.Tests.Extraction;

/// <summary>Writes WARC records and HTTP responses the way crawlers do, for reader tests and fuzz seeds.</summary>
public static class WarcArchive
{
    public static byte[] Record(string type, string? uri, string contentType, byte[] block)
    {
        var header = new StringBuilder($"WARC/1.0\r\nWARC-Type: {type}\r\nWARC-Record-ID: <urn:uuid:{Guid.NewGuid()}>\r\n");
        if (uri is not null) header.Append($"WARC-Target-URI: {uri}\r\n");
        header.Append($"WARC-Date: 2024-03-05T09:30:00Z\r\nContent-Type: {contentType}\r\nContent-Length: {block.Length}\r\n\r\n");
        return [.. Encoding.UTF8.GetBytes(header.ToString()), .. block, .. "\r\n\r\n"u8];
    }

    public static byte[] HttpResponse(string body, string contentType = "text/html; charset=utf-8", string extraHeaders = "") =>
        Encoding.UTF8.GetBytes($"HTTP/1.1 200 OK\r\nContent-Type: {contentType}\r\n{extraHeaders}\r\n{body}");

    /// <summary>A response record for an HTML page at <paramref name="uri"/>.</summary>
    public static byte[] PageRecord(string uri, string html) =>
        Record("response", uri, "application/http; msgtype=response", HttpResponse(html));

    /// <summary>One gzip member; .warc.gz files hold one per record.</summary>
    public static byte[] GzipMember(byte[] data)
    {
        using var output = new MemoryStream();
        using (var gz = new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true)) gz.Write(data);
        return output.ToArray();
    }
}

using System.Text;
using Corroborate.Core;
using Corroborate.Core.Ingest;
using static Corroborate.Tests.Extraction.WarcArchive;

namespace Corroborate.Tests.Extraction;

public class WarcReaderTests
{
    private const string Prose = "The council voted on Tuesday to close the old harbour bridge, citing corrosion in two of its main supports.";

    private static byte[] Page(string headline) => HttpResponse($"<html><head><title>{headline}</title></head><body><article><p>{headline}: {Prose}</p></article></body></html>");

    private static ReadResult Read(string path, byte[] bytes) => DocumentReader.Read(new RawDocument(path, bytes));

    private static byte[] SampleArchive() =>
    [
        .. Record("warcinfo", null, "application/warc-fields", "software: test\r\n"u8.ToArray()),
        .. Record("request", "https://harbour.example/one", "application/http; msgtype=request", "GET /one HTTP/1.1\r\n\r\n"u8.ToArray()),
        .. Record("response", "https://harbour.example/one", "application/http; msgtype=response", Page("First")),
        .. Record("response", "https://harbour.example/logo.png", "application/http; msgtype=response", HttpResponse("PNG", "image/png")),
        .. Record("response", "https://harbour.example/two", "application/http; msgtype=response", Page("Second")),
    ];

    [Fact]
    public void ArchiveWithNoRecordIsEmptyAndOneWithNoPageIsNot()
    {
        Assert.Equal("empty WARC file", Assert.Single(Read("blank.warc", "\r\n\r\n"u8.ToArray()).Skipped).Reason);
        var infoOnly = Read("info.warc", Record("warcinfo", null, "application/warc-fields", "software: test\r\n"u8.ToArray()));
        Assert.Empty(infoOnly.Drafts);
        Assert.Empty(infoOnly.Skipped);
    }

    [Fact]
    public void PlainWarcYieldsOneArticlePerHtmlResponse()
    {
        var r = Read("crawl.warc", SampleArchive());
        Assert.Empty(r.Skipped);
        Assert.Equal(["https://harbour.example/one", "https://harbour.example/two"], r.Drafts.Select(d => d.Url));
        Assert.All(r.Drafts, d => Assert.Equal(SourceFormat.Warc, d.Format));
        Assert.StartsWith("First: ", r.Drafts[0].Text);
    }

    [Fact]
    public void GzipWarcWithOneMemberPerRecordIsReadInTurn()
    {
        var records = new[] { Record("response", "https://a.example/1", "application/http; msgtype=response", Page("One")), Record("response", "https://a.example/2", "application/http; msgtype=response", Page("Two")) };
        byte[] gz = records.SelectMany(GzipMember).ToArray();
        var r = Read("crawl.warc.gz", gz);
        Assert.Equal(2, r.Drafts.Count);
    }

    [Fact]
    public void ChunkedAndCompressedHttpBodiesAreDecoded()
    {
        byte[] html = Encoding.UTF8.GetBytes($"<html><body><p>{Prose}</p></body></html>");
        byte[] gzipped = GzipMember(html);
        string chunkHeader = $"{gzipped.Length:x}\r\n";
        byte[] body = [.. Encoding.ASCII.GetBytes(chunkHeader), .. gzipped, .. "\r\n0\r\n\r\n"u8];
        byte[] response = [.. Encoding.ASCII.GetBytes("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\nContent-Encoding: gzip\r\n\r\n"), .. body];
        var r = Read("one.warc", Record("response", "https://a.example/c", "application/http; msgtype=response", response));
        Assert.Equal(Prose, Assert.Single(r.Drafts).Text);
    }

    [Fact]
    public void TruncatedGzipKeepsEarlierRecordsAndSaysWhy()
    {
        var first = GzipMember(Record("response", "https://a.example/1", "application/http; msgtype=response", Page("One")));
        var second = GzipMember(Record("response", "https://a.example/2", "application/http; msgtype=response", Page("Two")));
        byte[] truncated = [.. first, .. second[..(second.Length / 2)]];
        var r = Read("cut.warc.gz", truncated);
        Assert.Equal("https://a.example/1", Assert.Single(r.Drafts).Url);
        var skip = Assert.Single(r.Skipped);
        Assert.Equal("cut.warc.gz#2", skip.Path);
        Assert.Contains("truncated", skip.Reason);
    }

    [Fact]
    public void GarbageAfterRecordsStopsWithAReason()
    {
        byte[] bytes = [.. Record("response", "https://a.example/1", "application/http; msgtype=response", Page("One")), .. "this is not a record\r\n\r\n"u8];
        var r = Read("odd.warc", bytes);
        Assert.Single(r.Drafts);
        Assert.Contains("not a WARC record", Assert.Single(r.Skipped).Reason);
    }

    [Fact]
    public void GzippedHtmlIsReadDirectly()
    {
        var r = Read("page.html.gz", GzipMember(Encoding.UTF8.GetBytes($"<html><body><p>{Prose}</p></body></html>")));
        Assert.Equal(Prose, Assert.Single(r.Drafts).Text);
    }
}

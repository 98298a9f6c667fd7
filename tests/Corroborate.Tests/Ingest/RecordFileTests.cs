using System.IO.Compression;
using System.Text;
using System.Text.Json;
using Corroborate.Core.Ingest;
using Corroborate.Tests.Extraction;

namespace Corroborate.Tests.Ingest;

/// <summary>JSON Lines and WARC files are read record by record: any file size, a size limit per record.</summary>
public sealed class RecordFileTests : IDisposable
{
    private const long Limit = 4096;
    private readonly string _folder = Directory.CreateTempSubdirectory("records").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static string Body(int i) =>
        $"Record {i}: the harbour council voted on Tuesday to close the old bridge after engineers found corrosion in {i} of its supports. " +
        "Ferries will carry commuters across the estuary until a new crossing opens, officials said.";

    private static string JsonLine(int i, string? text = null) =>
        JsonSerializer.Serialize(new { url = $"https://harbour.example/{i}", text = text ?? Body(i) });

    private string Write(string name, byte[] bytes)
    {
        string path = Path.Combine(_folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private static IngestBatch[] Ingest(string path) =>
        new Ingestor(new IngestOptions { MaxFileBytes = Limit }).Run([path]).ToArray();

    private static byte[] Gzipped(byte[] data) => WarcArchive.GzipMember(data);

    private static byte[] Lines(IEnumerable<string> lines) => Encoding.UTF8.GetBytes(string.Join("\n", lines) + "\n");

    [Fact]
    public void JsonLinesFileOverTheLimitIsReadWholeAndAnOverlongRecordIsSkipped()
    {
        var lines = Enumerable.Range(0, 60).Select(i => JsonLine(i, i == 30 ? new string('x', 10_000) : null)).ToList();
        var batches = Ingest(Write("big.jsonl", Lines(lines)));
        Assert.True(new FileInfo(Path.Combine(_folder, "big.jsonl")).Length > 5 * Limit);
        Assert.Equal(59, batches.Sum(b => b.Articles.Count));
        var skipped = Assert.Single(batches.SelectMany(b => b.Skipped));
        Assert.EndsWith("big.jsonl:31", skipped.Path);
        Assert.Contains("record too large", skipped.Reason);
    }

    [Fact]
    public void GzippedJsonLinesAreReadAsAStream()
    {
        var batches = Ingest(Write("big.jsonl.gz", Gzipped(Lines(Enumerable.Range(0, 40).Select(i => JsonLine(i))))));
        Assert.Equal(40, batches.Sum(b => b.Articles.Count));
        Assert.Empty(batches.SelectMany(b => b.Skipped));
    }

    [Fact]
    public void GzipCutShortKeepsTheRecordsBeforeAndSkipsTheCutOne()
    {
        var whole = Gzipped(Lines(Enumerable.Range(0, 400).Select(i => JsonLine(i))));
        var batches = Ingest(Write("cut.jsonl.gz", whole[..(whole.Length / 2)]));
        int read = batches.Sum(b => b.Articles.Count);
        Assert.InRange(read, 1, 399);
        var skipped = Assert.Single(batches.SelectMany(b => b.Skipped));
        Assert.EndsWith($"cut.jsonl.gz:{read + 1}", skipped.Path);
    }

    [Fact]
    public void FileThatFailsWhileBeingReadKeepsTheRecordsBeforeAndSaysWhereItStopped()
    {
        string path = Write("later.jsonl", Lines(Enumerable.Range(0, 30).Select(i => JsonLine(i))));
        var input = new StreamedInput(path, () => new FailingAfter(File.OpenRead(path), 6_000));
        var items = new Ingestor(new IngestOptions()).Run([input]).ToArray();
        int read = items.Sum(b => b.Articles.Count);
        Assert.InRange(read, 1, 29);
        Assert.Contains($"reading stopped after {read} records", Assert.Single(items.SelectMany(b => b.Skipped)).Reason);
    }

    /// <summary>A disk that fails after some bytes.</summary>
    private sealed class FailingAfter(Stream inner, long bytes) : Stream
    {
        private long _read;
        public override int Read(byte[] buffer, int offset, int count)
        {
            if (_read >= bytes) throw new IOException("simulated read error");
            int n = inner.Read(buffer, offset, (int)Math.Min(count, bytes - _read));
            _read += n;
            return n;
        }
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => _read; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        protected override void Dispose(bool disposing) { if (disposing) inner.Dispose(); base.Dispose(disposing); }
    }

    [Fact]
    public void WarcFileOverTheLimitIsReadAndAnOversizeRecordIsSkipped()
    {
        var records = Enumerable.Range(0, 12).Select(i => WarcArchive.PageRecord($"https://harbour.example/{i}",
            $"<html><body><article><p>{(i == 5 ? string.Concat(Enumerable.Repeat(Body(i) + " ", 40)) : Body(i))}</p></article></body></html>"));
        var batches = Ingest(Write("crawl.warc", records.SelectMany(r => r).ToArray()));
        Assert.Equal(11, batches.Sum(b => b.Articles.Count));
        Assert.Contains("WARC record too large", Assert.Single(batches.SelectMany(b => b.Skipped)).Reason);
    }

    [Theory]
    [InlineData("empty.jsonl", new byte[0], "empty file")]
    [InlineData("binary.jsonl", new byte[] { 0, 1, 2, 3, 0, 0, 0, 5, 0, 0 }, "binary file, not text")]
    [InlineData("bad.jsonl.gz", new byte[] { 0x1F, 0x8B, 8, 0, 9, 9, 9, 9, 9, 9, 9, 9 }, "decompression")]
    public void UnreadableRecordFileIsOneSkipWithAReason(string name, byte[] bytes, string reason)
    {
        var batches = Ingest(Write(name, bytes));
        Assert.Empty(batches.SelectMany(b => b.Articles));
        Assert.Contains(reason, Assert.Single(batches.SelectMany(b => b.Skipped)).Reason);
    }

    [Fact]
    public void WarcFileOfBlankLinesIsOneSkip()
    {
        var batches = Ingest(Write("blank.warc", "\r\n\r\n"u8.ToArray()));
        Assert.Equal("empty WARC file", Assert.Single(batches.SelectMany(b => b.Skipped)).Reason);
    }

    [Fact]
    public void BoundedLinesKeepLineNumbersAcrossLongLinesAndBufferEdges()
    {
        string text = "a\r\n" + new string('b', 100_000) + "\n\nc" + new string('d', 70_000) + "\nlast";
        var lines = BoundedLines.Read(new StringReader(text), 80_000).ToList();
        Assert.Equal([1, 2, 3, 4, 5], lines.Select(l => l.Number));
        Assert.Equal(["a", null, "", "c" + new string('d', 70_000), "last"], lines.Select(l => l.Text));
    }
}

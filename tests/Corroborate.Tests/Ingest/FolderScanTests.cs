using System.Diagnostics;
using Corroborate.Core.Ingest;
using Corroborate.Tests.Cli;

namespace Corroborate.Tests.Ingest;

/// <summary>Folder scanning on hostile trees: link loops, links out of the tree, FIFOs (Unix only).</summary>
public sealed class FolderScanTests : IDisposable
{
    private const string Article = "Storm closes the coast road\n\nA storm closed the coast road on Tuesday, police said.";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private readonly TempDir _temp = new();

    public void Dispose() => _temp.Dispose();

    [UnixFact]
    public async Task LinkLoopsAndLinksOutOfTheTreeAreNotFollowed()
    {
        string root = _temp.File("tree");
        string a = Write("tree/a.txt"), b = Write("tree/sub/b.txt");
        Directory.CreateSymbolicLink(Path.Combine(root, "sub", "loop"), "..");
        Directory.CreateSymbolicLink(Path.Combine(root, "self"), ".");
        Directory.CreateSymbolicLink(Path.Combine(root, "alias"), "sub");
        Directory.CreateSymbolicLink(Path.Combine(root, "everything"), "/");
        File.CreateSymbolicLink(Path.Combine(root, "z-copy.txt"), "a.txt");
        File.CreateSymbolicLink(Path.Combine(root, "outside.txt"), Write("secret.txt"));
        File.CreateSymbolicLink(Path.Combine(root, "dangling.txt"), "gone.txt");

        var files = await Task.Run(() => InputScanner.Expand([root])).WaitAsync(Patience);

        Assert.Equal([a, b], files); // each real file once, by its own name; nothing from outside
        var batches = new Ingestor(new IngestOptions()).Run(files).ToList();
        Assert.Equal(2, batches.Sum(x => x.Articles.Count));
    }

    [UnixFact]
    public async Task FifosAreSkippedWithAReasonAndTheBatchGoesOn()
    {
        string good = Write("in/good.txt");
        string fifo = _temp.File("in/pipe.txt");
        using (var mkfifo = Process.Start("mkfifo", fifo)) await mkfifo.WaitForExitAsync();

        var files = InputScanner.Expand([_temp.File("in")]);
        var batches = await Task.Run(() => new Ingestor(new IngestOptions()).Run(files).ToList()).WaitAsync(Patience);

        Assert.Single(batches.SelectMany(x => x.Articles), x => x.Path == good);
        var skipped = Assert.Single(batches.SelectMany(x => x.Skipped));
        Assert.Equal(fifo, skipped.Path);
        Assert.StartsWith("not a regular file but a FIFO", skipped.Reason);
    }

    [UnixFact]
    public async Task IngestAndExtractFinishOnAFolderWithALoopAndAFifo()
    {
        string root = _temp.File("tree");
        Write("tree/a.txt");
        Directory.CreateSymbolicLink(Path.Combine(root, "loop"), ".");
        using (var mkfifo = Process.Start("mkfifo", Path.Combine(root, "pipe.html"))) await mkfifo.WaitForExitAsync();

        var ingest = CliRunner.Run(_temp.Path, "ingest", "tree");
        Assert.Equal(2, ingest.ExitCode); // partial: one article in, the FIFO reported
        Assert.Contains("pipe.html: not a regular file but a FIFO", ingest.Stderr);
        var extract = CliRunner.Run(_temp.Path, "extract", "tree");
        Assert.Equal(2, extract.ExitCode);
        Assert.Matches("skipped .*pipe.html: not a regular file but a FIFO", extract.Stderr);
    }

    private string Write(string name) => _temp.Write(name, $"{Article}\n\nFiled as {name}.");
}

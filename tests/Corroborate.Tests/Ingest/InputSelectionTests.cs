using System.IO.Compression;
using System.Text;
using Corroborate.Core.Ingest;
using Corroborate.Tests.Cli;

namespace Corroborate.Tests.Ingest;

/// <summary>Which files of a folder are read as articles, and how --include and --exclude change that.</summary>
public sealed class InputSelectionTests : IDisposable
{
    private const string Story = "Storm closes the coast road\n\nA storm closed the coast road on Tuesday.";
    private const string Page =
        "<!doctype html><html><head><title>Storm</title></head><body><p>" + Story + "</p></body></html>";
    private readonly TempDir _temp = new();

    public void Dispose() => _temp.Dispose();

    /// <summary>A folder as users keep them: articles beside a README, label tables, gold files and images.</summary>
    private string MixedFolder()
    {
        _temp.Write("in/a.txt", Story + " One.");
        _temp.Write("in/b.html", Page);
        string json = Story.Replace("\n", "\\n");
        _temp.Write("in/articles.jsonl", $"{{\"url\": \"http://x/1\", \"text\": \"{json} Two.\"}}\n");
        _temp.Write("in/page", Page.Replace("Storm", "Flood"));
        _temp.Write("in/feed.xml", "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><item><title>Storm</title>"
            + "<description>A storm closed the coast road on Wednesday.</description></item></channel></rss>");
        _temp.Write("in/README.md", "# About this folder\n\nArticles about storms.");
        _temp.Write("in/labels.tsv", "file\tstory\na.txt\tstorm\n");
        _temp.Write("in/sub/scores.csv", "a,b\n1,2\n");
        _temp.Write("in/gold.jsonl", "{\"story\": \"storm\", \"value\": 34}\n");
        _temp.Write("in/config.json", "{\n  \"pretty\": true\n}\n");
        _temp.Write("in/LICENSE", "Permission is hereby granted, free of charge.");
        _temp.Write("in/other.xml", "<?xml version=\"1.0\"?><settings><a>1</a></settings>");
        File.WriteAllBytes(_temp.File("in/logo.png"), [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13]);
        File.WriteAllBytes(_temp.File("in/blob.txt"), [1, 2, 0, 3, 4, 0, 5]);
        using (var gz = new GZipStream(File.Create(_temp.File("in/c.html.gz")), CompressionLevel.Fastest))
            gz.Write(Encoding.UTF8.GetBytes(Page.Replace("Storm", "Fire")));
        return _temp.File("in");
    }

    [Fact]
    public void AFolderGivesItsArticleFilesAndSaysWhyTheOthersWereSkipped()
    {
        var selected = InputScanner.Select([MixedFolder()], InputFilter.ArticleFiles);

        Assert.Equal(["a.txt", "articles.jsonl", "b.html", "c.html.gz", "feed.xml", "page"],
            selected.Files.Select(Path.GetFileName));
        var reasons = selected.NotArticles.ToDictionary(s => Path.GetFileName(s.Path), s => s.Reason);
        Assert.Equal("not an article format (.md)", reasons["README.md"]);
        Assert.Equal("not an article format (.tsv)", reasons["labels.tsv"]);
        Assert.Equal("not an article format (.csv)", reasons["scores.csv"]);
        Assert.Equal("not an article format (.png)", reasons["logo.png"]);
        Assert.StartsWith("JSON Lines whose records have no 'text' or 'html' field", reasons["gold.jsonl"]);
        Assert.StartsWith("JSON but not JSON Lines", reasons["config.json"]);
        Assert.StartsWith("no extension, and plain text", reasons["LICENSE"]);
        Assert.StartsWith("XML that is not an RSS or Atom feed", reasons["other.xml"]);
        Assert.StartsWith("binary content", reasons["blob.txt"]);
        Assert.Equal(9, selected.NotArticles.Count);
    }

    [Fact]
    public void FilesNamedDirectlyAreReadWhateverTheirFormat()
    {
        MixedFolder();
        string readme = _temp.File("in/README.md");

        var selected = InputScanner.Select([readme, InputScanner.StandardInput], InputFilter.ArticleFiles);

        Assert.Equal([readme, InputScanner.StandardInput], selected.Files);
        Assert.Empty(selected.NotArticles);
    }

    [Fact]
    public void IncludeReadsExactlyTheMatchingFilesAndExcludeWins()
    {
        string folder = MixedFolder();

        var markdown = InputScanner.Select([folder], InputFilter.FromPatterns(["*.md", "sub/**"], ["**/*.csv"]));
        Assert.Equal(["README.md"], markdown.Files.Select(Path.GetFileName));
        Assert.Empty(markdown.NotArticles); // what the patterns leave out is the user's choice, not reported

        var noHtml = InputScanner.Select([folder], InputFilter.FromPatterns([], ["*.html*", "page"]));
        Assert.Equal(["a.txt", "articles.jsonl", "feed.xml"], noHtml.Files.Select(Path.GetFileName));
        Assert.Equal(9, noHtml.NotArticles.Count);
    }

    [Theory]
    [InlineData("*.md", "README.md", true)]
    [InlineData("*.md", "docs/deep/notes.md", true)]
    [InlineData("*.md", "notes.md.txt", false)]
    [InlineData("docs/*.md", "docs/deep/notes.md", false)]
    [InlineData("docs/**/*.md", "docs/notes.md", true)]
    [InlineData("docs/**/*.md", "docs/deep/er/notes.md", true)]
    [InlineData("docs/**", "docs/a/b.txt", true)]
    [InlineData("./2018/*.txt", "2018/a.txt", true)]
    [InlineData("2018/?.txt", "2018/ab.txt", false)]
    [InlineData("a+b(1).txt", "a+b(1).txt", true)]
    public void GlobsMatchPathsRelativeToTheFolder(string pattern, string path, bool matches) =>
        Assert.Equal(matches, new PathGlob(pattern).Matches(path));

    [Fact]
    public void AnalyzeOfAMixedFolderReadsTheArticlesAndReportsTheRestWithoutFailing()
    {
        MixedFolder();

        var run = CliRunner.Run(_temp.Path, "ingest", "in", "--json", "--article-timeout", "600");

        Assert.True(run.ExitCode == 0, run.Stderr); // files skipped as not articles do not make the run partial
        Assert.Contains($"skipped {_temp.File("in/README.md")}: not an article format (.md)", run.Stderr);
        Assert.Contains("\"read\":6", run.Stdout);
        Assert.DoesNotContain("Exception", run.Stderr);
    }

    [Fact]
    public void AFolderWithoutArticlesIsAnErrorThatSaysHowToReadItAnyway()
    {
        _temp.Write("notes/README.md", "# Notes");
        _temp.Write("notes/labels.tsv", "a\tb\n");

        var run = CliRunner.Run(_temp.Path, "analyze", "notes", "--out", "report");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("error: no article files in the inputs (2 other files skipped;", run.Stderr);

        var included = CliRunner.Run(_temp.Path, "ingest", "notes", "--include", "*.md");
        Assert.Equal(0, included.ExitCode);
        Assert.Contains("1 articles read", included.Stdout);
    }

    [Fact]
    public void AnEmptyPatternIsAUsageError()
    {
        _temp.Write("in/a.txt", Story);

        var run = CliRunner.Run(_temp.Path, "ingest", "in", "--exclude", " ");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("error: bad --include or --exclude pattern: an empty pattern matches nothing", run.Stderr.Trim());
    }

    [SharedDataFact]
    public void RealNewsDevAsAFolderReadsOnlyItsArticles()
    {
        string folder = Path.Combine(TestPaths.SharedData, "realnews-dev");

        var selected = InputScanner.Select([folder], InputFilter.ArticleFiles);

        Assert.Equal(["articles.jsonl"], selected.Files.Select(Path.GetFileName));
        Assert.Contains(selected.NotArticles, s => Path.GetFileName(s.Path) == "README.md");
        Assert.Contains(selected.NotArticles, s => Path.GetFileName(s.Path) == "labels.tsv");
        Assert.Contains(selected.NotArticles, s => Path.GetFileName(s.Path) == "findings.gold.jsonl");
        var drafts = new Ingestor(new IngestOptions()).ReadBatches(selected.Files).ToList();
        Assert.Equal(215, drafts.Sum(b => b.Drafts.Count));
        Assert.Empty(drafts.SelectMany(b => b.Skipped));
    }
}

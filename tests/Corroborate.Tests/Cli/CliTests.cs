using System.Text.Json;

namespace Corroborate.Tests.Cli;

public class CliTests : IDisposable
{
    private readonly TempDir _temp = new();

    [SharedDataFact]
    public void AnalyzeSeedsWritesThreeReportsWithEveryArticleAndTitle()
    {
        var r = CliRunner.Run(_temp.Path, "analyze", TestPaths.Seeds, "--out", "out");
        Assert.True(r.ExitCode == 0, r.Stderr);
        foreach (var f in new[] { "report.json", "report.md", "report.html" }) Assert.True(File.Exists(_temp.File($"out/{f}")), f);
        using var json = JsonDocument.Parse(File.ReadAllText(_temp.File("out/report.json")));
        var articles = json.RootElement.GetProperty("articles").EnumerateArray().ToList();
        Assert.Equal(5, articles.Count);
        Assert.All(articles, a => Assert.False(string.IsNullOrWhiteSpace(a.GetProperty("title").GetString())));
        string html = File.ReadAllText(_temp.File("out/report.html"));
        Assert.All(articles, a => Assert.Contains(System.Net.WebUtility.HtmlEncode(a.GetProperty("title").GetString()!), html));
        // Every claim carries its frame, and the HTML report shows it in each article's claims table.
        var claims = json.RootElement.GetProperty("claims").EnumerateArray().ToList();
        Assert.All(claims, c =>
        {
            foreach (var field in new[] { "measure", "group", "condition", "scope", "trend" }) Assert.True(c.TryGetProperty(field, out _), field);
        });
        Assert.Contains(claims, c => c.GetProperty("measure").GetString() == "arrested" && c.GetProperty("value_low").GetDouble() == 4400);
        Assert.Contains("<th>Measure</th><th>Group</th><th>Condition</th><th>Scope</th><th>Trend</th>", html);
    }

    [Fact]
    public void ReportsAreTheSameForOneThreadAndForTwo()
    {
        string demo = Path.Combine(TestPaths.Demo, "articles");
        foreach (var threads in new[] { "1", "2" })
        {
            var r = CliRunner.Run(_temp.Path, "analyze", demo, "--threads", threads, "--db", $"t{threads}.db", "--out", $"t{threads}");
            Assert.True(r.ExitCode == 0, r.Stderr);
        }
        foreach (var f in new[] { "report.json", "report.md", "report.html" })
            Assert.Equal(File.ReadAllText(_temp.File($"t1/{f}")), File.ReadAllText(_temp.File($"t2/{f}")));
        var refused = CliRunner.Run(_temp.Path, "analyze", demo, "--threads", "0");
        Assert.NotEqual(0, refused.ExitCode);
        Assert.Contains("--threads must be at least 1", refused.Stderr);
    }

    [SharedDataFact]
    public void SeedJunkIsRemovedAndNoBodySentenceIs()
    {
        CliRunner.Run(_temp.Path, "analyze", TestPaths.Seeds, "--out", "out");
        using var json = JsonDocument.Parse(File.ReadAllText(_temp.File("out/report.json")));
        var removed = new List<string>();
        foreach (var a in json.RootElement.GetProperty("articles").EnumerateArray())
        {
            string text = a.GetProperty("text").GetString()!;
            removed.AddRange(a.GetProperty("removed_lines").EnumerateArray().Select(l => l.GetProperty("text").GetString()!));
            // Every line of the input that reads as prose must still be in the text.
            string original = Core.Text.TextNormalizer.Normalize(File.ReadAllText(a.GetProperty("path").GetString()!)).Text;
            foreach (var line in original.Split('\n').Where(l => l.Split(' ').Length >= 6 && l.TrimEnd('"').EndsWith('.')))
                Assert.Contains(line, text);
        }
        foreach (var junk in new[] { "© KEYSTONE / AP / Vasily Krestyaninov", "Leave a Replay", "Source link -88", "source site-34", "Comments (0)", "Leave a Reply", "Your email address will not be published. Required fields are marked *" })
            Assert.Contains(junk, removed);
    }

    [SharedDataFact]
    public void IngestingTheSameInputAgainAddsNothing()
    {
        var first = CliRunner.Run(_temp.Path, "ingest", TestPaths.Seeds, "--json");
        Assert.Equal(0, first.ExitCode);
        Assert.Equal(5, JsonDocument.Parse(first.Stdout).RootElement.GetProperty("added").GetInt32());
        var second = CliRunner.Run(_temp.Path, "ingest", TestPaths.Seeds, "--json");
        Assert.Equal(0, JsonDocument.Parse(second.Stdout).RootElement.GetProperty("added").GetInt32());
        var list = CliRunner.Run(_temp.Path, "articles", "list", "--json");
        Assert.Equal(5, JsonDocument.Parse(list.Stdout).RootElement.GetArrayLength());
    }

    [Fact]
    public void BadFilesAreEachReportedAndTheRunIsPartial()
    {
        string dir = Path.Combine(_temp.Path, "mixed");
        Directory.CreateDirectory(dir);
        File.WriteAllBytes(Path.Combine(dir, "image.png"), [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D]);
        File.WriteAllText(Path.Combine(dir, "empty.txt"), "");
        using (var big = File.Create(Path.Combine(dir, "huge.txt")))
        {
            var line = System.Text.Encoding.ASCII.GetBytes("The council met again on Tuesday and talked about the harbour.\n");
            for (long written = 0; written < 50L << 20; written += line.Length) big.Write(line);
        }
        File.WriteAllText(Path.Combine(dir, "good.txt"), "Harbour council meets\n\nThe council met on Tuesday to discuss the harbour.");
        var r = CliRunner.Run(_temp.Path, "analyze", dir, "--out", "out");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("image.png: not an article format (.png)", r.Stderr); // reported, but not what makes it partial
        Assert.Contains("empty.txt: empty file", r.Stderr);
        Assert.Contains("huge.txt: file too large", r.Stderr);
        Assert.DoesNotContain("   at ", r.Stderr); // no stack trace
        using var json = JsonDocument.Parse(File.ReadAllText(_temp.File("out/report.json")));
        Assert.Equal(1, json.RootElement.GetProperty("articles").GetArrayLength());
        Assert.Equal(2, json.RootElement.GetProperty("skipped").GetArrayLength());
    }

    [Fact]
    public void ReadsStandardInput()
    {
        var r = CliRunner.RunWithInput(_temp.Path, "Quiet day in the harbour town\n\nNothing happened on Sunday, the mayor said.", "ingest", "-", "--json");
        Assert.Equal(0, r.ExitCode);
        Assert.Equal(1, JsonDocument.Parse(r.Stdout).RootElement.GetProperty("added").GetInt32());
        var show = CliRunner.Run(_temp.Path, "articles", "list");
        Assert.Contains("Quiet day in the harbour town", show.Stdout);
    }

    [Fact]
    public void UsageErrorsAreOneLineAndExitOne()
    {
        Assert.Equal(1, CliRunner.Run(_temp.Path, "articles", "show", "nope").ExitCode);
        var missing = CliRunner.Run(_temp.Path, "ingest", "does-not-exist.txt");
        Assert.Equal(1, missing.ExitCode);
        Assert.Contains("no such file", missing.Stderr);
        _temp.Write("not-a-db", "plain text");
        var badDb = CliRunner.Run(_temp.Path, "articles", "list", "--db", "not-a-db");
        Assert.Equal(1, badDb.ExitCode);
        Assert.StartsWith("error: cannot open the database", badDb.Stderr);
        Assert.NotEqual(0, CliRunner.Run(_temp.Path, "analyze").ExitCode);
        Assert.Equal(1, CliRunner.Run(_temp.Path, "ingest", "x", "--max-file-size", "lots").ExitCode);
    }

    [Fact]
    public void EveryCommandHasHelp()
    {
        foreach (var cmd in new[] { new[] { "--help" }, ["analyze", "--help"], ["ingest", "--help"], ["articles", "list", "--help"], ["articles", "show", "--help"] })
        {
            var r = CliRunner.Run(_temp.Path, cmd);
            Assert.Equal(0, r.ExitCode);
            Assert.Contains("Usage:", r.Stdout);
        }
    }

    [SharedDataFact]
    public void FollowUpAnalysedAloneIsReadWithItsStorysEarlierArticles()
    {
        var seeds = Directory.GetFiles(TestPaths.Seeds).Order().ToList();
        Directory.CreateDirectory(_temp.File("first"));
        foreach (var earlier in seeds.SkipLast(1)) File.Copy(earlier, _temp.File("first/" + Path.GetFileName(earlier)));
        Assert.Equal(0, CliRunner.Run(_temp.Path, "analyze", _temp.File("first"), "--out", "day1", "--db", "s.db").ExitCode);

        var r = CliRunner.Run(_temp.Path, "analyze", seeds[^1], "--out", "day2", "--db", "s.db");
        Assert.True(r.ExitCode == 0, r.Stderr);
        Assert.Contains("1 articles analysed (1 new, with 4 stored earlier in the same stories)", r.Stdout);
        using var json = JsonDocument.Parse(File.ReadAllText(_temp.File("day2/report.json")));
        Assert.Equal(5, json.RootElement.GetProperty("articles").GetArrayLength());
    }

    [Fact]
    public void SameInputsGiveByteIdenticalJson()
    {
        string dir = Path.Combine(_temp.Path, "in");
        _temp.Write("in/a.txt", "Storm closes the port\n\nThe port closed on Monday, officials said.");
        _temp.Write("in/b.jsonl", "{\"source\":\"Coast News\",\"title\":\"Port shut\",\"published\":\"2025-06-02T10:00:00Z\",\"text\":\"The port was shut on Monday.\"}\n");
        CliRunner.Run(_temp.Path, "analyze", dir, "--out", "one", "--db", "one.db");
        CliRunner.Run(_temp.Path, "analyze", dir, "--out", "two", "--db", "two.db");
        Assert.Equal(File.ReadAllBytes(_temp.File("one/report.json")), File.ReadAllBytes(_temp.File("two/report.json")));
    }

    [Fact]
    public void AnalyzeWritesLeadsByDefaultAndFullTextsWithWithText()
    {
        var paragraphs = Enumerable.Range(1, 12).Select(i => $"Paragraph {i} says the port stayed closed on Monday, officials said.");
        string body = string.Join("\n\n", paragraphs);
        _temp.Write("in/port.txt", "Storm closes the port\n\n" + body + "\n\nThe last paragraph of the report.");
        Assert.Equal(0, CliRunner.Run(_temp.Path, "analyze", _temp.File("in"), "--out", "lead").ExitCode);
        var full = CliRunner.Run(_temp.Path, "analyze", _temp.File("in"), "--out", "full", "--with-text");
        Assert.True(full.ExitCode == 0, full.Stderr);
        foreach (var f in new[] { "report.md", "report.html" })
        {
            string lead = File.ReadAllText(_temp.File($"lead/{f}")), text = File.ReadAllText(_temp.File($"full/{f}"));
            Assert.Contains("Paragraph 1 says", lead);
            Assert.DoesNotContain("The last paragraph of the report.", lead);
            Assert.Contains("The last paragraph of the report.", text);
            Assert.True(lead.Length < text.Length, f);
        }
        string Json(string dir) => File.ReadAllText(_temp.File($"{dir}/report.json"));
        Assert.Equal(Json("lead"), Json("full"));
        Assert.Contains("--with-text", CliRunner.Run(_temp.Path, "analyze", "--help").Stdout);
    }

    [Fact]
    public void HtmlReportEscapesArticleText()
    {
        _temp.Write("in/x.txt", "Payload headline <b>bold</b>\n\n<script>alert(1)</script> and <img src=x onerror=alert(2)> in the body text.");
        CliRunner.Run(_temp.Path, "analyze", _temp.File("in"), "--out", "out");
        string html = File.ReadAllText(_temp.File("out/report.html"));
        Assert.DoesNotContain("<script>", html);
        Assert.DoesNotContain("<img", html);
        Assert.Contains("&lt;script&gt;", html);
    }

    public void Dispose() => _temp.Dispose();
}

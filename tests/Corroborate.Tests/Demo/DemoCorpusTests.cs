using System.Text.Json;
using System.Text.RegularExpressions;
using Corroborate.Core.Text;
using Corroborate.Tests.Cli;

namespace Corroborate.Tests.Demo;

/// <summary>The demo corpus analysed end to end, checked against samples/demo/EXPECTED.md.</summary>
public sealed partial class DemoCorpusTests : IClassFixture<DemoCorpusTests.Analysis>
{
    public sealed class Analysis : IDisposable
    {
        private readonly TempDir _temp = new();
        public CliRunner.Result Run { get; }
        public JsonElement Report { get; }

        public Analysis()
        {
            Run = CliRunner.Run(_temp.Path, "analyze", Path.Combine(TestPaths.Demo, "articles"), "--out", "out");
            Report = JsonDocument.Parse(File.ReadAllText(_temp.File("out/report.json"))).RootElement.Clone();
        }

        public JsonElement Article(string fileName) =>
            Report.GetProperty("articles").EnumerateArray().Single(a => Path.GetFileName(a.GetProperty("path").GetString()!) == fileName);

        public void Dispose() => _temp.Dispose();
    }

    private readonly Analysis _analysis;

    public DemoCorpusTests(Analysis analysis) => _analysis = analysis;

    [Fact]
    public void AnalysesEveryDemoArticleWithoutSkipping()
    {
        Assert.True(_analysis.Run.ExitCode == 0, _analysis.Run.Stderr);
        var articles = _analysis.Report.GetProperty("articles").EnumerateArray().ToList();
        Assert.True(articles.Count >= 15);
        var outlets = articles.Select(a => a.GetProperty("source").GetString()).Where(s => s is not null).Distinct().Count();
        Assert.True(outlets >= 6, $"{outlets} outlets");
        Assert.All(articles, a => Assert.False(string.IsNullOrWhiteSpace(a.GetProperty("title").GetString())));
    }

    [Fact]
    public void JunkListedInExpectedIsRemovedAndSubheadingsKept()
    {
        var sections = ExpectedJunkSections();
        Assert.NotEmpty(sections);
        foreach (var (file, junk, keep) in sections)
        {
            var article = _analysis.Article(file);
            string text = article.GetProperty("text").GetString()!;
            var removed = article.GetProperty("removed_lines").EnumerateArray().Select(r => r.GetProperty("text").GetString()).ToList();
            foreach (var line in junk) Assert.True(removed.Contains(line), $"{file}: '{line}' should be removed");
            foreach (var line in keep) Assert.True(text.Split('\n').Contains(line), $"{file}: '{line}' should be kept");
        }
    }

    [Fact]
    public void DatelineOfTheContradictingArticleIsReadAsItsPublicationDate() =>
        Assert.StartsWith("2025-03-29T16:12", _analysis.Article("a09_prensa_austral_dateline.txt").GetProperty("published").GetString());

    [Fact]
    public void Windows1252PageIsDecoded()
    {
        string text = _analysis.Article("b06_global_observer_managers_arrested.html").GetProperty("text").GetString()!;
        Assert.Contains("Café", text);
        Assert.DoesNotContain("\uFFFD", text);
    }

    /// <summary>Reads section 11 of EXPECTED.md: per .txt file, the junk lines and the subheadings to keep.</summary>
    private static List<(string File, List<string> Junk, List<string> Keep)> ExpectedJunkSections()
    {
        string expected = File.ReadAllText(Path.Combine(TestPaths.Demo, "EXPECTED.md"));
        var result = new List<(string, List<string>, List<string>)>();
        foreach (Match m in FileSection().Matches(expected))
            result.Add((m.Groups["file"].Value, Quoted(m.Groups["junk"].Value), Quoted(m.Groups["keep"].Value)));
        return result;
    }

    private static List<string> Quoted(string list) =>
        Backticked().Matches(list).Select(q => TextNormalizer.Normalize(q.Groups[1].Value).Text).ToList();

    [GeneratedRegex(@"\*\*`(?<file>[^`]+\.txt)`\*\*.*?- junk to remove: (?<junk>[^\n]*)\n- subheadings to KEEP: (?<keep>[^\n]*)", RegexOptions.Singleline)]
    private static partial Regex FileSection();

    [GeneratedRegex("`([^`]+)`")]
    private static partial Regex Backticked();
}

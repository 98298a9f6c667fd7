using Corroborate.Core.Ingest;
using Corroborate.Core.Stories;
using Corroborate.Tests.Cli;

namespace Corroborate.Tests.Stories;

public class StoryCrossValidationTests
{
    private static readonly string DemoArticles = Path.Combine(TestPaths.Demo, "articles");

    [Fact]
    public void EveryEventIsHeldOutOnceAndTheDemoStoriesHoldUp()
    {
        var labels = File.ReadLines(Path.Combine(TestPaths.Demo, "labels.tsv")).Skip(1)
            .Select(l => l.Split('\t')).ToDictionary(c => c[0], c => c[1]);
        var articles = new Ingestor(new IngestOptions()).Run(InputScanner.Expand([DemoArticles]))
            .SelectMany(b => b.Articles).DistinctBy(a => a.Id).ToList();
        var grid = StoryCrossValidation.StoryGrid().Take(4)
            .Append(new StorySetting("shipped", StoryOptions.Default)).ToList();

        string? LabelOf(Core.Article a) =>
            (a.Url is { } url ? labels.GetValueOrDefault(url) : null) ?? labels.GetValueOrDefault(Path.GetFileName(a.Path ?? ""));

        var cv = StoryCrossValidation.Run(articles, LabelOf, folds: 2, grid);

        Assert.Equal(5, cv.Settings);
        Assert.Equal(4, cv.Folds.Sum(f => f.Events));
        Assert.Equal(21, cv.Folds.Sum(f => f.Articles));
        Assert.Equal(1.0, cv.DefaultF1, 3); // as eval clusters measures the demo stories
        Assert.All(cv.Folds, f =>
            Assert.True(f.HeldOutF1 >= 0.9 && f.HeldOutLow <= f.HeldOutF1 && f.HeldOutF1 <= f.HeldOutHigh, cv.Format()));
    }

    [Fact]
    public void TheGridVariesTheMainConstantsAroundTheShippedOnes()
    {
        var grid = StoryCrossValidation.StoryGrid();
        Assert.Equal(216, grid.Count);
        Assert.Equal(72, StoryCrossValidation.TopicGrid().Count);
        Assert.Contains(StoryCrossValidation.TopicGrid(), s => s.Options.Topics == StoryOptions.Default.Topics
            && s.Options.Stories == StoryOptions.Default.Stories
            && s.Options.TitleBoost == 3 && s.Options.EntityBoost == 2);
        Assert.Contains(grid, s => s.Options.Stories.JoinThreshold == StoryOptions.Default.Stories.JoinThreshold
            && s.Options.Stories.FollowUpCosine == StoryOptions.Default.Stories.FollowUpCosine
            && s.Options.Stories.DecayDays == StoryOptions.Default.Stories.DecayDays
            && s.Options.TitleBoost == StoryOptions.Default.TitleBoost
            && s.Options.EntityBoost == StoryOptions.Default.EntityBoost);
    }

    [Theory]
    [InlineData("--json")]
    [InlineData("--cv", "1")]
    public void CrossValidationRefusesWhatItCannotDoInOneLine(params string[] extra)
    {
        using var temp = new TempDir();
        string[] cv = extra.Contains("--cv") ? [] : ["--cv", "2"];
        string labels = Path.Combine(TestPaths.Demo, "labels.tsv");
        var run = CliRunner.Run(temp.Path, ["eval", "clusters", "--labels", labels, .. cv, .. extra, DemoArticles]);
        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("--cv", run.Stderr);
        Assert.DoesNotContain("   at ", run.Stderr);
    }

    [Theory]
    [InlineData("story")]
    [InlineData("topic")]
    public void TheCommandPrintsOneLinePerFoldAndTheEstimate(string level)
    {
        using var temp = new TempDir();
        string labels = Path.Combine(TestPaths.Demo, "labels.tsv");
        var run = CliRunner.Run(temp.Path, "eval", "clusters", "--labels", labels, "--level", level, "--cv", "2", DemoArticles);
        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Contains("fold 2: 2 ", run.Stdout);
        Assert.Contains($"settings of the {level} constants", run.Stdout);
        Assert.Contains("cross-validated B³ F1", run.Stdout);
    }
}

using System.Text;
using Corroborate.Core;
using Corroborate.Core.Ingest;

namespace Corroborate.Tests.Ingest;

public class ArticleBudgetTests
{
    /// <summary>Stands in for a stage that is slow or hungry on one hostile article and cheap on the others.</summary>
    private sealed class CostlyOn(string word, Action cost) : IArticleStage
    {
        public string Name => "costly";

        public StageContract Contract { get; } = new([], []);

        public Article Process(Article article)
        {
            if (article.Text.Contains(word)) cost();
            return article;
        }
    }

    private static IngestBatch Ingest(ArticleBudget budget, IArticleStage stage)
    {
        var documents = new[] { "a.txt", "hostile.txt", "c.txt" }
            .Select(path => new RawDocument(path, Encoding.UTF8.GetBytes($"The text of {Path.GetFileNameWithoutExtension(path)}.")));
        var ingestor = new Ingestor(new IngestOptions { ArticleBudget = budget }, _ => new Pipeline([stage]));
        return ingestor.Run(documents).Single();
    }

    [Fact]
    public void ArticleOverTheDeadlineIsSkippedWithItsReasonAndTheBatchGoesOn()
    {
        var budget = ArticleBudget.Unlimited with { Timeout = TimeSpan.FromMilliseconds(100) };
        var batch = Ingest(budget, new CostlyOn("hostile", () => Thread.Sleep(TimeSpan.FromSeconds(1))));
        Assert.Equal(["a.txt", "c.txt"], batch.Articles.Select(a => a.Path));
        var skipped = Assert.Single(batch.Skipped);
        Assert.Equal("hostile.txt", skipped.Path);
        Assert.Contains("took longer than 0.1 s", skipped.Reason);
        Assert.Contains("'costly'", skipped.Reason);
    }

    [Fact]
    public void ArticleOverTheMemoryBudgetIsSkippedWithItsReasonAndTheBatchGoesOn()
    {
        var budget = ArticleBudget.Unlimited with { MaxAllocatedBytes = 4L << 20 };
        var batch = Ingest(budget, new CostlyOn("hostile", () => GC.KeepAlive(new byte[8 << 20])));
        Assert.Equal(["a.txt", "c.txt"], batch.Articles.Select(a => a.Path));
        var skipped = Assert.Single(batch.Skipped);
        Assert.Equal("hostile.txt", skipped.Path);
        Assert.Contains("allocated more than 4 MB", skipped.Reason);
    }

    [Fact]
    public void StageWithCheckpointsIsStoppedInsideItselfNotAfterIt()
    {
        var budget = ArticleBudget.Unlimited with { Timeout = TimeSpan.FromMilliseconds(100) };
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var batch = Ingest(budget, new CostlyOn("hostile", () =>
        {
            // Twenty seconds of work in small steps, as a stage's sentence loop would do it.
            for (int step = 0; step < 2_000; step++)
            {
                ArticleBudget.CheckPoint();
                Thread.Sleep(10);
            }
        }));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"the stage ran for {clock.Elapsed.TotalSeconds:0.0} s");
        Assert.Equal(["a.txt", "c.txt"], batch.Articles.Select(a => a.Path));
        Assert.Contains("stopped in stage 'costly'", Assert.Single(batch.Skipped).Reason);
    }

    [Fact]
    public void CheckpointOutsideABudgetedRunDoesNothing() => ArticleBudget.CheckPoint();

    [Fact]
    public void PatternThatTimesOutSkipsItsArticleWithAReason()
    {
        var batch = Ingest(ArticleBudget.Default, new CostlyOn("hostile", () =>
            throw new System.Text.RegularExpressions.RegexMatchTimeoutException("x", "(a+)+$", TimeSpan.FromSeconds(2))));
        Assert.Equal(["a.txt", "c.txt"], batch.Articles.Select(a => a.Path));
        Assert.Contains("a text pattern took longer than 2 s", Assert.Single(batch.Skipped).Reason);
    }
}

using Corroborate.Core.Provenance;
using Corroborate.Core.Provenance.Evaluation;
using Corroborate.Storage.Sqlite;
using static Corroborate.Tests.Provenance.ProvenanceFixtures;

namespace Corroborate.Tests.Provenance;

public class CopyBenchmarkTests
{
    private static readonly SourceDocument[] Sources = Enumerable.Range(0, 6)
        .Select(i => new SourceDocument($"doc{i}.txt", "topic", (i % 2 == 0 ? Wire : Unrelated).Replace("said", $"said{i}")))
        .ToArray();

    [Fact]
    public void UneditedCopiesCarryTheirSourceTextWhereTheTruthSays()
    {
        var bench = CopyBenchmark.Build(Sources, seed: 1);
        var text = bench.Documents.ToDictionary(d => d.Name, d => d.Text);
        foreach (var copy in bench.Copies.Where(c => c.Kind is "paragraphs-reordered" or "paragraphs-deleted" or "truncated-50"))
        {
            Assert.Equal(copy.OriginalSpans.Count, copy.CopySpans.Count);
            foreach (var (a, b) in copy.OriginalSpans.Zip(copy.CopySpans))
                Assert.Equal(text[copy.Original][a.Start..a.End], text[copy.Copy][b.Start..b.End]);
        }
    }

    [Fact]
    public void TheSameSeedBuildsTheSameBenchmark()
    {
        var first = CopyBenchmark.Build(Sources, seed: 7);
        var second = CopyBenchmark.Build(Sources, seed: 7);
        Assert.Equal(first.Documents, second.Documents);
    }

    [Fact]
    public void CopiesArePublishedAfterTheirOriginalAtTheSameMomentOrUndatedAndNeverAtMidnight()
    {
        var bench = CopyBenchmark.Build(Sources, seed: 3);
        var published = bench.Documents.ToDictionary(d => d.Name, d => d.Published);
        Assert.All(bench.Documents.Where(d => d.Name == d.Group), d => Assert.NotNull(d.Published));
        foreach (var copy in bench.Copies)
        {
            var (original, dated) = (published[copy.Original]!.Value, published[copy.Copy]);
            Assert.True(dated is null || dated >= original, $"{copy.Copy} is dated before its original");
            Assert.NotEqual(TimeSpan.Zero, dated?.TimeOfDay ?? TimeSpan.FromSeconds(1));
        }
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void OriginIsScoredByTheDatesWhicheverArticleWasIngestedFirst(bool copiesFirst)
    {
        var bench = CopyBenchmark.Build(Sources, seed: 5);
        var articles = bench.Articles().ToList();
        if (copiesFirst) articles.Reverse();
        using var temp = new TempDir();
        using var store = SqliteStore.Open(temp.File("bench.db"));
        store.AddArticles(articles);
        new ProvenanceStage(ProvenanceOptions.Default).Run(store);

        var e = CopyEvaluation.Score(
            bench, store.GetCopies(), name => bench.ArticleIds[name], ProvenanceOptions.Default.CopyThreshold);

        Assert.True(e.Recall == 1 && e.PassageF1 > 0.95, e.Format());
        Assert.True(e.OriginDecided.Pairs > 0 && e.OriginDecided.Share == 1, e.Format());
        Assert.Equal(e.Found, e.OriginDecided.Pairs + e.OriginSameMoment.Pairs + e.OriginUndated.Pairs);
    }
}

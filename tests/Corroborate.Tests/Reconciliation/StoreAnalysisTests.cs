using Corroborate.Core.Ingest;
using Corroborate.Core.Reconciliation;
using Corroborate.Storage.Sqlite;

namespace Corroborate.Tests.Reconciliation;

public sealed class StoreAnalysisTests
{
    [Fact]
    public void AStoryCanBeRecomputedFromTheStoreAlone()
    {
        using var temp = new TempDir();
        using var store = SqliteStore.Open(temp.File("c.db"));
        var files = InputScanner.Expand([Path.Combine(TestPaths.Demo, "articles")]).Where(f => Path.GetFileName(f).StartsWith('b') || f.Contains("atlas") || f.Contains("harbour")).ToList();
        var outcome = CorpusIngest.Store(store, new Ingestor(new IngestOptions()).Run(files));
        var result = StoryAnalysis.Analyze(store, "blast", outcome.Articles.Select(a => a.Id).ToList());
        Assert.Contains(result.Findings, f => f.Kind == FindingKind.Updated && f.Category == Core.Claims.ClaimCategory.Dead);
        Assert.Contains(result.Findings, f => f.IndependentSources < f.Sources);   // the wire family counts once
        Assert.InRange(result.Brief.Count, 5, 10);
        Assert.NotEmpty(result.Timeline);
    }
}

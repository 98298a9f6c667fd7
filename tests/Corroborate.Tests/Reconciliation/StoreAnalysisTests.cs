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
        using var reopened = SqliteStore.Open(temp.File("c.db"));
        var result = Core.Flow.Analyze(reopened, outcome.ArticleIds, new Core.Briefs.BriefOptions()).Stories.MaxBy(s => s.Story.Sources.Count)!;
        Assert.Contains(result.Findings, f => f.Kind == FindingKind.Updated && f.Category == Core.Claims.ClaimCategory.Dead);
        Assert.Contains(result.Findings, f => f.IndependentSources < f.Sources);   // the wire family counts once
        Assert.InRange(result.Brief.Count, 5, 10);
        Assert.NotEmpty(result.Timeline);
    }
}

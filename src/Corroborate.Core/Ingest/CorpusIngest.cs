using Corroborate.Core.Store;

namespace Corroborate.Core.Ingest;

/// <summary>
/// Stores ingested batches, one transaction each, then brings the corpus stages up to date. The CLI, the
/// web API and workers all ingest through here, so they leave the store in the same state.
/// </summary>
public static class CorpusIngest
{
    public sealed record Outcome(IReadOnlyList<Article> Articles, int Added, IReadOnlyList<SkippedInput> Skipped);

    public static Outcome Store(IStore store, IEnumerable<IngestBatch> batches)
    {
        var articles = new List<Article>();
        var skipped = new List<SkippedInput>();
        int added = 0;
        foreach (var batch in batches)
        {
            added += store.AddArticles(batch.Articles);
            articles.AddRange(batch.Articles);
            skipped.AddRange(batch.Skipped);
        }
        // The same text given twice is one article; keep its first occurrence.
        var distinct = articles.GroupBy(a => a.Id).Select(g => g.First()).ToList();
        CorpusPipeline.Default().Run(store, distinct);
        return new Outcome(distinct, added, skipped);
    }
}

using Corroborate.Core.Store;

namespace Corroborate.Core.Ingest;

/// <summary>
/// Stores ingested batches, one transaction each, with their annotations, and brings the corpus stages up to date
/// after each batch, so that memory holds a few batches however large the input; the next batch is read and
/// annotated while the corpus stages take in the last one. The CLI, the web API and
/// workers all ingest through here, so they leave the store in the same state.
/// </summary>
public static class CorpusIngest
{
    /// <param name="ArticleIds">The articles read, each once, in input order (whether new or already stored).</param>
    public sealed record Outcome(IReadOnlyList<string> ArticleIds, int Added, IReadOnlyList<SkippedInput> Skipped);

    public static Outcome Store(IStore store, IEnumerable<IngestBatch> batches)
    {
        var ids = new List<string>();
        var seen = new HashSet<string>();
        var skipped = new List<SkippedInput>();
        var corpusStages = CorpusPipeline.Default();
        int added = 0;
        foreach (var batch in batches.ReadAhead())
        {
            // The same text given twice is one article; keep its first occurrence.
            var fresh = batch.Articles.Where(a => seen.Add(a.Id)).ToList();
            added += store.AddArticles(fresh);
            store.SaveAnnotations(fresh.InOrder().Select(AnnotationCodec.Encode).ToList());
            corpusStages.Run(store, fresh);
            ids.AddRange(fresh.Select(a => a.Id));
            skipped.AddRange(batch.Skipped);
        }
        corpusStages.Complete(store);
        return new Outcome(ids, added, skipped);
    }
}

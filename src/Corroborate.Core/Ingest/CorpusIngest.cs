using Corroborate.Core.Changes;
using Corroborate.Core.Store;

namespace Corroborate.Core.Ingest;

/// <summary>
/// Stores ingested batches, one transaction each, with their annotations, and brings the corpus stages up to date
/// after each batch, so that memory holds a few batches however large the input; the next batch is read and
/// annotated while the corpus stages take in the last one. The CLI, the web API and the queue's assigner all
/// commit batches through here (<see cref="BatchCommitter"/>), so they leave the store in the same state.
/// </summary>
public static class CorpusIngest
{
    /// <param name="ArticleIds">The articles read, each once, in input order (whether new or already stored).</param>
    /// <param name="Changes">What the run changed in its stories (<see cref="StoryChangeRecorder"/>).</param>
    public sealed record Outcome(
        IReadOnlyList<string> ArticleIds, int Added, IReadOnlyList<SkippedInput> Skipped,
        IReadOnlyList<StoryChange> Changes);

    public static Outcome Store(IStore store, IEnumerable<IngestBatch> batches)
    {
        var ids = new List<string>();
        var skipped = new List<SkippedInput>();
        var committer = new BatchCommitter();
        int added = 0;
        foreach (var batch in batches.ReadAhead())
        {
            var (fresh, newlyStored) = committer.Commit(store, batch.Articles);
            added += newlyStored;
            ids.AddRange(fresh.Select(a => a.Id));
            skipped.AddRange(batch.Skipped);
        }
        var changes = committer.Complete(store);
        return new Outcome(ids, added, skipped, changes);
    }
}

/// <summary>
/// One run's commits: each annotated batch is stored with its annotations and taken in by the corpus stages, in the
/// order given. The single-process ingest commits batches as it annotates them; the queue's assigner commits the
/// batches its workers annotated, in the order they were published, so both leave the same store.
/// </summary>
public sealed class BatchCommitter
{
    private readonly CorpusPipeline _corpusStages = CorpusPipeline.Default();
    private readonly HashSet<string> _seen = [];

    /// <returns>The batch's articles not met earlier in this run (the same text given twice is one article: its
    /// first occurrence counts), and how many of them the store did not hold yet.</returns>
    public (IReadOnlyList<Article> Fresh, int Added) Commit(IStore store, IReadOnlyList<Article> articles)
    {
        var fresh = articles.Where(a => _seen.Add(a.Id)).ToList();
        int added = store.AddArticles(fresh);
        store.SaveAnnotations(fresh.InOrder().Select(AnnotationCodec.Encode).ToList());
        _corpusStages.Run(store, fresh);
        return (fresh, added);
    }

    /// <summary>
    /// Brings the corpus stages' run-level work up to date (see <see cref="ICorpusStage.Complete"/>) without ending the
    /// run: the assigner does this while it waits for the rest of a submission.
    /// </summary>
    public void CompleteStages(IStore store) => _corpusStages.Complete(store);

    /// <summary>
    /// Ends the run: completes the corpus stages and records what the run changed in its stories (one update); the
    /// committer may go on with a next run.
    /// </summary>
    public IReadOnlyList<StoryChange> Complete(IStore store)
    {
        CompleteStages(store);
        var changes = StoryChangeRecorder.Record(store, _seen, DateTimeOffset.UtcNow);
        _seen.Clear();
        return changes;
    }
}

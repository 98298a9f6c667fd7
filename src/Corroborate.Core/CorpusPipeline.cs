using Corroborate.Core.Entities.Resolution;
using Corroborate.Core.Provenance;
using Corroborate.Core.Store;
using Corroborate.Core.Stories;

namespace Corroborate.Core;

/// <summary>
/// A corpus stage reads and updates the store incrementally: each run handles only what was stored since
/// its last run, and owns its own tables.
/// </summary>
public interface ICorpusStage
{
    string Name { get; }

    /// <summary>The annotations the stage reads on the fresh articles it is given.</summary>
    IReadOnlyList<Annotation> Needs { get; }

    /// <param name="fresh">The articles of this run with their per-article annotations, which the store does not keep.</param>
    void Run(IStore store, IReadOnlyList<Article> fresh);

    /// <summary>Called once after the last batch of a run, for work a stage does once per run rather than per batch.</summary>
    void Complete(IStore store) { }
}

/// <summary>The corpus stages in dependency order; run after every batch of articles is stored.</summary>
public sealed class CorpusPipeline
{
    /// <param name="articlesCarry">What the articles handed to the stages carry (what the per-article pipeline leaves).</param>
    /// <exception cref="StageOrderException">When a stage needs an annotation the articles do not carry.</exception>
    public CorpusPipeline(IReadOnlyList<ICorpusStage> stages, IReadOnlySet<Annotation> articlesCarry)
    {
        foreach (var stage in stages)
        {
            var missing = stage.Needs.Where(n => !articlesCarry.Contains(n)).Select(n => n.ToString().ToLowerInvariant()).ToList();
            if (missing.Count > 0)
                throw new StageOrderException($"corpus stage '{stage.Name}' needs {string.Join(", ", missing)} on its articles, which the per-article stages do not add");
        }
        Stages = stages;
    }

    public IReadOnlyList<ICorpusStage> Stages { get; }

    public static CorpusPipeline Default() => new(
    [
        new ProvenanceStage(ProvenanceOptions.Default),   // fingerprints, copied passages, families
        StoryStage.Default(),                             // online assignment to stories and topics
        new EntityResolutionStage(),                      // canonical entities across spellings
    ], Pipeline.Default().Leaves);

    /// <summary>
    /// Each stage runs as one exclusive transaction. Stages read state, compute, then write in several steps (the
    /// entity stage saves per-article entities, then replaces the corpus's); unguarded, a kill between the steps left
    /// them out of step, and two ingests at once read the same state and overwrote each other's (a second story
    /// with the same id, an article assigned twice, copies between their articles never compared).
    /// </summary>
    public void Run(IStore store, IReadOnlyList<Article> fresh)
    {
        foreach (var stage in Stages) store.RunExclusively(() => stage.Run(store, fresh));
    }

    /// <summary>A run of one batch (tests, small in-memory corpora).</summary>
    public void RunWhole(IStore store, IReadOnlyList<Article> fresh)
    {
        Run(store, fresh);
        Complete(store);
    }

    /// <summary>Ends a run of batches (see <see cref="ICorpusStage.Complete"/>).</summary>
    public void Complete(IStore store)
    {
        foreach (var stage in Stages) store.RunExclusively(() => stage.Complete(store));
    }
}

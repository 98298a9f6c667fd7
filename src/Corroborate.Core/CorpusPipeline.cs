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

    /// <param name="fresh">The articles of this run with their per-article annotations, which the store does not keep.</param>
    void Run(IStore store, IReadOnlyList<Article> fresh);
}

/// <summary>The corpus stages in dependency order; run after every batch of articles is stored.</summary>
public sealed class CorpusPipeline(IReadOnlyList<ICorpusStage> stages)
{
    public IReadOnlyList<ICorpusStage> Stages { get; } = stages;

    public static CorpusPipeline Default() => new(
    [
        new ProvenanceStage(ProvenanceOptions.Default),   // fingerprints, copied passages, families
        StoryStage.Default(),                             // online assignment to stories and topics
        new EntityResolutionStage(),                      // canonical entities across spellings
    ]);

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
}

using Corroborate.Core.Entities.Resolution;
using Corroborate.Core.Provenance;
using Corroborate.Core.Store;

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
        new EntityResolutionStage(),                      // canonical entities across spellings
    ]);

    public void Run(IStore store, IReadOnlyList<Article> fresh)
    {
        foreach (var stage in Stages) stage.Run(store, fresh);
    }
}

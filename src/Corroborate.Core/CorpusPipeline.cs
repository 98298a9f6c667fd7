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
    void Run(IStore store);
}

/// <summary>The corpus stages in dependency order; run after every batch of articles is stored.</summary>
public sealed class CorpusPipeline(IReadOnlyList<ICorpusStage> stages)
{
    public IReadOnlyList<ICorpusStage> Stages { get; } = stages;

    public static CorpusPipeline Default() => new(
    [
        new ProvenanceStage(ProvenanceOptions.Default),   // fingerprints, copied passages, families
    ]);

    public void Run(IStore store)
    {
        foreach (var stage in Stages) stage.Run(store);
    }
}

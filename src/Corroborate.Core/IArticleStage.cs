namespace Corroborate.Core;

/// <summary>
/// A per-article stage: a pure function of one article that returns it with more annotations. Stages never
/// touch the store, the network or the clock, so they can run in parallel and in a worker process.
/// </summary>
public interface IArticleStage
{
    string Name { get; }

    /// <summary>What the stage reads and adds; <see cref="Pipeline"/> checks the order when it is built.</summary>
    StageContract Contract { get; }

    Article Process(Article article);
}

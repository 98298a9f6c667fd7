using Corroborate.Core.Store;

namespace Corroborate.Core.Entities.Resolution;

/// <summary>
/// The entity-resolution corpus stage: records each new article's own entities, then re-resolves the corpus
/// from the stored per-article entities, so that an article read today links to the names of earlier ones.
/// </summary>
public static class EntityResolution
{
    public static IReadOnlyList<ResolvedEntity> Update(IEntityStore store, IReadOnlyList<Article> articles)
    {
        store.SaveLocalEntities(articles.Select(a => (a.Id, (IReadOnlyList<LocalEntity>)ArticleCoreference.Resolve(a))).ToList());
        var entities = CorpusResolver.Resolve(store.LoadLocalEntities());
        store.ReplaceEntities(entities);
        return entities;
    }
}

/// <summary>Entity resolution as a step of the corpus pipeline.</summary>
public sealed class EntityResolutionStage : ICorpusStage
{
    public string Name => "entities";

    public IReadOnlyList<Annotation> Needs { get; } = [Annotation.Mentions];

    public void Run(IStore store, IReadOnlyList<Article> fresh) => EntityResolution.Update(store, fresh);
}

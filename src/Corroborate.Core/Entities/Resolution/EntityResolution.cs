using Corroborate.Core.Store;

namespace Corroborate.Core.Entities.Resolution;

/// <summary>
/// The entity-resolution corpus stage: records each new article's own entities, then resolves again only the
/// stored entities they could change (<see cref="AffectedEntities"/>), so that an article read today links to the
/// names of earlier ones at a cost that follows the batch and the entities it touches, not the corpus. Because
/// that set is closed under every rule of <see cref="CorpusResolver"/>, the entities come out as a resolution of
/// the whole corpus would make them; only ids made unique by a suffix may differ (see <see cref="Resolve"/>).
/// </summary>
public static class EntityResolution
{
    public static void Update(IEntityStore store, IReadOnlyList<Article> articles)
    {
        var articleIds = articles.Select(a => a.Id).ToHashSet();
        // An article given again (the same text ingested twice) has its entities redone: the ones it was part of are resolved again.
        var previous = store.EntityIdsOfArticles(articleIds);
        store.SaveLocalEntities(articles.Select(a => (a.Id, (IReadOnlyList<LocalEntity>)ArticleCoreference.Resolve(a))).ToList());
        var pending = store.LoadUnresolvedLocalEntities();
        var affected = AffectedEntities.Find(store, pending, previous);
        store.ReplaceEntities(affected.EntityIds, Resolve(store, affected));
        // Indexed once resolved, so that the next ingest finds them and this one did not find its own entities.
        store.IndexLocalEntities(pending);
    }

    /// <summary>
    /// The affected set's entities, in order of first mention. An id is the hash of type and canonical name; one
    /// that an entity outside the set already has, or an earlier one of the set, gets the first free suffix (-2,
    /// -3, ...). So suffixes follow the order entities were made in, which is first-mention order within one batch.
    /// </summary>
    private static List<PlacedEntity> Resolve(IEntityStore store, AffectedEntities affected)
    {
        var locals = affected.InCorpusOrder();
        var groups = CorpusResolver.Group(locals.Select(l => l.Local).ToList(), affected.ProperWordOutside);
        var ids = groups.Select(g => g.Entity.Id).ToHashSet(StringComparer.Ordinal);
        var kept = store.ExistingEntityIds(ids).Except(affected.EntityIds).ToHashSet(StringComparer.Ordinal);
        bool Taken(string id) => ids.Contains(id) ? kept.Contains(id) : !affected.EntityIds.Contains(id) && store.ExistingEntityIds([id]).Count > 0;
        var entities = CorpusResolver.WithUniqueIds(groups.Select(g => g.Entity).ToList(), Taken);
        return entities.Select((entity, i) => new PlacedEntity(entity, locals[groups[i].Members[0]].Position,
            groups[i].Members.Select(m => locals[m].Ref).ToList())).ToList();
    }
}

/// <summary>Entity resolution as a step of the corpus pipeline.</summary>
public sealed class EntityResolutionStage : ICorpusStage
{
    public string Name => "entities";

    public IReadOnlyList<Annotation> Needs { get; } = [Annotation.Mentions];

    public void Run(IStore store, IReadOnlyList<Article> fresh) => EntityResolution.Update(store, fresh);
}

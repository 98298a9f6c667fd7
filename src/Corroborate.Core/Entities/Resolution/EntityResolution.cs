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
        Record(store, articles);
        ResolvePending(store);
    }

    /// <summary>Saves the articles' own entities (again, for an article given again), not yet resolved.</summary>
    public static void Record(IEntityStore store, IReadOnlyList<Article> articles) =>
        store.SaveLocalEntities(articles.Select(a => (a.Id, (IReadOnlyList<LocalEntity>)ArticleCoreference.Resolve(a))).ToList());

    /// <summary>
    /// Resolves every saved per-article entity that is in no entity yet, with the stored entities it could change.
    /// The entities an article had before its entities were saved again (the same text ingested twice, or a run
    /// killed between saving and resolving) are resolved again whatever the keys say: their members were replaced.
    /// </summary>
    public static void ResolvePending(IEntityStore store)
    {
        var pending = store.LoadUnresolvedLocalEntities();
        var previous = store.EntityIdsOfArticles(pending.Select(l => l.Local.ArticleId).ToHashSet());
        var affected = AffectedEntities.Find(store, pending, previous);
        var placed = Resolve(store, affected);
        store.ReplaceEntities(affected.EntityIds, placed);
        // Indexed once resolved, so that the next ingest finds them and this one did not find its own entities.
        store.IndexLocalEntities(NotYetIndexed(pending, placed, affected));
    }

    /// <summary>
    /// The pending per-article entities whose entity has no indexed one of the same content (type, names, acronyms,
    /// expansion). Keys and every rule depend on content alone, so such twins always share an entity, and a lookup
    /// that finds one takes the whole entity in: one per entity and content is enough. A name repeated in many
    /// articles is then indexed once, not once per article (the index was most of the stage's writes).
    /// </summary>
    private static List<StoredLocalEntity> NotYetIndexed(IReadOnlyList<StoredLocalEntity> pending, List<PlacedEntity> placed, AffectedEntities affected)
    {
        var entityOf = placed.SelectMany(p => p.Members.Select(m => (Member: m, p.Entity.Id))).ToDictionary(x => x.Member, x => x.Id);
        var isPending = pending.Select(l => l.Ref).ToHashSet();
        var indexed = affected.InCorpusOrder().Where(l => !isPending.Contains(l.Ref))
            .Select(l => (entityOf[l.Ref], affected.KeysOf(l).Content)).ToHashSet();
        return pending.Where(l => indexed.Add((entityOf[l.Ref], affected.KeysOf(l).Content))).ToList();
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

/// <summary>
/// Entity resolution as a step of the corpus pipeline: each batch's own entities are saved as it is stored, and
/// resolved together once the run's last batch is in. One ingest then resolves its articles in one pass against the
/// stored entities they touch, instead of reloading the entities that every batch touches again (a name in every
/// batch, such as a head of state's, would bring its whole entity in each time). Saved entities a killed run did not
/// resolve are resolved by the next. A long run resolves every <see cref="ResolveEvery"/> articles as well, so that
/// the saved entities resolved at once, which are held in memory, stay bounded however large the input.
/// </summary>
public sealed class EntityResolutionStage : ICorpusStage
{
    public const int ResolveEvery = 10_000;

    private int _saved;

    public string Name => "entities";

    public IReadOnlyList<Annotation> Needs { get; } = [Annotation.Mentions];

    public void Run(IStore store, IReadOnlyList<Article> fresh)
    {
        EntityResolution.Record(store, fresh);
        _saved += fresh.Count;
        if (_saved >= ResolveEvery) Complete(store);
    }

    public void Complete(IStore store)
    {
        EntityResolution.ResolvePending(store);
        _saved = 0;
    }
}

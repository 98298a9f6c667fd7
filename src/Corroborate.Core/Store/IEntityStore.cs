using Corroborate.Core.Entities.Resolution;

namespace Corroborate.Core.Store;

/// <summary>
/// The entity-resolution stage's tables: per-article entities with the keys they are looked up by and the
/// canonical entity each belongs to, and the canonical entities of the corpus.
/// </summary>
public interface IEntityStore
{
    /// <summary>Replaces the per-article entities of each given article; they belong to no entity, and are not indexed, until resolved.</summary>
    void SaveLocalEntities(IReadOnlyList<(string ArticleId, IReadOnlyList<LocalEntity> Entities)> articles);

    /// <summary>The per-article entities that belong to no entity yet, in corpus order.</summary>
    IReadOnlyList<StoredLocalEntity> LoadUnresolvedLocalEntities();

    /// <summary>Stores the per-article entities under their keys (<see cref="LocalEntityKeys.Index"/>).</summary>
    void IndexLocalEntities(IReadOnlyList<StoredLocalEntity> locals);

    /// <summary>The per-article entities already in an entity that are stored under any of the keys, each with the key it was found by.</summary>
    IReadOnlyList<(string Key, StoredLocalEntity Local)> FindResolvedLocalEntities(IReadOnlyCollection<string> keys);

    /// <summary>The per-article entities the given entities are made of.</summary>
    IReadOnlyList<StoredLocalEntity> LoadEntityMembers(IReadOnlyCollection<string> entityIds);

    /// <summary>
    /// The entities with mentions in the given articles: those their per-article entities belong to, and those they
    /// belonged to before they were saved again (the mentions go only when the entity is replaced).
    /// </summary>
    IReadOnlySet<string> EntityIdsOfArticles(IReadOnlyCollection<string> articleIds);

    /// <summary>Which of the given entity ids are stored.</summary>
    IReadOnlySet<string> ExistingEntityIds(IReadOnlyCollection<string> ids);

    /// <summary>Removes the given entities and writes the new ones, recording which per-article entities each is made of; other entities are left as they are.</summary>
    void ReplaceEntities(IReadOnlyCollection<string> removedIds, IReadOnlyList<PlacedEntity> entities);

    /// <summary>The canonical entities, in order of first mention.</summary>
    IReadOnlyList<ResolvedEntity> ListEntities();

    /// <summary>The canonical entities mentioned in the given articles, with those articles' mentions only, in order of first mention.</summary>
    IReadOnlyList<ResolvedEntity> ListEntitiesMentionedIn(IReadOnlyCollection<string> articleIds);
}

/// <summary>
/// A stored per-article entity. Position orders the corpus's per-article entities: by article in ingest order,
/// then as the article lists them. EntityId and EntityType are those of the entity it belongs to, if any.
/// </summary>
public sealed record StoredLocalEntity(long Position, int Ordinal, string? EntityId, string? EntityType, LocalEntity Local)
{
    public (string ArticleId, int Ordinal) Ref => (Local.ArticleId, Ordinal);
}

/// <summary>An entity to write: Seq, the Position of its first member, orders the entities by first mention.</summary>
public sealed record PlacedEntity(ResolvedEntity Entity, long Seq, IReadOnlyList<(string ArticleId, int Ordinal)> Members);

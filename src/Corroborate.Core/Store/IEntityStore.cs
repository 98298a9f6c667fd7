using Corroborate.Core.Entities.Resolution;

namespace Corroborate.Core.Store;

/// <summary>The entity-resolution stage's tables: per-article entities, and the canonical entities of the corpus.</summary>
public interface IEntityStore
{
    /// <summary>Replaces the per-article entities of each given article.</summary>
    void SaveLocalEntities(IReadOnlyList<(string ArticleId, IReadOnlyList<LocalEntity> Entities)> articles);

    /// <summary>Every article's entities, articles in ingest order.</summary>
    IReadOnlyList<LocalEntity> LoadLocalEntities();

    /// <summary>Replaces the corpus's canonical entities.</summary>
    void ReplaceEntities(IReadOnlyList<ResolvedEntity> entities);

    /// <summary>The canonical entities, in order of first mention.</summary>
    IReadOnlyList<ResolvedEntity> ListEntities();

    /// <summary>The canonical entities mentioned in the given articles, with those articles' mentions only, in order of first mention.</summary>
    IReadOnlyList<ResolvedEntity> ListEntitiesMentionedIn(IReadOnlyCollection<string> articleIds);
}

namespace Corroborate.Core.Store;

/// <summary>
/// Everything the engine keeps between runs, as plain SQL behind one small interface. SQLite is the
/// embedded default; PostgreSQL implements the same contract for scale-out. Corpus stages see the store
/// only through this interface. It lives in Core so that corpus stages can use it without a reference
/// cycle; the implementations live in Corroborate.Storage.
/// </summary>
public interface IStore : IDisposable, IProvenanceStore, IEntityStore, IStoryStore, IAnnotationStore, IWorkQueueStore,
    IStoryChangeStore
{
    /// <summary>Adds the articles whose id is not stored yet, all in one transaction; returns how many were new.</summary>
    int AddArticles(IReadOnlyList<Article> articles);

    /// <summary>
    /// Runs <paramref name="work"/> (reads and writes through this store) as one transaction that no other
    /// process's exclusive work interleaves with; it may be run again from the start if another writer got in the
    /// way. A corpus stage runs this way, so it reads the state the previous run left and is saved whole or not at all.
    /// </summary>
    void RunExclusively(Action work);

    /// <summary>Ids of stored articles that start with <paramref name="prefix"/>, in ingest order.</summary>
    IReadOnlyList<string> FindArticleIds(string prefix);

    Article? GetArticle(string id);

    /// <summary>The requested articles that exist, in ingest order.</summary>
    IReadOnlyList<Article> GetArticles(IReadOnlyCollection<string> ids);

    /// <summary>All stored articles without their text, in ingest order.</summary>
    IReadOnlyList<ArticleSummary> ListArticles();

    int CountArticles();

    /// <summary>Ids of articles whose title or text contains every word of <paramref name="query"/>, best match first.</summary>
    IReadOnlyList<string> SearchArticles(string query, int limit);
}

public sealed record ArticleSummary(string Id, string? Source, string? Title, DateTimeOffset? Published, string? Language, string? Path, int Length);

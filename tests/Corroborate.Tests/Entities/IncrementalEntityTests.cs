using Corroborate.Core;
using Corroborate.Core.Entities.Resolution;
using Corroborate.Core.Ingest;
using Corroborate.Core.Store;
using Corroborate.Tests.Storage;
using static Corroborate.Tests.Entities.ResolutionTests;

namespace Corroborate.Tests.Entities;

/// <summary>
/// Entity resolution run batch by batch on a store, as ingest runs it, against resolving the whole corpus at once:
/// the same entities (mentions, canonical names, types) in the same order, and stored entities that no new name
/// could change left as they were.
/// </summary>
public sealed class IncrementalEntityTests : IDisposable
{
    private readonly StoreBackends _backends = new();

    public static TheoryData<string> Backends => StoreBackends.Names;

    private static readonly Lazy<List<Article>> RealNews = new(() =>
        new Ingestor(new IngestOptions()).Run(InputScanner.Expand([Path.Combine(TestPaths.SharedData, "realnews-dev", "articles.jsonl")]))
            .SelectMany(b => b.Articles).GroupBy(a => a.Id).Select(g => g.First()).ToList());

    /// <summary>Articles that exercise every rule, including those a later article undoes or completes.</summary>
    private static Article[] Scenario() =>
    [
        Article("s1", "Sabine Kroll resigned.", "Sabine Kroll/PER"),
        Article("s1b", "Kroll said nothing.", "Kroll/PER"),
        Article("s2", "Officials of the NSB met in Heldrun.", "NSB/ORG", "Heldrun/MISC"),
        Article("s3", "The National Security Bureau said.", "National Security Bureau/ORG"),
        Article("s4", "The Lindavian Ministry of Foreign Affairs (LMFA) and the Valdorian Ministry of Foreign Affairs (VMFA).",
            "Lindavian Ministry of Foreign Affairs/ORG", "Valdorian Ministry of Foreign Affairs/ORG"),
        Article("s5", "Dieter Kroll objected.", "Dieter Kroll/PER"),
        Article("s6", "The National Security Bureau (NSB) said. Heldrun is a port.", "National Security Bureau/ORG", "Heldrun/LOC"),
        Article("s7", "Lindavia protested. Crowds filled Republic Square.", "Lindavia/LOC", "Republic Square/LOC"),
        Article("s8", "Crowds filled the Square of the Republic. Heldrun the singer left.", "Square of the Republic/LOC", "Heldrun/PER"),
        // A first name that a later full name completes, and a type that later articles outvote.
        Article("s9", "Quentin spoke. Tarantino agreed.", "Quentin/PER", "Tarantino/PER"),
        Article("s10", "Radomir Kozulic ruled.", "Radomir Kozulic/LOC"),
        Article("s11", "Quentin Tarantino directed. Radomir Kozulic spoke.", "Quentin Tarantino/PER", "Radomir Kozulic/PER"),
        Article("s12", "Radomir Kozulic said so.", "Radomir Kozulic/PER"),
    ];

    [Theory, MemberData(nameof(Backends))]
    public void Scenario_one_article_at_a_time_resolves_as_a_whole(string backend) =>
        AssertSameAsWhole(backend, Scenario(), batchSize: 1);

    [SharedDataTheory, MemberData(nameof(Backends))]
    public void Real_news_in_five_batches_resolves_as_a_whole(string backend)
    {
        var articles = RealNews.Value;
        AssertSameAsWhole(backend, articles, batchSize: (articles.Count + 4) / 5);
    }

    [Theory, MemberData(nameof(Backends))]
    public void A_new_article_merges_two_stored_entities_and_leaves_the_others(string backend)
    {
        using var store = _backends.Location(backend)();
        Ingest(store, [Article("a", "The National Security Bureau said.", "National Security Bureau/ORG"),
                       Article("b", "Officials of the NSB met. Piotr Svarin spoke in Valdoria.", "NSB/ORG", "Piotr Svarin/PER", "Valdoria/LOC")]);
        var before = store.ListEntities();
        Assert.Equal(4, before.Count);
        var spy = new RemovalSpy(store);
        EntityResolution.Update(spy, Ingest(store, [Article("c", "The National Security Bureau (NSB) denied it.", "National Security Bureau/ORG")], resolve: false));

        var after = store.ListEntities();
        var bureau = Assert.Single(after, e => e.Type == "ORG");
        Assert.Equal(["National Security Bureau", "NSB"], bureau.Variants.Order());
        Assert.Equal(["a", "b", "c"], bureau.Mentions.Select(m => m.ArticleId).Distinct());
        Assert.Equal(2, spy.Removed.Count);
        foreach (var untouched in before.Where(e => e.Type != "ORG"))
        {
            Assert.DoesNotContain(untouched.Id, spy.Removed);
            Assert.Equal(Described(untouched), Described(Assert.Single(after, e => e.Id == untouched.Id)));
        }
    }

    [Theory, MemberData(nameof(Backends))]
    public void Per_article_entities_left_in_no_entity_are_resolved_at_the_next_ingest(string backend)
    {
        using var store = _backends.Location(backend)();
        var first = Article("a", "Piotr Svarin resigned.", "Piotr Svarin/PER");
        Ingest(store, [first], resolve: false);
        store.SaveLocalEntities([(first.Id, ArticleCoreference.Resolve(first))]);   // as migration 009 leaves an older store
        Ingest(store, [Article("b", "Svarin objected.", "Svarin/PER")]);
        Assert.Equal(2, Assert.Single(store.ListEntities()).Mentions.Count);
    }

    private void AssertSameAsWhole(string backend, IReadOnlyList<Article> articles, int batchSize)
    {
        using var store = _backends.Location(backend)();
        foreach (var batch in articles.Chunk(batchSize)) Ingest(store, batch);
        var whole = CorpusResolver.Resolve(articles.SelectMany(ArticleCoreference.Resolve).ToList());
        var batched = store.ListEntities();
        Assert.Equal(whole.Select(Described), batched.Select(Described));
        // Ids differ at most in the suffix that keeps them unique.
        Assert.Equal(whole.Select(e => e.Id.Split('-')[0]), batched.Select(e => e.Id.Split('-')[0]));
    }

    private static string Described(ResolvedEntity e) =>
        $"{e.Type} {e.Canonical} [{string.Join(", ", e.Variants)}] " + string.Join(' ', e.Mentions.Select(m => $"{m.ArticleId}:{m.Start}-{m.End}"));

    private static IReadOnlyList<Article> Ingest(IStore store, IReadOnlyList<Article> batch, bool resolve = true)
    {
        store.AddArticles(batch);
        if (resolve) store.RunExclusively(() => EntityResolution.Update(store, batch));
        return batch;
    }

    public void Dispose() => _backends.Dispose();

    /// <summary>The store, noting which entities an update removes (to write them anew).</summary>
    private sealed class RemovalSpy(IEntityStore store) : IEntityStore
    {
        public List<string> Removed { get; } = [];

        public void SaveLocalEntities(IReadOnlyList<(string ArticleId, IReadOnlyList<LocalEntity> Entities)> articles) => store.SaveLocalEntities(articles);
        public IReadOnlyList<StoredLocalEntity> LoadUnresolvedLocalEntities() => store.LoadUnresolvedLocalEntities();
        public void IndexLocalEntities(IReadOnlyList<StoredLocalEntity> locals) => store.IndexLocalEntities(locals);
        public IReadOnlyList<(string Key, StoredLocalEntity Local)> FindResolvedLocalEntities(IReadOnlyCollection<string> keys) => store.FindResolvedLocalEntities(keys);
        public IReadOnlyList<StoredLocalEntity> LoadEntityMembers(IReadOnlyCollection<string> entityIds) => store.LoadEntityMembers(entityIds);
        public IReadOnlySet<string> EntityIdsOfArticles(IReadOnlyCollection<string> articleIds) => store.EntityIdsOfArticles(articleIds);
        public IReadOnlySet<string> ExistingEntityIds(IReadOnlyCollection<string> ids) => store.ExistingEntityIds(ids);
        public IReadOnlyList<ResolvedEntity> ListEntities() => store.ListEntities();
        public IReadOnlyList<ResolvedEntity> ListEntitiesMentionedIn(IReadOnlyCollection<string> articleIds) => store.ListEntitiesMentionedIn(articleIds);

        public void ReplaceEntities(IReadOnlyCollection<string> removedIds, IReadOnlyList<PlacedEntity> entities)
        {
            Removed.AddRange(removedIds);
            store.ReplaceEntities(removedIds, entities);
        }
    }
}

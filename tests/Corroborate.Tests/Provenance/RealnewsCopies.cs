using Corroborate.Core;
using Corroborate.Core.Ingest;
using Corroborate.Core.Provenance;
using Corroborate.Storage.Sqlite;

namespace Corroborate.Tests.Provenance;

/// <summary>realnews-dev as the real-copy gold tests read it: every article, by url, and the copies found among them.</summary>
internal sealed record RealnewsCopies(Dictionary<string, Article> ArticleOfUrl, IReadOnlyList<CopyPair> Copies)
{
    public static RealnewsCopies Find(TempDir temp)
    {
        using var store = SqliteStore.Open(temp.File("real.db"));
        var articles = new Ingestor(new IngestOptions())
            .Run(InputScanner.Expand([Path.Combine(TestPaths.SharedData, "realnews-dev", "articles.jsonl")]))
            .SelectMany(b => b.Articles).ToList();
        store.AddArticles(articles);
        new ProvenanceStage(ProvenanceOptions.Default).Run(store);
        var articleOfUrl = articles.Where(a => a.Url is not null).GroupBy(a => a.Url!)
            .ToDictionary(g => g.Key, g => g.First());
        return new RealnewsCopies(articleOfUrl, store.GetCopies());
    }
}

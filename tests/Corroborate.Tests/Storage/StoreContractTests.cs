using Corroborate.Core;
using Corroborate.Core.Ingest;

namespace Corroborate.Tests.Storage;

/// <summary>The behaviour every store backend must have; each test runs once per available backend.</summary>
public sealed class StoreContractTests : IDisposable
{
    private readonly StoreBackends _backends = new();

    public static TheoryData<string> Backends => StoreBackends.Names;

    public static Article MakeArticle(string text, string path = "a.txt", string? source = null, DateTimeOffset? published = null) =>
        Pipeline.Default().Run(new ArticleDraft { Path = path, Format = SourceFormat.Text, Text = text, Source = source, Published = published });

    [Theory, MemberData(nameof(Backends))]
    public void AddingTheSameArticlesTwiceAddsNothingTheSecondTime(string backend)
    {
        using var store = _backends.Location(backend)();
        var batch = new[] { MakeArticle("First headline here\n\nBody one is here."), MakeArticle("Second headline here\n\nBody two is here.") };
        Assert.Equal(2, store.AddArticles(batch));
        Assert.Equal(0, store.AddArticles(batch));
        Assert.Equal(2, store.CountArticles());
    }

    [Theory, MemberData(nameof(Backends))]
    public void RoundTripsEveryField(string backend)
    {
        var open = _backends.Location(backend);
        var published = new DateTimeOffset(2025, 3, 14, 9, 30, 0, TimeSpan.FromHours(1));
        var original = MakeArticle("Some headline words\n\n© AGENCY / Someone\n\nBody of the article, with Tokáyev.\n\nSecond paragraph.", "in/x.txt", "The Ledger", published);
        using (var store = open()) store.AddArticles([original]);
        using var reopened = open();
        var a = reopened.GetArticle(original.Id)!;
        Assert.Equal(original.Text, a.Text);
        Assert.Equal(original.Original, a.Original);
        Assert.Equal(original.Title, a.Title);
        Assert.Equal(published, a.Published);
        Assert.Equal("The Ledger", a.Source);
        Assert.Equal(original.Paragraphs, a.Paragraphs);
        Assert.Equal(original.RemovedLines, a.RemovedLines);
        Assert.Equal(original.Format, a.Format);
        int at = a.Text.IndexOf("Tokáyev", StringComparison.Ordinal);
        Assert.Equal(original.Offsets.ToOriginal(at), a.Offsets.ToOriginal(at));
    }

    [Theory, MemberData(nameof(Backends))]
    public void ListsInIngestOrderAndFindsByPrefix(string backend)
    {
        using var store = _backends.Location(backend)();
        var articles = Enumerable.Range(1, 5).Select(i => MakeArticle($"Headline number {i} here\n\nBody {i} text goes here.")).ToList();
        store.AddArticles(articles.Take(3).ToList());
        store.AddArticles(articles.Skip(3).ToList());
        Assert.Equal(articles.Select(a => a.Id), store.ListArticles().Select(a => a.Id));
        Assert.Equal([articles[2].Id], store.FindArticleIds(articles[2].Id[..10]));
        Assert.Empty(store.FindArticleIds("%"));
        Assert.Equal([articles[0].Id, articles[4].Id], store.GetArticles([articles[4].Id, articles[0].Id, "missing"]).Select(a => a.Id));
    }

    [Theory, MemberData(nameof(Backends))]
    public void MigratesOnceOnly(string backend)
    {
        var open = _backends.Location(backend);
        int version;
        using (var s = (Corroborate.Storage.SqlStore)open()) version = s.SchemaVersion;
        Assert.True(version >= 1);
        using var again = (Corroborate.Storage.SqlStore)open();
        Assert.Equal(version, again.SchemaVersion);
    }

    [Theory, MemberData(nameof(Backends))]
    public void SearchFindsArticlesContainingEveryWord(string backend)
    {
        using var store = _backends.Location(backend)();
        var harbour = MakeArticle("Harbour blast kills five\n\nThe explosion at the harbour plant killed five workers.");
        var council = MakeArticle("Council meets on budget\n\nThe council met to discuss the harbour budget.");
        store.AddArticles([harbour, council]);
        Assert.Equal([harbour.Id, council.Id], store.SearchArticles("harbour", 10));
        Assert.Equal([harbour.Id], store.SearchArticles("Harbour  EXPLOSION!", 10));
        Assert.Empty(store.SearchArticles("\") OR (", 10));
        Assert.Empty(store.SearchArticles("volcano", 10));
    }

    [PostgresFact]
    public void PostgresTakesPartInTheStoreTests() => Assert.Contains(((IEnumerable<object[]>)Backends).Select(row => (string)row[0]), name => name == "postgres");

    public void Dispose() => _backends.Dispose();
}

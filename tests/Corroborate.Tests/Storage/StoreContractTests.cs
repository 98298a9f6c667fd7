using Corroborate.Core;
using Corroborate.Core.Ingest;
using Corroborate.Core.Store;

namespace Corroborate.Tests.Storage;

/// <summary>
/// The behaviour every store must have. Each backend gets a subclass that says how to open a fresh,
/// empty store; the tests themselves are shared.
/// </summary>
public abstract class StoreContractTests : IDisposable
{
    protected readonly TempDir Temp = new();

    /// <summary>Opens the store at a stable location: calling it twice reopens the same data.</summary>
    protected abstract IStore OpenStore();

    public static Article MakeArticle(string text, string path = "a.txt", string? source = null, DateTimeOffset? published = null) =>
        Pipeline.Default().Run(new ArticleDraft { Path = path, Format = SourceFormat.Text, Text = text, Source = source, Published = published });

    [Fact]
    public void AddingTheSameArticlesTwiceAddsNothingTheSecondTime()
    {
        using var store = OpenStore();
        var batch = new[] { MakeArticle("First headline here\n\nBody one is here."), MakeArticle("Second headline here\n\nBody two is here.") };
        Assert.Equal(2, store.AddArticles(batch));
        Assert.Equal(0, store.AddArticles(batch));
        Assert.Equal(2, store.CountArticles());
    }

    [Fact]
    public void RoundTripsEveryField()
    {
        var published = new DateTimeOffset(2025, 3, 14, 9, 30, 0, TimeSpan.FromHours(1));
        var original = MakeArticle("Some headline words\n\n© AGENCY / Someone\n\nBody of the article, with Tokáyev.\n\nSecond paragraph.", "in/x.txt", "The Ledger", published);
        using (var store = OpenStore()) store.AddArticles([original]);
        using var reopened = OpenStore();
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

    [Fact]
    public void ListsInIngestOrderAndFindsByPrefix()
    {
        using var store = OpenStore();
        var articles = Enumerable.Range(1, 5).Select(i => MakeArticle($"Headline number {i} here\n\nBody {i} text goes here.")).ToList();
        store.AddArticles(articles.Take(3).ToList());
        store.AddArticles(articles.Skip(3).ToList());
        Assert.Equal(articles.Select(a => a.Id), store.ListArticles().Select(a => a.Id));
        Assert.Equal([articles[2].Id], store.FindArticleIds(articles[2].Id[..10]));
        Assert.Empty(store.FindArticleIds("%"));
        Assert.Equal([articles[4].Id, articles[0].Id], store.GetArticles([articles[4].Id, articles[0].Id, "missing"]).Select(a => a.Id).Reverse());
    }

    public void Dispose()
    {
        Temp.Dispose();
        GC.SuppressFinalize(this);
    }
}

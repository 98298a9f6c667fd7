using Corroborate.Core;
using Corroborate.Storage.Sqlite;
using Corroborate.Tests.Storage;
using Corroborate.Web;

namespace Corroborate.Tests.Web;

public sealed class StoryReportsTests
{
    /// <summary>Under load, requests for a story whose report is being built wait for that build instead of starting their own.</summary>
    [Fact]
    public async Task ConcurrentRequestsForOneStoryShareOneBuild()
    {
        using var temp = new TempDir();
        string db = temp.File("reports.db");
        int story;
        using (var store = SqliteStore.Open(db))
        {
            List<Article> articles =
            [
                StoreContractTests.MakeArticle($"Wire report on the plant fire\n\n{WebServerFixture.WireStory}", "wire.txt", "Wire Service"),
                StoreContractTests.MakeArticle($"Plant fire: what we know\n\n{WebServerFixture.WireStory.Replace("Tuesday", "Tuesday morning")}", "copy.txt", "Daily Echo"),
            ];
            store.AddArticles(articles);
            CorpusPipeline.Default().RunWhole(store, articles);
            story = store.ListStories()[0].Id;
        }

        const int Requests = 8;
        var reports = new StoryReports();
        using var together = new Barrier(Requests);
        // Threads of their own: the barrier would otherwise hold the thread pool's few threads and wait for more.
        var built = await Task.WhenAll(Enumerable.Range(0, Requests).Select(_ => Task.Factory.StartNew(() =>
        {
            using var store = SqliteStore.Open(db);
            together.SignalAndWait();
            return reports.Get(store, story);
        }, TaskCreationOptions.LongRunning)));

        Assert.NotNull(built[0]);
        Assert.All(built, report => Assert.Same(built[0], report));
    }
}

using Corroborate.Core.Store;

namespace Corroborate.Tests.Storage;

/// <summary>The tables of <c>follow</c> behave the same on each backend, and survive reopening the store.</summary>
public sealed class FollowStoreTests : IDisposable
{
    private readonly StoreBackends _backends = new();

    public static TheoryData<string> Backends => StoreBackends.Names;

    private static readonly DateTimeOffset At = new(2026, 12, 2, 7, 0, 0, TimeSpan.Zero);

    private static FollowItem Item(
        string source, string key, string link, FollowItemState state = FollowItemState.Ingested)
    {
        string? article = state == FollowItemState.Ingested ? "article-" + key : null;
        return new(source, key, link, "Title", At, "A. Writer", article, At, state, 0, null);
    }

    [Theory, MemberData(nameof(Backends))]
    public void SourcesKeepTheirValidatorsAndScheduleAcrossReopening(string backend)
    {
        var location = _backends.Location(backend);
        var source = FollowSource.New("https://example.org/feed.xml") with
        {
            Kind = "feed", ETag = "\"abc\"", LastModified = "Wed, 02 Dec 2026 07:00:00 GMT",
            LastFetched = At, LastStatus = 200, NextDue = At.AddMinutes(10),
        };
        using (var store = location()) store.SaveFollowSource(source);
        using (var store = location())
        {
            Assert.Equal(source, store.GetFollowSource(source.Url));
            store.SaveFollowSource(source with { Failures = 2, LastError = "500",
                LastStatus = 500 });
            var failed = store.GetFollowSource(source.Url)!;
            Assert.Equal((2, 500), (failed.Failures, failed.LastStatus));
            Assert.Single(store.ListFollowSources());
            Assert.Null(store.GetFollowSource("https://example.org/other"));
        }
    }

    [Theory, MemberData(nameof(Backends))]
    public void ItemsAreFoundByTheirKeyInTheirSourceOrByTheirLinkAnywhere(string backend)
    {
        using var store = _backends.Location(backend)();
        store.SaveFollowItems([Item("feed-a", "1", "https://x.org/1"),
            Item("feed-a", "2", "https://x.org/2", FollowItemState.Retry), Item("feed-b", "1", "https://x.org/3")]);
        Assert.Equal(["https://x.org/1"], store.FindFollowItems("feed-a", ["1"], []).Select(i => i.Link));
        var byLink = store.FindFollowItems("feed-c", ["1"], ["https://x.org/3"]);
        Assert.Equal(["https://x.org/3"], byLink.Select(i => i.Link));
        Assert.Empty(store.FindFollowItems("feed-a", [], []));
        var retry = Assert.Single(store.ListFollowItems("feed-a", FollowItemState.Retry));
        Assert.Equal(Item("feed-a", "2", "https://x.org/2", FollowItemState.Retry), retry);
        store.SaveFollowItems([retry with { State = FollowItemState.Failed, Failures = 5, Reason = "gave up" }]);
        Assert.Empty(store.ListFollowItems("feed-a", FollowItemState.Retry));
        Assert.Equal("gave up", Assert.Single(store.ListFollowItems("feed-a", FollowItemState.Failed)).Reason);
    }

    public void Dispose() => _backends.Dispose();
}

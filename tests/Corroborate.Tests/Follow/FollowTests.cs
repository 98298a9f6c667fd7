using Corroborate.Core.Ingest;
using Corroborate.Core.Store;
using Corroborate.Follow;
using Corroborate.Storage.Sqlite;

namespace Corroborate.Tests.Follow;

/// <summary>
/// <c>follow</c> end to end against <see cref="ReplayServer"/>: real articles appear in a feed over (virtual) time and
/// the follower ingests exactly the new ones, politely, surviving the ways real sites fail.
/// </summary>
public sealed class FollowTests : IAsyncLifetime
{
    private readonly TempDir _temp = new();
    private ReplayServer _server = null!;
    private readonly List<string> _log = [];
    private readonly ReplayClock _clock = new();

    private static readonly FollowOptions Fast = new()
    {
        HostDelay = TimeSpan.FromMilliseconds(5),
        Timeout = TimeSpan.FromMilliseconds(700),
        RetryDelay = TimeSpan.FromMilliseconds(20),
        Retries = 2,
    };

    public async Task InitializeAsync()
    {
        if (TestPaths.HasSharedData) _server = await ReplayServer.StartAsync();
    }

    public async Task DisposeAsync()
    {
        if (_server is not null) await _server.DisposeAsync();
        _temp.Dispose();
    }

    private sealed class ReplayClock : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = DateTimeOffset.UnixEpoch;
        public override DateTimeOffset GetUtcNow() => Now;
    }

    private IStore OpenStore() => SqliteStore.Open(_temp.File("follow.db"));

    private async Task<FollowRound> Round(FollowOptions? options = null, params string[] sources)
    {
        _clock.Now = _server.Now;
        using var store = OpenStore();
        void Log(string line)
        {
            lock (_log) _log.Add(line);
        }
        using var follower = new Follower(store, options ?? Fast, new IngestOptions(), _clock, Log);
        var urls = SourceList.Read(sources.Length > 0 ? sources : [_server.FeedUrl]);
        return await follower.RunRoundAsync(urls, onlyDue: false, CancellationToken.None);
    }

    [SharedDataFact]
    public async Task RoundsOverTimeIngestExactlyTheNewItemsAndARestartFetchesNothingAgain()
    {
        _server.ShowUpTo(4);
        var first = await Round();
        Assert.Equal((5, 5), (first.NewItems, first.ArticleIds.Count));

        var unchanged = await Round(); // a new follower on the reopened store: a restart
        Assert.Equal((1, 0), (unchanged.NotModified, unchanged.NewItems));
        Assert.Contains(_server.Requests, r => r is { Path: "/feed.xml", Status: 304 });

        _server.ShowUpTo(7);
        var later = await Round();
        Assert.Equal(3, later.NewItems);
        using var store = OpenStore();
        Assert.Equal(8, store.CountArticles());
        Assert.All(Enumerable.Range(0, 8), i => Assert.Equal(1, _server.PageRequests(i)));
        var article = store.GetArticle(later.ArticleIds[0])!;
        var source = _server.Articles[5];
        // The feed's word wins over the page's.
        Assert.Equal((source.Title, source.Published), (article.Title, article.Published));
        Assert.Equal("Reporter 5", article.Author);
        Assert.Contains(_log, l => l.Contains("/feed.xml 200", StringComparison.Ordinal)
            && l.EndsWith(", 3 new items", StringComparison.Ordinal));
        Assert.Equal(1, _server.MostAtOnce); // one request at a time to the host
    }

    [SharedDataFact]
    public async Task PagesThatFailAreRecordedRetriedOrGivenUpOnWithTheReason()
    {
        _server.Window = 6;
        _server.ShowUpTo(5);
        _server.Missing.Add(1);
        _server.ErrorsBefore[2] = 1; // a 500, then the page
        _server.Slow.Add(3);
        _server.Moved.Add(4);
        _server.Private.Add(5);
        var round = await Round();
        using var store = OpenStore();
        var links = _server.Articles.Take(6).Select(a => Link(a.Index)).ToList();
        var items = store.FindFollowItems(_server.FeedUrl, [], links)
            .ToDictionary(i => i.Link);
        FollowItem Item(int n) => items[Link(n)];
        Assert.Equal(FollowItemState.Ingested, Item(0).State);
        Assert.Equal((FollowItemState.Failed, "404 Not Found"), (Item(1).State, Item(1).Reason));
        Assert.Equal(FollowItemState.Ingested, Item(2).State);
        Assert.Equal(2, _server.PageRequests(2));
        Assert.Equal(FollowItemState.Retry, Item(3).State);
        Assert.StartsWith("timeout", Item(3).Reason);
        Assert.Equal(FollowItemState.Ingested, Item(4).State);
        Assert.Equal((FollowItemState.Failed, "disallowed by robots.txt"), (Item(5).State, Item(5).Reason));
        Assert.Equal(0, _server.PageRequests(5));
        Assert.Single(_server.Requests, r => r.Path == "/robots.txt"); // once per host
        Assert.Equal((3, 1, 2), (round.ArticleIds.Count, round.ItemsToRetry, round.ItemsFailed));
        Assert.Contains(_log, l => l.Contains("retry 1/2", StringComparison.Ordinal));
        Assert.Contains(_log, l => l.Contains("404 Not Found", StringComparison.Ordinal)
            && l.EndsWith("(item failed)", StringComparison.Ordinal));
        Assert.Equal(1, _server.MostAtOnce);

        _server.Slow.Clear(); // the slow page answers in time at the next round; the 404 is not asked for again
        var next = await Round();
        Assert.Single(next.ArticleIds);
        Assert.Equal(1, _server.PageRequests(1));
    }

    private string Link(int index) =>
        $"{_server.BaseUrl}/{(_server.Private.Contains(index) ? "private" : "articles")}/{index}.html";

    [SharedDataFact]
    public async Task ASitemapIndexLeadsToItsNewsSitemapWhoseTitlesAndDatesWin()
    {
        _server.ShowUpTo(2);
        string index = _server.BaseUrl + "/sitemap-index.xml";
        var first = await Round(null, index);
        Assert.Equal((2, 3), (first.SourcesPolled, first.ArticleIds.Count));
        using (var store = OpenStore())
        {
            var article = store.GetArticle(first.ArticleIds[0])!;
            var listed = _server.Articles[0];
            Assert.Equal((listed.Title, listed.Published), (article.Title, article.Published));
            Assert.Equal("sitemap-index", store.GetFollowSource(index)!.Kind);
        }
        _server.ShowUpTo(3);
        var next = await Round(null, index);
        Assert.Equal((1, 1), (next.NewItems, next.ArticleIds.Count));
    }

    [SharedDataFact]
    public async Task WithoutAnETagLastModifiedValidatesTheFeed()
    {
        _server.UseETags = false;
        _server.ShowUpTo(1);
        await Round();
        var again = await Round();
        Assert.Equal(1, again.NotModified);
        _server.ShowUpTo(2);
        Assert.Equal(1, (await Round()).NewItems);
    }

    [SharedDataFact]
    public async Task AWebhookGetsEachRoundThatIngestedSomething()
    {
        _server.ShowUpTo(1);
        var options = Fast with { Webhook = new Uri(_server.BaseUrl + "/hook") };
        var round = await Round(options);
        await Round(options); // nothing new: nothing posted
        var posted = System.Text.Json.JsonDocument.Parse(Assert.Single(_server.Hooks)).RootElement;
        Assert.Equal(1, posted.GetProperty("sources_polled").GetInt32());
        var added = posted.GetProperty("articles_added").EnumerateArray().Select(e => e.GetString()!);
        Assert.Equal(round.ArticleIds, added);
        // The first article of a story creates it: the round's change record travels with the round.
        var change = Assert.Single(posted.GetProperty("changes").EnumerateArray());
        Assert.True(change.GetProperty("created").GetBoolean());
        Assert.Equal(Assert.Single(round.Changes).Story, change.GetProperty("story").GetInt32());
    }

    [SharedDataFact]
    public async Task AFeedThatChangesItsItemIdsFetchesNothingAgain()
    {
        _server.ShowUpTo(4);
        await Round();
        _server.IdPrefix = "renumbered-";
        var round = await Round();
        Assert.Equal((0, 0), (round.NewItems, round.ArticleIds.Count));
        Assert.All(Enumerable.Range(0, 5), i => Assert.Equal(1, _server.PageRequests(i)));
    }

    [SharedDataFact]
    public async Task MalformedXmlIsLoggedAndTheNextGoodRoundGoesOn()
    {
        _server.ShowUpTo(2);
        await Round();
        _server.MalformedFeed = true;
        var broken = await Round();
        Assert.Equal(1, broken.SourcesFailed);
        Assert.Contains(_log, l => l.Contains("malformed XML", StringComparison.Ordinal));
        using (var store = OpenStore())
        {
            var source = store.GetFollowSource(_server.FeedUrl)!;
            Assert.Equal(1, source.Failures);
            Assert.NotNull(source.ETag); // the last good response's validators are kept
            Assert.Equal(3, store.CountArticles());
        }
        _server.MalformedFeed = false;
        _server.ShowUpTo(4);
        var fixedRound = await Round();
        Assert.Equal((0, 2), (fixedRound.SourcesFailed, fixedRound.NewItems));
    }

    [SharedDataFact]
    public async Task SourcesComeFromOpmlAndTextFilesAndARedirectedFeedIsFollowed()
    {
        _server.ShowUpTo(1);
        string opml = _temp.Write("feeds.opml", $"""
            <opml version="2.0"><body><outline text="news">
              <outline type="rss" text="Replay" xmlUrl="{_server.BaseUrl}/old-feed.xml"/>
            </outline></body></opml>
            """);
        string text = _temp.Write("feeds.txt", $"# our feeds\n\n{_server.FeedUrl}\n");
        var round = await Round(null, opml, text);
        // The same items through both sources: fetched once.
        Assert.Equal((2, 2), (round.SourcesPolled, round.ArticleIds.Count));
        Assert.Contains(_server.Requests, r => r is { Path: "/old-feed.xml", Status: 301 });
        Assert.All(Enumerable.Range(0, 2), i => Assert.Equal(1, _server.PageRequests(i)));
    }
}

/// <summary>The <c>follow</c> command as a user runs it.</summary>
public sealed class FollowCommandTests
{
    [SharedDataFact]
    public async Task OnceFollowsAFeedLogsEachFetchAndExits()
    {
        await using var server = await ReplayServer.StartAsync();
        server.ShowUpTo(2);
        server.Missing.Add(2);
        using var temp = new TempDir();
        string db = temp.File("f.db");
        var run = Cli.CliRunner.Run(temp.Path, "follow", server.FeedUrl, "--once", "--host-delay", "0s", "--db", db);
        Assert.Equal(2, run.ExitCode); // an item failed
        Assert.Contains("2 articles ingested", run.Stdout);
        Assert.True(System.Text.RegularExpressions.Regex.IsMatch(run.Stderr,
            @"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ GET http://127\.0\.0\.1:\d+/feed\.xml 200 [\d.]+ KB [\d.]+ m?s, "
            + "3 new items"),
            run.Stderr);
        Assert.Contains("/articles/2.html 404 Not Found", run.Stderr);
        var again = Cli.CliRunner.Run(temp.Path, "follow", server.FeedUrl, "--once", "--db", temp.File("f.db"));
        Assert.Equal(0, again.ExitCode);
        Assert.Contains("feed.xml 304 not modified", again.Stderr);
    }

    [SharedDataFact]
    public async Task WithoutOnceItFollowsUntilSigtermAndThenStopsCleanly()
    {
        await using var server = await ReplayServer.StartAsync();
        server.ShowUpTo(1);
        using var temp = new TempDir();
        using var process = Cli.CliRunner.Start(temp.Path, "follow", server.FeedUrl, "--every", "1h",
            "--host-delay", "0s", "--db", temp.File("f.db"));
        var deadline = DateTime.UtcNow.AddMinutes(2);
        string? line;
        do line = await process.StandardError.ReadLineAsync().WaitAsync(deadline - DateTime.UtcNow);
        while (line is not null && !line.Contains(" round: ", StringComparison.Ordinal));
        Assert.NotNull(line);
        string pid = process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        using (var kill = System.Diagnostics.Process.Start("kill", ["-TERM", pid]))
            await kill.WaitForExitAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(0, process.ExitCode);
        using var store = SqliteStore.Open(temp.File("f.db"));
        Assert.Equal(2, store.CountArticles());
    }

    [Theory]
    [InlineData("ftp://example.org/feed", "is not an http or https URL")]
    [InlineData("missing-feeds.opml", "cannot read the source list")]
    public void BadSourcesAreRefusedWithAClearError(string source, string message)
    {
        using var temp = new TempDir();
        var run = Cli.CliRunner.Run(temp.Path, "follow", source, "--once");
        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("error: ", run.Stderr);
        Assert.Contains(message, run.Stderr);
        Assert.DoesNotContain("   at ", run.Stderr);
    }

    [Fact]
    public void ABadDurationIsRefused()
    {
        using var temp = new TempDir();
        var run = Cli.CliRunner.Run(temp.Path, "follow", "https://example.org/feed.xml", "--every", "soon");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("--every takes a duration", run.Stderr);
    }
}

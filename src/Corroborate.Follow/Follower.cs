using System.Collections.Concurrent;
using Corroborate.Core.Ingest;
using Corroborate.Core.Store;

namespace Corroborate.Follow;

/// <summary>
/// Follows feeds and sitemaps (docs/follow.md): each round polls the sources that are due, fetches the pages of the
/// items not met before, and ingests them through the same path as <c>ingest</c> (<see cref="Ingestor"/>, then
/// <see cref="CorpusIngest.Store"/>), so the corpus stages update only the stories the new articles touch. What it
/// met is kept in the store (<see cref="IFollowStore"/>), so a restart goes on where the last run stopped.
/// </summary>
public sealed class Follower : IDisposable
{
    private readonly IStore _store;
    private readonly FollowOptions _options;
    private readonly TimeProvider _time;
    private readonly Fetcher _fetcher;
    private readonly Ingestor _ingestor;
    private readonly Webhook? _webhook;
    /// <summary>The store is one connection: polls running side by side take turns at it.</summary>
    private readonly Lock _storeLock = new();

    public Follower(IStore store, FollowOptions options, IngestOptions ingest, TimeProvider time, Action<string> log)
    {
        _store = store;
        _options = options;
        _time = time;
        _fetcher = new Fetcher(options, time, log);
        _ingestor = new Ingestor(ingest);
        if (options.Webhook is { } url) _webhook = new Webhook(url, options, time, _fetcher.Log);
    }

    /// <summary>Runs rounds until <paramref name="stop"/>, each when the first source is due; a stop ends the round in
    /// hand first.</summary>
    public async Task RunAsync(IReadOnlyList<Uri> sources, CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            await RunRoundAsync(sources, onlyDue: true, stop);
            var wait = NextDue(sources) - _time.GetUtcNow();
            if (wait <= TimeSpan.Zero) continue;
            try { await Task.Delay(wait, _time, stop); }
            catch (OperationCanceledException) { break; }
        }
    }

    private DateTimeOffset NextDue(IReadOnlyList<Uri> sources) =>
        sources.Select(u => _store.GetFollowSource(u.AbsoluteUri)?.NextDue ?? _time.GetUtcNow())
            .DefaultIfEmpty(_time.GetUtcNow()).Min();

    /// <param name="onlyDue">Poll only the sources that are due; otherwise poll all (a <c>--once</c> run).</param>
    public async Task<FollowRound> RunRoundAsync(IReadOnlyList<Uri> sources, bool onlyDue, CancellationToken stop)
    {
        var now = _time.GetUtcNow();
        var states = sources.Select(u => SourceState(u.AbsoluteUri))
            .Where(s => !onlyDue || s.NextDue is null || s.NextDue <= now);
        var polls = (await Task.WhenAll(states.Select(s => PollAsync(s, null, stop)))).SelectMany(p => p).ToList();
        var work = new RoundWork();
        foreach (var poll in polls) Plan(poll, work);
        var fetched = await Task.WhenAll(work.Items.Select(item => FetchPageAsync(item, stop)));
        var ingested = Ingest(fetched.OfType<PageOutcome>().ToList(), work, now);
        foreach (var poll in polls.Where(p => !p.Stopped))
            _store.SaveFollowSource(Settle(poll, now, work.Incomplete.Contains(poll.Before.Url)));
        var round = new FollowRound
        {
            At = now,
            SourcesPolled = polls.Count(p => !p.Stopped),
            NotModified = polls.Count(p => p.Result?.NotModified == true),
            SourcesFailed = polls.Count(p => p.Error is not null),
            NewItems = work.Items.Count(i => i.Known is null),
            ItemsToRetry = work.Saved.Count(i => i.State == FollowItemState.Retry),
            ItemsFailed = work.Saved.Count(i => i.State == FollowItemState.Failed),
            ArticleIds = ingested.ArticleIds,
            ArticlesAdded = ingested.Added,
            Changes = ingested.Changes,
        };
        _fetcher.Log(round.Summary());
        if (_webhook is not null && round.ArticleIds.Count > 0)
            await _webhook.PostAsync(round.ToWebhookPayload(), stop);
        return round;
    }

    private FollowSource SourceState(string url)
    {
        lock (_storeLock) return _store.GetFollowSource(url) ?? FollowSource.New(url);
    }

    /// <summary>A source polled: its response and what it lists, or why not; <see cref="Stopped"/> when a stop came
    /// first.</summary>
    private sealed record Poll(
        FollowSource Before, FetchResult? Result, SourceListing? Listing, string? Error, bool Stopped);

    /// <summary>Fetches a source; a sitemap index also fetches the sitemaps it names that changed since they were
    /// last fetched.</summary>
    private async Task<List<Poll>> PollAsync(
        FollowSource source, DateTimeOffset? listedModified, CancellationToken stop)
    {
        if (listedModified is { } modified && source.LastFetched > modified && source.LastStatus is 200 or 304)
            return [];
        FetchResult result;
        var validators = new Validators(source.ETag, source.LastModified);
        try { result = await _fetcher.GetAsync(new Uri(source.Url), validators, stop); }
        catch (OperationCanceledException) { return [new Poll(source, null, null, null, Stopped: true)]; }
        if (!result.Ok) return [new Poll(source, result, null, result.NotModified ? null : result.Error, false)];
        SourceListing listing;
        try { listing = SourceListing.Read(result.Body, result.Url); }
        catch (SourceFormatException e) { return [new Poll(source, result, null, e.Message, false)]; }
        var polls = new List<Poll> { new(source, result, listing, null, false) };
        foreach (var (child, lastModified) in listing.Sitemaps)
            polls.AddRange(await PollAsync(SourceState(child.AbsoluteUri), lastModified, stop));
        return polls;
    }

    /// <summary>The items of a round: pages to fetch, in ingest order, and the rows to save once it is done.</summary>
    private sealed class RoundWork
    {
        public List<PlannedItem> Items { get; } = [];
        public HashSet<string> Links { get; } = [];
        /// <summary>Sources with new items left for a later round: their validators are not saved, so the next
        /// poll sees them.</summary>
        public HashSet<string> Incomplete { get; } = [];
        public List<FollowItem> Saved { get; } = [];
    }

    /// <param name="Known">The item's row when it is being retried.</param>
    private sealed record PlannedItem(string Source, ListedItem Item, FollowItem? Known);

    /// <summary>Logs a poll and adds its new items (and its items waiting for a retry) to the round, up to the
    /// round's limit.</summary>
    private void Plan(Poll poll, RoundWork work)
    {
        if (poll.Stopped) return;
        string url = poll.Before.Url;
        var retries = _store.ListFollowItems(url, FollowItemState.Retry)
            .Select(k => new PlannedItem(url, new ListedItem(k.Key, k.Link, k.Title, k.Published, k.Author, null), k))
            .ToList();
        var fresh = poll.Listing is null ? [] : NewItems(url, poll.Listing.Items, work.Links);
        string outcome = poll.Listing is not null ? $", {fresh.Count} new items"
            : poll.Error is null ? "" : " (source failed)";
        _fetcher.Log($"GET {url} {(poll.Result is null ? poll.Error : Fetcher.Describe(poll.Result))}{outcome}");
        if (poll.Error is not null && poll.Result?.Error is null) _fetcher.Log($"  {url}: {poll.Error}");
        int room = Math.Max(0, _options.MaxItemsPerRound - work.Items.Count);
        if (fresh.Count > room) work.Incomplete.Add(url);
        // The newest items when there is not room for all, ingested oldest first.
        var taken = fresh.OrderByDescending(i => i.Published ?? DateTimeOffset.MinValue).Take(room)
            .OrderBy(i => i.Published ?? DateTimeOffset.MaxValue).Select(i => new PlannedItem(url, i, null));
        foreach (var item in taken.Concat(retries).Take(Math.Max(0, _options.MaxItemsPerRound - work.Items.Count)))
        {
            work.Items.Add(item);
            work.Links.Add(item.Item.Link);
        }
    }

    /// <summary>The listed items not met before: not under their key in this source, nor their link anywhere.</summary>
    private List<ListedItem> NewItems(string source, IReadOnlyList<ListedItem> listed, HashSet<string> inRound)
    {
        var keys = listed.Select(i => i.Key).Distinct().ToList();
        var known = _store.FindFollowItems(source, keys, listed.Select(i => i.Link).Distinct().ToList());
        var knownKeys = known.Where(k => k.Source == source).Select(k => k.Key).ToHashSet();
        var links = known.Select(k => k.Link).ToHashSet();
        return listed.Where(i => !knownKeys.Contains(i.Key) && !links.Contains(i.Link) && !inRound.Contains(i.Link))
            .DistinctBy(i => i.Link).ToList();
    }

    private sealed record PageOutcome(PlannedItem Planned, FetchResult Result);

    /// <returns>Null when a stop came before the request.</returns>
    private async Task<PageOutcome?> FetchPageAsync(PlannedItem planned, CancellationToken stop)
    {
        try { return new PageOutcome(planned, await _fetcher.GetAsync(new Uri(planned.Item.Link), null, stop)); }
        catch (OperationCanceledException) { return null; }
    }

    /// <summary>Turns fetched pages into drafts (the feed's title, date and author win), ingests them, and saves the
    /// items' rows.</summary>
    private CorpusIngest.Outcome Ingest(IReadOnlyList<PageOutcome> pages, RoundWork work, DateTimeOffset now)
    {
        var drafts = new List<(PlannedItem Planned, ArticleDraft Draft, string? Note)>();
        foreach (var page in pages)
        {
            var (draft, failure) = Draft(page);
            string? note = failure is not null && draft is not null
                ? $"page failed ({failure}); ingested the feed's content"
                : null;
            if (draft is not null) drafts.Add((page.Planned, draft, note));
            else work.Saved.Add(Failed(page.Planned, failure!, page.Result.Retryable, now));
            string suffix = draft is not null ? note is null ? "" : " (the feed's content used)"
                : work.Saved[^1].State == FollowItemState.Retry ? " (item retried next round)" : " (item failed)";
            _fetcher.Log($"GET {page.Planned.Item.Link} {Fetcher.Describe(page.Result)}{suffix}");
        }
        var articleIds = new ConcurrentDictionary<string, string>();
        var skipped = new ConcurrentDictionary<string, string>();
        var batches = _ingestor.Run(drafts.Select(d => d.Draft)).Select(batch =>
        {
            foreach (var a in batch.Articles) articleIds[a.Path!] = a.Id;
            foreach (var s in batch.Skipped) skipped[s.Path] = s.Reason;
            return batch;
        });
        var outcome = drafts.Count == 0 ? new CorpusIngest.Outcome([], 0, [], []) : CorpusIngest.Store(_store, batches);
        foreach (var (planned, draft, note) in drafts)
        {
            var item = planned.Item;
            string? id = articleIds.GetValueOrDefault(draft.Path);
            work.Saved.Add(new FollowItem(planned.Source, item.Key, item.Link, item.Title, item.Published, item.Author,
                id, planned.Known?.FirstSeen ?? now, id is null ? FollowItemState.Failed : FollowItemState.Ingested,
                planned.Known?.Failures ?? 0,
                id is null ? skipped.GetValueOrDefault(draft.Path, "not ingested") : note));
        }
        _store.SaveFollowItems(work.Saved);
        return outcome;
    }

    /// <summary>The article a page makes, else the feed's own content; and why the page failed, if it did.</summary>
    private static (ArticleDraft? Draft, string? Failure) Draft(PageOutcome page)
    {
        var item = page.Planned.Item;
        string? failure = page.Result.Error;
        if (page.Result.Ok)
        {
            var read = HtmlReader.Read(item.Link, page.Result.Body, page.Result.Url.AbsoluteUri, page.Result.Charset);
            if (read.Drafts.Count > 0) return (WithFeedMetadata(read.Drafts[0], item), null);
            failure = read.Skipped.FirstOrDefault()?.Reason ?? "no main text in the page";
        }
        else if (page.Result.Status == 304) failure = "304 without a conditional request";
        return (item.FeedDraft is { } fallback ? WithFeedMetadata(fallback, item) : null, failure);
    }

    /// <summary>What the feed says of an item is the publisher's own word; the page's inferred metadata fills the
    /// gaps.</summary>
    private static ArticleDraft WithFeedMetadata(ArticleDraft draft, ListedItem item) => draft with
    {
        Path = item.Link,
        Url = item.Link,
        Title = item.Title ?? draft.Title,
        Published = item.Published ?? draft.Published,
        Author = item.Author ?? draft.Author,
        Source = draft.Source ?? new Uri(item.Link).Host,
    };

    private FollowItem Failed(PlannedItem planned, string reason, bool retryable, DateTimeOffset now)
    {
        var item = planned.Item;
        int failures = (planned.Known?.Failures ?? 0) + 1;
        bool retry = retryable && failures < _options.MaxItemAttempts;
        return new FollowItem(planned.Source, item.Key, item.Link, item.Title, item.Published, item.Author, null,
            planned.Known?.FirstSeen ?? now, retry ? FollowItemState.Retry : FollowItemState.Failed, failures,
            retry || !retryable ? reason : $"{reason} (gave up after {failures} attempts)");
    }

    /// <summary>
    /// The source's row after its poll: a success resets its failures and (unless items were left for later) keeps the
    /// response's validators; each consecutive failure doubles the wait before the next poll, up to 16 periods.
    /// </summary>
    private FollowSource Settle(Poll poll, DateTimeOffset now, bool incomplete)
    {
        var s = poll.Before;
        var r = poll.Result;
        s = s with { LastFetched = now, LastStatus = r?.Status };
        if (poll.Error is not null)
        {
            int failures = s.Failures + 1;
            var backoff = _options.Every * Math.Pow(2, Math.Min(failures - 1, 4));
            return s with { Failures = failures, LastError = poll.Error, NextDue = now + backoff };
        }
        s = s with { Failures = 0, LastError = null, NextDue = now + _options.Every };
        if (poll.Listing is { } listing) s = s with { Kind = listing.Kind };
        // A sitemap index is always read whole: the sitemaps it names are what changes.
        if (r!.Ok && !incomplete && poll.Listing?.Kind != SourceListing.SitemapIndex)
            s = s with { ETag = r.ETag, LastModified = r.LastModified };
        return s;
    }

    public void Dispose()
    {
        _fetcher.Dispose();
        _webhook?.Dispose();
    }
}

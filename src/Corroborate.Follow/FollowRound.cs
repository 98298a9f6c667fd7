using System.Text.Json;
using Corroborate.Core.Changes;

namespace Corroborate.Follow;

/// <summary>What one round did: the sources it polled and the items it met, fetched, ingested or gave up on.</summary>
public sealed record FollowRound
{
    public required DateTimeOffset At { get; init; }
    public int SourcesPolled { get; init; }
    public int NotModified { get; init; }
    public int SourcesFailed { get; init; }
    public int NewItems { get; init; }
    /// <summary>Items whose page failed in a way that may pass; they are tried again next round.</summary>
    public int ItemsToRetry { get; init; }
    public int ItemsFailed { get; init; }
    /// <summary>The articles this round ingested, in ingest order (an article already stored counts too).</summary>
    public IReadOnlyList<string> ArticleIds { get; init; } = [];
    /// <summary>How many of them the store did not hold before.</summary>
    public int ArticlesAdded { get; init; }
    /// <summary>What the round changed in the stories its articles touched (docs/changes.md).</summary>
    public IReadOnlyList<StoryChange> Changes { get; init; } = [];

    /// <summary>The webhook's JSON document: the round, and its change records in the form the API and
    /// <c>changes --json</c> give them.</summary>
    public string ToWebhookPayload() => JsonSerializer.Serialize(new Dictionary<string, object>
    {
        ["round_at"] = At.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ"),
        ["sources_polled"] = SourcesPolled,
        ["articles_added"] = ArticleIds,
        ["changes"] = Changes,
    }, StoryChangeJson.Options);

    public string Summary() =>
        $"round: {SourcesPolled} sources polled ({NotModified} not modified, {SourcesFailed} failed), " +
        $"{NewItems} new items, {ArticleIds.Count} articles ingested ({ArticlesAdded} new to the store), " +
        $"{ItemsFailed} items failed, {ItemsToRetry} to retry";
}

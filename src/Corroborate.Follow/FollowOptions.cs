namespace Corroborate.Follow;

/// <summary>How <c>follow</c> polls and fetches; the defaults are polite to a news site.</summary>
public sealed record FollowOptions
{
    public const string DefaultUserAgent =
        "Corroborate/1.0 (news corroboration; +https://github.com/corroborate/corroborate)";

    /// <summary>How often each source is polled.</summary>
    public TimeSpan Every { get; init; } = TimeSpan.FromMinutes(10);
    /// <summary>The limit of one request, from sending to the last byte of the body.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);
    /// <summary>The least time between two requests to one host (a robots.txt Crawl-delay may ask for more).</summary>
    public TimeSpan HostDelay { get; init; } = TimeSpan.FromSeconds(1);
    /// <summary>Item pages fetched per round at most; what is left waits for the next round.</summary>
    public int MaxItemsPerRound { get; init; } = 200;
    public string UserAgent { get; init; } = DefaultUserAgent;
    /// <summary>Where each round that ingested something is posted as JSON; none by default.</summary>
    public Uri? Webhook { get; init; }
    /// <summary>Attempts after the first at a request that timed out, failed on the network, got 5xx or 429.</summary>
    public int Retries { get; init; } = 3;
    /// <summary>The first retry waits about this long; each further one twice as long, with jitter.</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>The wait before retry <paramref name="attempt"/> (from 1), before jitter: <see cref="RetryDelay"/>
    /// doubled at each retry.</summary>
    public TimeSpan Backoff(int attempt) => RetryDelay * Math.Pow(2, attempt - 1);

    /// <summary>Statuses worth asking again: the server's trouble (5xx) or its rate limit (429).</summary>
    public static bool IsRetryable(int status) => status is >= 500 or 429;
    /// <summary>A Retry-After longer than this is not waited for in the round: the source or item is tried next
    /// round.</summary>
    public TimeSpan MaxRetryAfter { get; init; } = TimeSpan.FromMinutes(2);
    public int MaxRedirects { get; init; } = 5;
    public long MaxBodyBytes { get; init; } = 10L << 20;
    /// <summary>Rounds in which an item's page may fail with a server error before the item is given up on.</summary>
    public int MaxItemAttempts { get; init; } = 5;
    /// <summary>How long a host's robots.txt is trusted before it is fetched again.</summary>
    public TimeSpan RobotsLifetime { get; init; } = TimeSpan.FromHours(1);
}

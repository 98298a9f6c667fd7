using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;

namespace Corroborate.Follow;

/// <summary>The validators of an earlier response, sent back so that an unchanged resource costs a 304.</summary>
public sealed record Validators(string? ETag, string? LastModified);

/// <summary>
/// The outcome of one GET, after redirects and retries. <see cref="Status"/> is 0 when no response came (a timeout,
/// a network error, robots.txt said no); <see cref="Error"/> then says why.
/// </summary>
public sealed record FetchResult(Uri Url, int Status, byte[] Body, string? ETag, string? LastModified, string? Charset,
    TimeSpan Elapsed, string? Error, bool Retryable)
{
    public bool Ok => Error is null && Status is >= 200 and < 300;
    public bool NotModified => Error is null && Status == 304;
}

/// <summary>
/// GETs over HTTP politely (see docs/follow.md): conditional requests, a timeout per request, retries with
/// exponential backoff and jitter on timeouts, network errors, 5xx and 429 (Retry-After honoured), redirects followed
/// a bounded number of times, robots.txt honoured and one request at a time per host with a delay between them.
/// </summary>
public sealed class Fetcher : IDisposable
{
    private readonly HttpClient _client;
    private readonly FollowOptions _options;
    private readonly TimeProvider _time;
    private readonly Action<string> _log;
    private readonly HostGate _gate;
    /// <summary>Per host, its rules and until when they hold; a task, so that pages asked for at once wait for one
    /// fetch.</summary>
    private readonly ConcurrentDictionary<string, Task<(RobotsRules Rules, DateTimeOffset Until)>> _robots = new();
    private readonly string _product;

    public Fetcher(FollowOptions options, TimeProvider time, Action<string> log)
    {
        _options = options;
        _time = time;
        _log = log;
        _gate = new HostGate(time, options.HostDelay);
        _product = options.UserAgent.Split('/', ' ')[0];
        // Redirects are followed here, so that each hop passes robots.txt and the host gate.
        // Decompression is the handler's.
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            AutomaticDecompression = DecompressionMethods.All,
        };
        _client = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
        _client.DefaultRequestHeaders.UserAgent.ParseAdd(options.UserAgent);
    }

    /// <summary>Writes a log line stamped with the clock's time.</summary>
    public void Log(string line) => _log($"{_time.GetUtcNow().UtcDateTime:yyyy-MM-ddTHH:mm:ssZ} {line}");

    /// <summary>GETs <paramref name="url"/>; throws <see cref="OperationCanceledException"/> only before a request
    /// starts.</summary>
    public async Task<FetchResult> GetAsync(Uri url, Validators? validators, CancellationToken stop)
    {
        long started = _time.GetTimestamp();
        for (int hop = 0; ; hop++)
        {
            var rules = await RobotsFor(url, stop);
            if (!rules.Allows(url.PathAndQuery))
                return Failure(url, 0, started, "disallowed by robots.txt", retryable: false);
            var result = await SendWithRetries(url, hop == 0 ? validators : null, stop);
            bool redirect = result.Status is 301 or 302 or 303 or 307 or 308 && result.Error is null;
            if (!redirect) return result with { Elapsed = Since(started) };
            if (result.Url == url)
                return Failure(url, result.Status, started, "redirect without a Location", retryable: false);
            if (hop >= _options.MaxRedirects)
            {
                string tooMany = $"more than {_options.MaxRedirects} redirects";
                return Failure(url, result.Status, started, tooMany, retryable: false);
            }
            Log($"GET {url} {result.Status} -> {result.Url}");
            url = result.Url;
        }
    }

    private FetchResult Failure(Uri url, int status, long started, string error, bool retryable) =>
        new(url, status, [], null, null, null, Since(started), error, retryable);

    private TimeSpan Since(long started) => _time.GetElapsedTime(started);

    private async Task<FetchResult> SendWithRetries(Uri url, Validators? validators, CancellationToken stop)
    {
        for (int attempt = 1; ; attempt++)
        {
            var (result, retryAfter) = await SendOnce(url, validators, stop);
            if (!result.Retryable || attempt > _options.Retries) return result;
            var backoff = _options.Backoff(attempt) * (1 + Random.Shared.NextDouble() / 2);
            if (retryAfter is { } asked)
            {
                if (asked > _options.MaxRetryAfter)
                    return result with { Error = $"{result.Error}; Retry-After {Durations.Show(asked)}" };
                if (asked > backoff) backoff = asked;
            }
            Log($"GET {url} retry {attempt}/{_options.Retries} in {Durations.Show(backoff)}: {result.Error}");
            await Task.Delay(backoff, _time, stop);
        }
    }

    private async Task<(FetchResult, TimeSpan?)> SendOnce(Uri url, Validators? validators, CancellationToken stop)
    {
        using var turn = await _gate.EnterAsync(url.Authority, stop);
        stop.ThrowIfCancellationRequested();
        long started = _time.GetTimestamp();
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (validators?.ETag is { } etag && EntityTagHeaderValue.TryParse(etag, out var tag))
            request.Headers.IfNoneMatch.Add(tag);
        if (validators?.LastModified is { } modified && DateTimeOffset.TryParse(modified, out var since))
            request.Headers.IfModifiedSince = since;
        // The timeout covers the body too, and a fetch in progress is not cut short by a stop: it ends on its own.
        using var timeout = new CancellationTokenSource(_options.Timeout, _time);
        try
        {
            var headersRead = HttpCompletionOption.ResponseHeadersRead;
            using var response = await _client.SendAsync(request, headersRead, timeout.Token);
            int status = (int)response.StatusCode;
            var body = await ReadBody(response, timeout.Token);
            var location = response.Headers.Location is { } l ? new Uri(url, l) : url;
            bool retryable = FollowOptions.IsRetryable(status);
            string? error = status is >= 400 ? $"{status} {response.ReasonPhrase}" : null;
            if (body is null) (error, retryable) = ($"body larger than {_options.MaxBodyBytes >> 20} MB", false);
            var finalUrl = status is >= 300 and < 400 && status != 304 ? location : url;
            var result = new FetchResult(finalUrl, status, body ?? [],
                response.Headers.ETag?.ToString(), response.Content.Headers.LastModified?.ToString("R"),
                response.Content.Headers.ContentType?.CharSet, _time.GetElapsedTime(started), error, retryable);
            return (result, RetryAfter(response));
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested)
        {
            return (new FetchResult(url, 0, [], null, null, null, _time.GetElapsedTime(started),
                $"timeout after {Durations.Show(_options.Timeout)}", true), null);
        }
        catch (Exception e) when (e is HttpRequestException or IOException)
        {
            var elapsed = _time.GetElapsedTime(started);
            return (new FetchResult(url, 0, [], null, null, null, elapsed, e.Message, true), null);
        }
    }

    /// <summary>The body, or null when it is larger than the limit.</summary>
    private async Task<byte[]?> ReadBody(HttpResponseMessage response, CancellationToken timeout)
    {
        if (response.Content.Headers.ContentLength > _options.MaxBodyBytes) return null;
        await using var stream = await response.Content.ReadAsStreamAsync(timeout);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, timeout)) > 0)
        {
            if (buffer.Length + read > _options.MaxBodyBytes) return null;
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    private TimeSpan? RetryAfter(HttpResponseMessage response) => response.Headers.RetryAfter switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } => date - _time.GetUtcNow() is { } wait && wait > TimeSpan.Zero ? wait : TimeSpan.Zero,
        _ => null,
    };

    /// <summary>
    /// The host's rules, fetched once per <see cref="FollowOptions.RobotsLifetime"/>. A missing robots.txt (4xx) allows
    /// everything; one that cannot be fetched (5xx, network) allows everything too, until the next round.
    /// </summary>
    private async Task<RobotsRules> RobotsFor(Uri url, CancellationToken stop)
    {
        string host = url.GetLeftPart(UriPartial.Authority);
        if (_robots.TryGetValue(host, out var cached))
        {
            var (rules, until) = await cached;
            if (until > _time.GetUtcNow()) return rules;
            _robots.TryRemove(KeyValuePair.Create(host, cached));
        }
        return (await _robots.GetOrAdd(host, _ => FetchRobots(url, stop))).Rules;
    }

    private async Task<(RobotsRules, DateTimeOffset)> FetchRobots(Uri url, CancellationToken stop)
    {
        var robotsUrl = new Uri(url.GetLeftPart(UriPartial.Authority) + "/robots.txt");
        var (result, _) = await SendOnce(robotsUrl, null, stop);
        var rules = result.Ok
            ? RobotsRules.Parse(System.Text.Encoding.UTF8.GetString(result.Body), _product)
            : RobotsRules.AllowAll;
        Log($"GET {robotsUrl} {Describe(result)}");
        _gate.SetCrawlDelay(url.Authority, rules.CrawlDelay);
        bool answered = result.Ok || result.Status is >= 400 and < 500;
        var lifetime = answered || _options.Every > _options.RobotsLifetime ? _options.RobotsLifetime : _options.Every;
        return (rules, _time.GetUtcNow() + lifetime);
    }

    /// <summary>Status, size and time of a fetch for its log line: "200 12.4 KB 310 ms", "304 not modified",
    /// "timeout after 30 s".</summary>
    public static string Describe(FetchResult r)
    {
        string time = Durations.Show(r.Elapsed);
        if (r.NotModified) return $"304 not modified {time}";
        if (r.Error is not null) return $"{r.Error} {time}";
        return $"{r.Status} {FormatSize(r.Body.Length)} {time}";
    }

    private static string FormatSize(long bytes) => bytes switch
    {
        < 1024 => $"{bytes} B",
        < 1 << 20 => $"{bytes / 1024.0:0.#} KB",
        _ => $"{bytes / (double)(1 << 20):0.#} MB",
    };

    public void Dispose() => _client.Dispose();
}

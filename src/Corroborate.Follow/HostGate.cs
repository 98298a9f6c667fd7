using System.Collections.Concurrent;

namespace Corroborate.Follow;

/// <summary>
/// Politeness per host: one request at a time, and at least a delay (ours, or the host's Crawl-delay when longer)
/// between the end of one request and the start of the next.
/// </summary>
internal sealed class HostGate(TimeProvider time, TimeSpan delay)
{
    private sealed class Host
    {
        public SemaphoreSlim Turn { get; } = new(1, 1);
        public DateTimeOffset? LastEnded { get; set; }
        public TimeSpan? CrawlDelay { get; set; }
    }

    private readonly ConcurrentDictionary<string, Host> _hosts = new(StringComparer.OrdinalIgnoreCase);

    public void SetCrawlDelay(string host, TimeSpan? crawlDelay) =>
        _hosts.GetOrAdd(host, _ => new Host()).CrawlDelay = crawlDelay;

    /// <summary>Waits for the host's turn; dispose the result when the request has ended.</summary>
    public async Task<IDisposable> EnterAsync(string host, CancellationToken stop)
    {
        var h = _hosts.GetOrAdd(host, _ => new Host());
        await h.Turn.WaitAsync(stop);
        try
        {
            var gap = h.CrawlDelay is { } crawl && crawl > delay ? crawl : delay;
            if (h.LastEnded is { } last && last + gap - time.GetUtcNow() is { } wait && wait > TimeSpan.Zero)
                await Task.Delay(wait, time, stop);
        }
        catch
        {
            h.Turn.Release();
            throw;
        }
        return new Exit(time, h);
    }

    private sealed class Exit(TimeProvider time, Host host) : IDisposable
    {
        private bool _done;

        public void Dispose()
        {
            if (_done) return;
            _done = true;
            host.LastEnded = time.GetUtcNow();
            host.Turn.Release();
        }
    }
}

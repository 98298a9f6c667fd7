using System.Diagnostics;

namespace Corroborate.Bench.ServeLoad;

/// <summary>How one request went: its route, when it finished (Stopwatch timestamp), its latency, and what went wrong if anything.</summary>
public readonly record struct RequestOutcome(int Route, long FinishedAt, double Milliseconds, string? Error);

/// <summary>
/// A closed loop: each of N workers sends its next request as soon as the previous answer has been read in
/// full, over a pool of at most N connections, so exactly N requests are in flight at any time.
/// </summary>
public sealed class LoadClient(HttpClient client, IReadOnlyList<LoadRoute> routes)
{
    /// <summary>Requests every URL once, in order, so story reports are built and the JIT is warm before timing.</summary>
    public async Task<IReadOnlyList<RequestOutcome>> WarmUpAsync()
    {
        var outcomes = new List<RequestOutcome>();
        for (int r = 0; r < routes.Count; r++)
            foreach (var path in routes[r].Paths)
                outcomes.Add(await SendAsync(r, path));
        return outcomes;
    }

    /// <summary>Runs <paramref name="workers"/> loops until <paramref name="stop"/> fires; requests in flight then are finished and counted.</summary>
    public async Task<IReadOnlyList<RequestOutcome>> RunAsync(int workers, CancellationToken stop)
    {
        var perWorker = await Task.WhenAll(Enumerable.Range(0, workers).Select(w => WorkerAsync(w, stop)));
        return [.. perWorker.SelectMany(o => o)];
    }

    private async Task<List<RequestOutcome>> WorkerAsync(int worker, CancellationToken stop)
    {
        // Workers start at different routes so that each route always has requests in flight.
        var outcomes = new List<RequestOutcome>();
        for (long n = worker; !stop.IsCancellationRequested; n++)
        {
            int route = (int)(n % routes.Count);
            var paths = routes[route].Paths;
            outcomes.Add(await SendAsync(route, paths[(int)(n / routes.Count % paths.Count)]));
        }
        return outcomes;
    }

    private async Task<RequestOutcome> SendAsync(int route, string path)
    {
        long start = Stopwatch.GetTimestamp();
        string? error;
        try
        {
            using var response = await client.GetAsync(path, HttpCompletionOption.ResponseHeadersRead);
            await response.Content.CopyToAsync(Stream.Null);
            error = response.IsSuccessStatusCode ? null : $"HTTP {(int)response.StatusCode}";
        }
        catch (TaskCanceledException e) when (e.InnerException is TimeoutException)
        {
            error = "timeout";
        }
        catch (HttpRequestException e)
        {
            error = $"{e.HttpRequestError}: {e.Message}";
        }
        catch (Exception e) when (e is IOException or OperationCanceledException)
        {
            error = $"{e.GetType().Name}: {e.Message}";
        }
        long finished = Stopwatch.GetTimestamp();
        return new RequestOutcome(route, finished, Stopwatch.GetElapsedTime(start, finished).TotalMilliseconds, error);
    }
}

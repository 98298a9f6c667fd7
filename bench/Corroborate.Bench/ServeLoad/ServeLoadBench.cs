using System.Diagnostics;
using System.Globalization;

namespace Corroborate.Bench.ServeLoad;

/// <summary>
/// Bounded load on <c>corroborate serve</c> over loopback: the story list, story pages and the JSON API at N
/// concurrent connections for a fixed time, with latency per route, errors by kind, and the server's memory and
/// CPU time read from /proc every second. Fails (exit 1) on any error or when memory grew.
/// </summary>
public static class ServeLoadBench
{
    public static int Run(string[] args)
    {
        if (ServeLoadOptions.Parse(args) is not { } options) return 1;
        return RunAsync(options).GetAwaiter().GetResult();
    }

    private static async Task<int> RunAsync(ServeLoadOptions options)
    {
        using var server = await ServerProcess.StartAsync(options.Server, options.Db);
        using var handler = new SocketsHttpHandler
        {
            MaxConnectionsPerServer = options.Connections,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
        };
        using var client = new HttpClient(handler) { BaseAddress = server.BaseAddress, Timeout = options.Timeout };
        var routes = await LoadRoute.DiscoverAsync(client);
        var load = new LoadClient(client, routes);

        var warmUpClock = Stopwatch.StartNew();
        var warmUp = await load.WarmUpAsync();
        double everyUrlSeconds = warmUpClock.Elapsed.TotalSeconds;
        using (var stopWarmUp = new CancellationTokenSource(TimeSpan.FromSeconds(options.WarmUpSeconds)))
            warmUp = [.. warmUp, .. await load.RunAsync(options.Connections, stopWarmUp.Token)];
        Console.WriteLine(Invariant($"serve on {server.BaseAddress} (pid {server.Id}), {options.Connections} connections, {options.Seconds} s, {routes.Count} routes over {routes.Sum(r => r.Paths.Count)} URLs"));
        Console.WriteLine(Invariant($"warm-up, not counted: each URL once ({everyUrlSeconds:0.0} s), then {options.WarmUpSeconds} s of full load"));
        int warmUpErrors = PrintErrors("warm-up errors", routes, warmUp);

        long runStart = Stopwatch.GetTimestamp();
        var (outcomes, elapsed, samples) = await MeasureAsync(load, server.Id, options);
        var clientCpu = Process.GetCurrentProcess().TotalProcessorTime;

        PrintLatencies(routes, outcomes, elapsed);
        PrintThroughputOverTime(outcomes, runStart);
        int errors = PrintErrors("errors", routes, outcomes) + warmUpErrors;
        var memory = MemoryVerdict.Of(samples, options.Seconds);
        PrintServer(samples, memory, outcomes.Count, clientCpu, options.Seconds);
        PrintServerLog(server);

        bool failed = errors > 0 || memory.Grew || server.FailuresLogged > 0;
        Console.WriteLine(failed ? "FAILED" : "OK");
        return failed ? 1 : 0;
    }

    private static async Task<(IReadOnlyList<RequestOutcome> Outcomes, TimeSpan Elapsed, IReadOnlyList<ProcSample> Samples)> MeasureAsync(
        LoadClient load, int serverPid, ServeLoadOptions options)
    {
        var sampler = new ProcSampler(serverPid);
        using var stopSampling = new CancellationTokenSource();
        var sampling = sampler.RunAsync(stopSampling.Token);
        using var stopLoad = new CancellationTokenSource(TimeSpan.FromSeconds(options.Seconds));
        var clock = Stopwatch.StartNew();
        var outcomes = await load.RunAsync(options.Connections, stopLoad.Token);
        var elapsed = clock.Elapsed;
        await stopSampling.CancelAsync();
        await sampling;
        return (outcomes, elapsed, sampler.Samples);
    }

    private static void PrintLatencies(IReadOnlyList<LoadRoute> routes, IReadOnlyList<RequestOutcome> outcomes, TimeSpan elapsed)
    {
        Console.WriteLine();
        Console.WriteLine($"{"route",-20} {"requests",9} {"req/s",8} {"p50 ms",8} {"p95 ms",8} {"p99 ms",8} {"max ms",8} {"errors",7}");
        for (int r = 0; r < routes.Count; r++)
            PrintLatencyRow(routes[r].Name, LatencySummary.Of(outcomes.Where(o => o.Route == r).ToList(), elapsed));
        PrintLatencyRow("all", LatencySummary.Of([.. outcomes], elapsed));
    }

    private static void PrintLatencyRow(string name, LatencySummary s) =>
        Console.WriteLine(Invariant($"{name,-20} {s.Requests,9:N0} {s.PerSecond,8:N0} {s.P50,8:0.0} {s.P95,8:0.0} {s.P99,8:0.0} {s.Max,8:0.0} {s.Errors,7}"));

    /// <summary>Requests finished in each 5 s of the run, to tell a slow start (reports being built) from a slow steady state.</summary>
    private static void PrintThroughputOverTime(IReadOnlyList<RequestOutcome> outcomes, long runStart)
    {
        const int Window = 5;
        // Counted into every window, empty ones included: a window with no answers is what a stalled server looks like.
        var windows = outcomes.Select(o => (int)(Stopwatch.GetElapsedTime(runStart, o.FinishedAt).TotalSeconds / Window)).ToList();
        var counts = new int[windows.Max() + 1];
        foreach (int w in windows) counts[w]++;
        Console.WriteLine($"req/s every {Window} s: " + string.Join(" ", counts.Select(c => Invariant($"{c / (double)Window:0}"))));
    }

    /// <summary>Prints the errors grouped by kind and route; returns their number.</summary>
    private static int PrintErrors(string heading, IReadOnlyList<LoadRoute> routes, IReadOnlyList<RequestOutcome> outcomes)
    {
        var errors = outcomes.Where(o => o.Error is not null).ToList();
        Console.WriteLine(errors.Count == 0 ? $"{heading}: none" : $"{heading}: {errors.Count}");
        foreach (var kind in errors.GroupBy(e => (routes[e.Route].Name, e.Error)).OrderByDescending(g => g.Count()))
            Console.WriteLine($"  {kind.Count(),7}  {kind.Key.Name}: {kind.Key.Error}");
        return errors.Count;
    }

    private static void PrintServer(IReadOnlyList<ProcSample> samples, MemoryVerdict memory, int requests, TimeSpan clientCpu, int seconds)
    {
        Console.WriteLine();
        int window = (int)Math.Round(seconds / 6.0);
        Console.WriteLine(Invariant($"server RSS MB: first {window} s mean {memory.FirstMean:0.0}, {window}–{2 * window} s mean {memory.BaselineMean:0.0}, last {window} s mean {memory.LastMean:0.0}, max {memory.Max:0.0} (peak since start, warm-up included: {samples[^1].PeakRssMegabytes:0.0})"));
        Console.WriteLine("server RSS MB every 5 s: " + string.Join(" ", samples.Where((_, i) => i % 5 == 0).Select(s => Invariant($"{s.RssMegabytes:0}"))));
        Console.WriteLine(!memory.Judged
            ? $"memory: not judged (runs under {MemoryVerdict.ShortestJudgedSeconds} s are too short)"
            : Invariant($"memory: {(memory.Grew ? "GREW" : "steady")} (last {window} s mean {(memory.LastMean / memory.BaselineMean - 1) * 100:+0.0;-0.0}% against {window}–{2 * window} s; limit +{MemoryVerdict.Tolerance * 100:0}%)"));
        Console.WriteLine(Invariant($"server threads: first {samples[0].Threads}, last {samples[^1].Threads}, max {samples.Max(s => s.Threads)}"));
        var serverCpu = samples[^1].Cpu - samples[0].Cpu;
        Console.WriteLine(Invariant($"server CPU: {serverCpu.TotalSeconds:0.0} s over the run ({serverCpu.TotalSeconds / (samples[^1].At - samples[0].At).TotalSeconds:0.00} cores), {requests / serverCpu.TotalSeconds:N0} requests per server CPU second; load client CPU {clientCpu.TotalSeconds:0.0} s (same machine)"));
    }

    private static void PrintServerLog(ServerProcess server)
    {
        Console.WriteLine($"server log: {server.FailuresLogged} fail/crit entries");
        foreach (var line in server.FirstFailure) Console.WriteLine("  | " + line);
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

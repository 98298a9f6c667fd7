using System.Diagnostics;
using System.Globalization;
using Corroborate.Core.Ingest;
using Corroborate.Storage.Sqlite;
using Corroborate.Web;

namespace Corroborate.Bench;

/// <summary>
/// Requests per second of the web UI and API on loopback: a server over a fresh SQLite store holding the given
/// articles, and a load client with a fixed number of concurrent connections for a fixed time per endpoint.
/// The load is bounded in count and time and only ever targets 127.0.0.1.
/// </summary>
public static class WebBench
{
    public static int Run(string[] args)
    {
        if (args.Length == 0) { Console.Error.WriteLine("usage: web INPUT... [--seconds N] [--connections N]"); return 1; }
        int seconds = BenchArgs.Number(args, "--seconds", 10), connections = BenchArgs.Number(args, "--connections", 8);
        var inputs = args.TakeWhile(a => !a.StartsWith("--", StringComparison.Ordinal)).ToList();
        string dir = Directory.CreateTempSubdirectory("corroborate-webbench-").FullName;
        try
        {
            string db = Path.Combine(dir, "bench.db");
            using (var store = SqliteStore.Open(db))
                CorpusIngest.Store(store, new Ingestor(new IngestOptions()).Run(InputScanner.Expand(inputs)));
            return RunAsync(db, seconds, connections).GetAwaiter().GetResult();
        }
        finally { Directory.Delete(dir, recursive: true); }
    }

    private static async Task<int> RunAsync(string db, int seconds, int connections)
    {
        var app = WebServer.Build(new WebServerOptions { Db = db, Urls = "http://127.0.0.1:0" });
        await app.StartAsync();
        try
        {
            using var client = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };
            int story;
            using (var stories = System.Text.Json.JsonDocument.Parse(await client.GetStringAsync("/api/stories?page_size=1")))
                story = stories.RootElement.GetProperty("items")[0].GetProperty("id").GetInt32();
            Console.WriteLine($"{connections} connections, {seconds} s per endpoint, loopback");
            Console.WriteLine($"{"endpoint",-28} {"requests/s",12} {"p50 ms",8} {"p99 ms",8} {"errors",7}");
            foreach (var path in new[] { $"/stories/{story}", $"/api/stories/{story}", "/api/articles?page_size=50", "/stories?q=explosion" })
                await Measure(client, path, seconds, connections);
            return 0;
        }
        finally { await app.StopAsync(); }
    }

    private static async Task Measure(HttpClient client, string path, int seconds, int connections)
    {
        (await client.GetAsync(path)).EnsureSuccessStatusCode(); // warm the cache and the JIT
        var latencies = new List<double>[connections];
        int errors = 0;
        var until = Stopwatch.GetTimestamp() + (long)(seconds * Stopwatch.Frequency);
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, connections).Select(async c =>
        {
            var mine = latencies[c] = [];
            while (Stopwatch.GetTimestamp() < until)
            {
                long start = Stopwatch.GetTimestamp();
                using var response = await client.GetAsync(path);
                await response.Content.ReadAsByteArrayAsync();
                if (!response.IsSuccessStatusCode) Interlocked.Increment(ref errors);
                mine.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            }
        }));
        clock.Stop();
        var all = latencies.SelectMany(l => l).Order().ToList();
        double Percentile(double p) => all[Math.Min(all.Count - 1, (int)(p * all.Count))];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{path,-28} {all.Count / clock.Elapsed.TotalSeconds,12:0} {Percentile(0.5),8:0.0} {Percentile(0.99),8:0.0} {errors,7}"));
    }
}

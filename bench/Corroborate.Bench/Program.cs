using System.Globalization;
using Corroborate.Bench;
using Corroborate.Bench.ServeLoad;

// Benchmarks, one subcommand each: dotnet run -c Release --project bench/Corroborate.Bench -- NAME [ARGS]
string[] UsageLines = [];
var benchmarks = new Dictionary<string, (string Usage, Func<string[], int> Run)>
{
    ["ner"] = ("ner CONLL_FILE [REPEATS]: NER tokens per second per core", NerBenchmark.Run),
    ["web"] = ("web INPUT... [--seconds N] [--connections N]: requests per second of the story page and the API on loopback", WebBench.Run),
    ["serve-load"] = ("serve-load --server CORROBORATE --db DB [--seconds N] [--connections N] [--short]: 32 connections on `corroborate serve` for 60 s, latency per route and server memory (bench/serve-load.sh)", ServeLoadBench.Run),
    ["extraction"] = ("extraction [HTML_DIR] [ROUNDS]: main-text extraction pages per second and peak memory (bench/extraction.sh adds readability)", ExtractionBench.Run),
    ["copies-scale"] = ("copies-scale [MAX] [SEED]: fingerprinting + candidate search at 10k, 100k and 1M articles", a =>
    {
        int max = Arg(a, 0, 1_000_000);
        CopyScaleBenchmark.Run(max, [10_000, 100_000, 1_000_000, max], Arg(a, 1, 1));
        return 0;
    }),
    ["generate"] = ("generate COUNT FILE [SEED]: synthetic articles (5% copies) as JSON Lines for the CLI", a =>
    {
        if (a.Length < 2) return Usage();
        var news = new SyntheticNews(Arg(a, 2, 1), copyRate: 0.05);
        using var writer = new StreamWriter(a[1]);
        for (int n = 0; n < Arg(a, 0, 0); n++)
            writer.WriteLine(System.Text.Json.JsonSerializer.Serialize(new { url = $"https://example.test/{n}", text = news.Next(n, out _) }));
        return 0;
    }),
    ["stitched"] = ("stitched COUNT FILE [--data DIR]: stitched articles of real-news density (as `pipeline` uses) as JSON Lines for the CLI", a =>
    {
        if (a.Length < 2) return Usage();
        var news = new Corroborate.Bench.PipelineCost.StitchedNews(BenchArgs.Value(a, "--data") ?? Path.Combine("..", "shared", "data"), seed: 1);
        using var writer = new StreamWriter(a[1]);
        for (int n = 0; n < Arg(a, 0, 0); n++)
        {
            var draft = news.Next(n);
            writer.WriteLine(System.Text.Json.JsonSerializer.Serialize(new { url = draft.Url, source = draft.Source, published = draft.Published, text = draft.Text }));
        }
        return 0;
    }),
    ["claims"] = ("claims INPUT...: time, quantity, claim and quote stages in sentences per second", ClaimsBenchmark.Run),
    ["stories"] = ("stories [--articles N]: online story and topic clustering, cost per article at 10k, 100k and 1M synthetic articles", StoriesBench.Run),
    ["pipeline"] = ("pipeline [--articles 1000,10000] [--data DIR]: seconds and µs per article of every stage at each corpus size, on stitched real-news-density articles", Corroborate.Bench.PipelineCost.PipelineBench.Run),
    ["story-analysis"] = ("story-analysis INPUT... [--rounds N]: reconciliation, timeline and brief, milliseconds per story", StoryAnalysisBenchmark.Run),
};
UsageLines = benchmarks.Values.Select(b => b.Usage).ToArray();
if (args.Length == 0 || !benchmarks.TryGetValue(args[0], out var bench)) return Usage();
return bench.Run(args[1..]);

int Usage()
{
    Console.Error.WriteLine("usage: corroborate-bench NAME [ARGS]");
    foreach (var line in UsageLines) Console.Error.WriteLine("  " + line);
    return 1;
}

static int Arg(string[] a, int i, int fallback) => a.Length > i ? int.Parse(a[i], CultureInfo.InvariantCulture) : fallback;

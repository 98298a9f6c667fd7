using System.Diagnostics;
using Corroborate.Core;
using Corroborate.Core.Briefs;
using Corroborate.Core.Ingest;
using Corroborate.Core.Store;
using Corroborate.Storage.Sqlite;

namespace Corroborate.Bench.PipelineCost;

/// <summary>
/// Cost of every stage of the flow at growing corpus sizes, on stitched articles of real-news density: per-article
/// stages one article at a time on one thread (so wall time is CPU time), then storing, each corpus stage and
/// story analysis over a SQLite store. Prints seconds and microseconds per article for each, so a stage whose cost
/// per article grows with the corpus shows up.
/// </summary>
public static class PipelineBench
{
    public static int Run(string[] args)
    {
        var sizes = (BenchArgs.Value(args, "--articles") ?? "1000,10000").Split(',').Select(int.Parse).ToArray();
        string shared = BenchArgs.Value(args, "--data") ?? Path.Combine("..", "shared", "data");
        if (!Directory.Exists(Path.Combine(shared, "realnews-dev")))
        {
            Console.Error.WriteLine($"pipeline: needs {shared}/realnews-dev and wikiref150 (give --data DIR)");
            return 1;
        }
        foreach (int size in sizes) Measure(new StitchedNews(shared, seed: 1), size);
        return 0;
    }

    private static void Measure(StitchedNews news, int size)
    {
        var drafts = Enumerable.Range(0, size).Select(news.Next).ToList();
        var pipeline = Pipeline.Default();
        var costs = new List<(string Stage, TimeSpan Time)>();
        var perStage = pipeline.Stages.ToDictionary(s => s.Name, _ => TimeSpan.Zero);
        var articles = new List<Article>(size);
        var clock = new Stopwatch();
        foreach (var draft in drafts)
        {
            var article = Pipeline.CreateArticle(draft);
            foreach (var stage in pipeline.Stages)
            {
                clock.Restart();
                article = stage.Process(article);
                perStage[stage.Name] += clock.Elapsed;
            }
            articles.Add(article);
        }
        costs.AddRange(perStage.Select(p => (p.Key, p.Value)));
        string db = Path.Combine(Path.GetTempPath(), $"corroborate-pipeline-bench-{Environment.ProcessId}-{size}.db");
        try
        {
            using var store = SqliteStore.Open(db);
            costs.Add(("store articles and annotations", Time(() =>
            {
                foreach (var batch in articles.Chunk(Ingestor.BatchSize))
                {
                    store.AddArticles(batch);
                    store.SaveAnnotations(batch.Select(AnnotationCodec.Encode).ToList());
                }
            })));
            foreach (var stage in CorpusPipeline.Default().Stages)
                costs.Add(($"corpus: {stage.Name}", Time(() => stage.Run(store, articles))));
            costs.Add(("claims by story + story analysis", Time(() => Flow.Analyze(store, articles.Select(a => a.Id).ToList(), new BriefOptions()))));
        }
        finally
        {
            DeleteDatabase(db);
        }
        var batched = MeasureBatches(articles, db + "-batched");
        var total = costs.Aggregate(TimeSpan.Zero, (sum, c) => sum + c.Time);
        Console.WriteLine($"{size:N0} stitched articles ({news.Sources} sources), {drafts.Sum(d => (long)d.Text.Length) / size:N0} characters each on average");
        Console.WriteLine($"{"stage",-36} {"seconds",9} {"µs/article",11}");
        foreach (var (stage, time) in costs) Console.WriteLine($"{stage,-36} {time.TotalSeconds,9:F2} {time.TotalMicroseconds / size,11:N0}");
        Console.WriteLine($"{"total",-36} {total.TotalSeconds,9:F2} {total.TotalMicroseconds / size,11:N0}   ({size / total.TotalSeconds:N0} articles per second on one thread)");
        Console.WriteLine($"{"corpus stage run per " + BatchSize + "-article batch",-36} {"seconds",9} {"µs/article",11} {"last batch µs/article",22}");
        foreach (var (stage, time, last) in batched) Console.WriteLine($"{"per batch: " + stage,-36} {time.TotalSeconds,9:F2} {time.TotalMicroseconds / size,11:N0} {last.TotalMicroseconds / BatchSize,22:N0}");
        Console.WriteLine($"peak working set so far {Process.GetCurrentProcess().PeakWorkingSet64 >> 20:N0} MB");
        Console.WriteLine();
    }

    /// <summary>Articles per ingest batch: the corpus stages run after each, as a worker will.</summary>
    private const int BatchSize = 500;

    /// <summary>
    /// The corpus stages run after each batch of articles is stored, as ingest runs them: the total per stage, and
    /// its last batch's cost, which stays flat as the corpus grows when the stage is incremental.
    /// </summary>
    private static List<(string Stage, TimeSpan Total, TimeSpan LastBatch)> MeasureBatches(List<Article> articles, string db)
    {
        try
        {
            using var store = SqliteStore.Open(db);
            var stages = CorpusPipeline.Default().Stages;
            var totals = stages.ToDictionary(s => s.Name, _ => TimeSpan.Zero);
            var last = new Dictionary<string, TimeSpan>();
            foreach (var batch in articles.Chunk(BatchSize))
            {
                store.AddArticles(batch);
                foreach (var stage in stages)
                {
                    last[stage.Name] = Time(() => store.RunExclusively(() => stage.Run(store, batch)));
                    totals[stage.Name] += last[stage.Name];
                }
            }
            return stages.Select(s => (s.Name, totals[s.Name], last[s.Name])).ToList();
        }
        finally
        {
            DeleteDatabase(db);
        }
    }

    private static void DeleteDatabase(string db)
    {
        foreach (var f in new[] { db, db + "-wal", db + "-shm" }) File.Delete(f);
    }

    private static TimeSpan Time(Action action)
    {
        var clock = Stopwatch.StartNew();
        action();
        return clock.Elapsed;
    }
}

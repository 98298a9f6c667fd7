using System.Diagnostics;
using Corroborate.Core;
using Corroborate.Core.Briefs;
using Corroborate.Core.Ingest;
using Corroborate.Core.Store;
using Corroborate.Storage.Sqlite;

namespace Corroborate.Bench.PipelineCost;

/// <summary>
/// Cost of every stage of the flow at growing corpus sizes, on stitched articles of real-news density: per-article
/// stages one article at a time on one thread (so wall time is CPU time), then, batch by batch as ingest does it,
/// storing and each corpus stage over a SQLite store, and story analysis. Prints wall and CPU seconds and
/// microseconds per article for each, and each corpus stage's cost in the last batch, so a stage whose cost per
/// article grows with the corpus shows up.
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
        var costs = pipeline.Stages.ToDictionary(s => s.Name, _ => new Cost());
        var articles = new List<Article>(size);
        foreach (var draft in drafts)
        {
            var article = Pipeline.CreateArticle(draft);
            foreach (var stage in pipeline.Stages) costs[stage.Name].AddOneThread(() => article = stage.Process(article));
            articles.Add(article);
        }
        var (corpusCosts, lastBatch) = MeasureCorpus(articles, Path.Combine(Path.GetTempPath(), $"corroborate-pipeline-bench-{Environment.ProcessId}-{size}.db"));
        foreach (var (stage, cost) in corpusCosts) costs[stage] = cost;
        var wall = costs.Values.Aggregate(TimeSpan.Zero, (sum, c) => sum + c.Wall);
        var cpu = costs.Values.Aggregate(TimeSpan.Zero, (sum, c) => sum + c.Cpu);
        Console.WriteLine($"{size:N0} stitched articles ({news.Sources} sources), {drafts.Sum(d => (long)d.Text.Length) / size:N0} characters each on average");
        Console.WriteLine($"{"stage",-36} {"seconds",9} {"CPU s",9} {"µs/article",11} {"last batch µs/article",22}");
        foreach (var (stage, cost) in costs)
        {
            string last = lastBatch.TryGetValue(stage, out var l) ? $"{l.TotalMicroseconds / Math.Min(size, Ingestor.BatchSize),22:N0}" : "";
            Console.WriteLine($"{stage,-36} {cost.Wall.TotalSeconds,9:F2} {cost.Cpu.TotalSeconds,9:F2} {cost.Wall.TotalMicroseconds / size,11:N0} {last}");
        }
        Console.WriteLine($"{"total",-36} {wall.TotalSeconds,9:F2} {cpu.TotalSeconds,9:F2} {wall.TotalMicroseconds / size,11:N0}   " +
            $"({size / wall.TotalSeconds:N0} articles per second on one thread, {size / cpu.TotalSeconds:N0} per CPU-second)");
        Console.WriteLine($"peak working set so far {Process.GetCurrentProcess().PeakWorkingSet64 >> 20:N0} MB");
        Console.WriteLine();
    }

    /// <summary>
    /// What ingest and analyze do after the per-article stages, as they do it: each batch stored with its annotations
    /// and taken in by every corpus stage, the stages completed after the last batch, then story analysis. Besides
    /// the totals, each corpus stage's cost in the last batch, which stays flat as the corpus grows when the stage
    /// only handles what is new.
    /// </summary>
    private static (List<(string Stage, Cost Cost)> Costs, Dictionary<string, TimeSpan> LastBatch) MeasureCorpus(List<Article> articles, string db)
    {
        try
        {
            using var store = SqliteStore.Open(db);
            var corpus = CorpusPipeline.Default();
            var storing = new Cost();
            var stages = corpus.Stages.ToDictionary(s => s.Name, _ => new Cost());
            var last = new Dictionary<string, TimeSpan>();
            foreach (var batch in articles.Chunk(Ingestor.BatchSize))
            {
                storing.Add(() =>
                {
                    store.AddArticles(batch);
                    store.SaveAnnotations(batch.Select(AnnotationCodec.Encode).ToList());
                });
                foreach (var stage in corpus.Stages)
                    last[stage.Name] = stages[stage.Name].Add(() => store.RunExclusively(() => stage.Run(store, batch)));
            }
            foreach (var stage in corpus.Stages) stages[stage.Name].Add(() => store.RunExclusively(() => stage.Complete(store)));
            var analysis = new Cost();
            analysis.Add(() => Flow.Analyze(store, articles.Select(a => a.Id).ToList(), new BriefOptions()));
            return ([("store articles and annotations", storing), .. stages.Select(s => ($"corpus: {s.Key}", s.Value)),
                ("claims by story + story analysis", analysis)], last.ToDictionary(l => $"corpus: {l.Key}", l => l.Value));
        }
        finally
        {
            foreach (var f in new[] { db, db + "-wal", db + "-shm" }) File.Delete(f);
        }
    }

    /// <summary>Wall time and the process's CPU time (all threads, the GC's included) of the work measured.</summary>
    private sealed class Cost
    {
        public TimeSpan Wall { get; private set; }
        public TimeSpan Cpu { get; private set; }

        /// <summary>
        /// Work too short to read the process's CPU clock around (one stage on one article): it runs on this thread
        /// alone, so its wall time is its CPU time, the GC's aside.
        /// </summary>
        public void AddOneThread(Action work)
        {
            long start = Stopwatch.GetTimestamp();
            work();
            var wall = Stopwatch.GetElapsedTime(start);
            Wall += wall;
            Cpu += wall;
        }

        /// <returns>The wall time of this piece.</returns>
        public TimeSpan Add(Action work)
        {
            var process = Process.GetCurrentProcess();
            var cpuBefore = process.TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            work();
            var wall = clock.Elapsed;
            process.Refresh();
            Wall += wall;
            Cpu += process.TotalProcessorTime - cpuBefore;
            return wall;
        }
    }
}

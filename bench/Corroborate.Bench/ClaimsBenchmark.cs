using System.Diagnostics;
using Corroborate.Core;
using Corroborate.Core.Claims;
using Corroborate.Core.Ingest;
using Corroborate.Core.Quantities;
using Corroborate.Core.Quotes;
using Corroborate.Core.Time;

namespace Corroborate.Bench;

/// <summary>
/// Sentences per second of the time, quantity, claim and quote stages on one core, over articles read from the
/// given inputs (segmentation and NER run once beforehand and are not timed). Args: INPUT... [--rounds N] [--claims-only].
/// </summary>
public static class ClaimsBenchmark
{
    private static readonly IArticleStage[] Stages = [new TimeStage(), new QuantityStage(), new ClaimStage(), new QuoteStage()];

    public static int Run(string[] args)
    {
        int rounds = 20;
        bool claimsOnly = args.Contains("--claims-only");
        args = args.Where(a => a != "--claims-only").ToArray();
        int at = Array.IndexOf(args, "--rounds");
        if (at >= 0 && at + 1 < args.Length) { rounds = int.Parse(args[at + 1], System.Globalization.CultureInfo.InvariantCulture); args = [.. args[..at], .. args[(at + 2)..]]; }
        if (args.Length == 0)
        {
            Console.Error.WriteLine("usage: claims INPUT... [--rounds N] [--claims-only]   (e.g. samples/demo/articles)");
            return 1;
        }
        var articles = new Ingestor(new IngestOptions()).Run(InputScanner.Expand(args)).SelectMany(b => b.Articles).ToList();
        long sentences = articles.Sum(a => SentenceSpans.Of(a).Count);
        long claims = articles.Sum(a => Annotate(a).Claims.Count);   // warm-up: JIT and regex caches
        if (claimsOnly) return ClaimStageOnly(articles, rounds);

        var best = double.MaxValue;
        for (int r = 0; r < rounds; r++)
        {
            var clock = Stopwatch.StartNew();
            foreach (var a in articles) Annotate(a);
            best = Math.Min(best, clock.Elapsed.TotalSeconds);
        }
        Console.WriteLine($"{articles.Count} articles, {sentences} sentences, {claims} claims");
        Console.WriteLine($"time+quantities+claims+quotes: {best * 1000:F1} ms = {sentences / best:N0} sentences/s on one core (best of {rounds})");

        // Per stage, each on the output of the stages before it, best of the rounds.
        var inputs = articles;
        foreach (var stage in Stages)
        {
            var stageBest = double.MaxValue;
            List<Article> outputs = [];
            for (int r = 0; r < rounds; r++)
            {
                var clock = Stopwatch.StartNew();
                outputs = inputs.Select(stage.Process).ToList();
                stageBest = Math.Min(stageBest, clock.Elapsed.TotalMilliseconds);
            }
            Console.WriteLine($"  {stage.Name,-10} {stageBest,7:F1} ms");
            inputs = outputs;
        }

        var story = Stopwatch.StartNew();
        ClaimAnalysis.RunInMemory(articles);
        Console.WriteLine($"story date inference and re-reading: {story.Elapsed.TotalMilliseconds:F1} ms for {articles.Count} articles");
        return 0;
    }

    /// <summary>
    /// The claim stage alone, on articles the earlier stages already annotated: wall and process CPU time per round
    /// (CPU includes the garbage collector's threads) and bytes allocated, which vary far less than wall time on a
    /// shared machine.
    /// </summary>
    private static int ClaimStageOnly(List<Article> articles, int rounds)
    {
        var annotated = articles.Select(a => new QuantityStage().Process(new TimeStage().Process(a))).ToList();
        var stage = new ClaimStage();
        var clock = Stopwatch.StartNew();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        long bytes = GC.GetAllocatedBytesForCurrentThread();
        for (int r = 0; r < rounds; r++)
            foreach (var a in annotated) stage.Process(a);
        double cpuMs = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds;
        Console.WriteLine($"claim stage: {clock.Elapsed.TotalMilliseconds / rounds:F1} ms wall, {cpuMs / rounds:F1} ms CPU, " +
                          $"{(GC.GetAllocatedBytesForCurrentThread() - bytes) / rounds / 1024} KB allocated per round of {annotated.Count} articles");
        return 0;
    }

    private static Article Annotate(Article a) => Stages.Aggregate(a, (article, stage) => stage.Process(article));
}

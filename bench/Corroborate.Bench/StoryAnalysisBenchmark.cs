using System.Diagnostics;
using Corroborate.Core;
using Corroborate.Core.Briefs;
using Corroborate.Core.Claims;
using Corroborate.Core.Ingest;
using Corroborate.Core.Reconciliation;
using Corroborate.Core.Time;

namespace Corroborate.Bench;

/// <summary>
/// Time of the story stage (reconciliation, timeline, brief) per story on one core, over the stories of the given
/// inputs, then over one story grown to 50, 200 and 800 articles by repeating its articles under new ids (each
/// repeat its own source, so nothing is deduplicated as a copy). Ingest and claim extraction are not timed.
/// Args: INPUT... [--rounds N].
/// </summary>
public static class StoryAnalysisBenchmark
{
    public static int Run(string[] args)
    {
        int rounds = 10;
        int at = Array.IndexOf(args, "--rounds");
        if (at >= 0 && at + 1 < args.Length) { rounds = int.Parse(args[at + 1], System.Globalization.CultureInfo.InvariantCulture); args = [.. args[..at], .. args[(at + 2)..]]; }
        if (args.Length == 0)
        {
            Console.Error.WriteLine("usage: story-analysis INPUT... [--rounds N]   (e.g. samples/demo/articles)");
            return 1;
        }
        var read = new Ingestor(new IngestOptions()).Run(InputScanner.Expand(args)).SelectMany(b => b.Articles).DistinctBy(a => a.Id).ToList();
        var storyOf = Core.Stories.StoryStage.AssignInMemory(read);
        var articles = ClaimAnalysis.Run(read, storyOf);
        var stories = articles.GroupBy(a => storyOf(a.Id)).Select(g => g.ToList()).ToList();
        var options = new BriefOptions();
        Console.WriteLine($"{articles.Count} articles, {stories.Count} stories");
        foreach (var story in stories.Where(s => s.Count > 1))
            Report($"story of {story.Count} articles", story, rounds, options);
        var largest = stories.MaxBy(s => s.Count)!;
        foreach (int size in new[] { 50, 200, 800 })
        {
            var grown = Enumerable.Range(0, size).Select(i => largest[i % largest.Count] with { Id = $"{largest[i % largest.Count].Id}-{i}" })
                .Select(a => a with { Claims = a.Claims.Select(c => c with { Id = $"{a.Id}-{c.Id}", ArticleId = a.Id }).ToList() })
                .ToList();
            Report($"grown story of {size} articles", grown, Math.Max(1, rounds / (size / 50 + 1)), options);
        }
        return 0;
    }

    private static void Report(string label, IReadOnlyList<Article> story, int rounds, BriefOptions options)
    {
        var context = new StoryContext("bench", story, id => id);
        var result = StoryAnalysis.Analyze(context, options);   // warm-up
        double best = double.MaxValue;
        for (int r = 0; r < rounds; r++)
        {
            var clock = Stopwatch.StartNew();
            StoryAnalysis.Analyze(context, options);
            best = Math.Min(best, clock.Elapsed.TotalMilliseconds);
        }
        int claims = story.Sum(a => a.Claims.Count);
        Console.WriteLine($"{label}: {claims} claims, {result.Findings.Count} findings, {result.Timeline.Count} events -> {best:F1} ms (best of {rounds})");
    }
}

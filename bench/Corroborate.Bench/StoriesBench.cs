using System.Diagnostics;
using System.Globalization;
using Corroborate.Core.Stories;

namespace Corroborate.Bench;

/// <summary>
/// stories [--articles N]: streams synthetic articles through the story engine and prints, at 10k,
/// 100k, 1M (and N) articles, the engine's cost per article over the last window, the overall rate,
/// memory and the active index size; finally B-cubed against the planted stories and topics.
/// </summary>
public static class StoriesBench
{
    private const int Chunk = 10_000;

    public static int Run(string[] args)
    {
        int articles = args.Length >= 2 && args[0] == "--articles" ? int.Parse(args[1], CultureInfo.InvariantCulture) : 1_000_000;
        var checkpoints = new[] { 10_000, 100_000, 1_000_000 }.Where(c => c < articles).Append(articles).ToHashSet();
        var engine = new StoryEngine(StoryOptions.Default);
        var news = new SyntheticStoryStream();
        var storyOf = new int[articles];
        var topicOf = new int[articles];
        var planted = new (int Story, int Topic)[articles];
        var merged = new Dictionary<int, int>();
        double engineCpu = 0, engineWall = 0, windowCpu = 0;
        int windowStart = 0, n = 0;
        using var stream = news.Generate(articles).GetEnumerator();
        using var process = Process.GetCurrentProcess();
        Console.WriteLine("articles   CPU µs/article (window)  articles/s (CPU, wall)  managed MB  peak RSS MB  active stories  active topics  vocabulary");
        while (n < articles)
        {
            // Generate a chunk first so that only the engine is timed; CPU time is what a dedicated core would take.
            var chunk = new List<SyntheticStoryStream.Item>(Chunk);
            while (chunk.Count < Chunk && n + chunk.Count < articles && stream.MoveNext()) chunk.Add(stream.Current);
            process.Refresh();
            var cpu0 = process.TotalProcessorTime;
            long wall0 = Stopwatch.GetTimestamp();
            foreach (var item in chunk)
            {
                var assignment = engine.Add(item.Arrival);
                (storyOf[n], topicOf[n], planted[n]) = (assignment.Story, assignment.Topic, (item.Story, item.Topic));
                n++;
            }
            foreach (var m in engine.Merges) merged[m.From] = m.Into;
            engine.Merges.Clear();
            engineWall += Stopwatch.GetElapsedTime(wall0).TotalSeconds;
            process.Refresh();
            double cpu = (process.TotalProcessorTime - cpu0).TotalSeconds;
            (engineCpu, windowCpu) = (engineCpu + cpu, windowCpu + cpu);
            if (!checkpoints.Contains(n)) continue;
            Console.WriteLine(FormattableString.Invariant(
                $"{n,9:N0}  {windowCpu * 1e6 / (n - windowStart),10:0.0}               {n / engineCpu,8:N0} {n / engineWall,8:N0}   {GC.GetTotalMemory(false) / 1e6,8:0}  {process.PeakWorkingSet64 / 1e6,10:0}  {engine.Stories.ActiveCount,13:N0}  {engine.Topics.ActiveCount,12:N0}  {engine.Vocabulary.TermCount,9:N0}"));
            (windowStart, windowCpu) = (n, 0);
        }
        PrintQuality(storyOf, topicOf, planted, merged);
        return 0;
    }

    // Noise articles are left out: they belong to no planted story.
    private static void PrintQuality(int[] storyOf, int[] topicOf, (int Story, int Topic)[] planted, Dictionary<int, int> merged)
    {
        int Final(int story) { while (merged.TryGetValue(story, out int into)) story = into; return story; }
        var kept = Enumerable.Range(0, planted.Length).Where(i => planted[i].Story >= 0).ToList();
        var stories = ClusterMetrics.Score(kept.Select(i => (Final(storyOf[i]).ToString(CultureInfo.InvariantCulture), planted[i].Story.ToString(CultureInfo.InvariantCulture))).ToList());
        var topics = ClusterMetrics.Score(kept.Select(i => (topicOf[i].ToString(CultureInfo.InvariantCulture), planted[i].Topic.ToString(CultureInfo.InvariantCulture))).ToList());
        Console.WriteLine(FormattableString.Invariant($"planted stories: B-cubed P {stories.BCubedPrecision:0.000} R {stories.BCubedRecall:0.000} F1 {stories.BCubedF1:0.000}; pairwise F1 {stories.PairF1:0.000} ({stories.PredictedClusters:N0} predicted, {stories.GoldClusters:N0} planted)"));
        Console.WriteLine(FormattableString.Invariant($"planted topics:  B-cubed P {topics.BCubedPrecision:0.000} R {topics.BCubedRecall:0.000} F1 {topics.BCubedF1:0.000}; pairwise F1 {topics.PairF1:0.000} ({topics.PredictedClusters:N0} predicted, {topics.GoldClusters:N0} planted)"));
    }
}

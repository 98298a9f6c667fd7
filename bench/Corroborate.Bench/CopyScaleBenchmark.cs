using System.Diagnostics;
using System.Globalization;
using Corroborate.Core.Provenance;

namespace Corroborate.Bench;

/// <summary>
/// Fingerprinting and LSH candidate search over a growing synthetic corpus, exactly as the provenance
/// stage does it per article (tokens → sketch → query → add), minus the database. Only that work is
/// timed; generating the text is not. Prints throughput, the rate over the last stretch (flat cost means
/// it does not fall as the index grows), index bytes per article, candidates per article, and the share
/// of planted copies whose source came out as a candidate.
/// </summary>
public static class CopyScaleBenchmark
{
    public static void Run(int max, IReadOnlyList<int> checkpoints, int seed)
    {
        var options = ProvenanceOptions.Default;
        var news = new SyntheticNews(seed, copyRate: 0.05);
        var index = new LshIndex();
        var tokens = new WordTokens(1024);
        var keys = new uint[MinHashSketch.KeyCount(options)];
        var candidates = new HashSet<int>();
        var clock = new Stopwatch();
        long totalCandidates = 0, bytesOfText = 0;
        int copies = 0, copiesFound = 0, lastCount = 0;
        double lastSeconds = 0;
        Console.WriteLine("articles  articles/s  last-stretch/s  index-bytes/article  candidates/article  copy-recall  text-MB");
        for (int n = 0; n < max; n++)
        {
            string text = news.Next(n, out int copyOf);
            bytesOfText += text.Length;
            clock.Start();
            tokens.Read(text);
            if (MinHashSketch.TryCompute(tokens, options, keys))
            {
                candidates.Clear();
                index.Query(keys, candidates);
                index.Add(n, keys);
            }
            clock.Stop();
            totalCandidates += candidates.Count;
            if (copyOf >= 0)
            {
                copies++;
                if (candidates.Contains(copyOf)) copiesFound++;
            }
            if (!checkpoints.Contains(n + 1)) continue;
            double seconds = clock.Elapsed.TotalSeconds;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{n + 1,8}  {(n + 1) / seconds,10:0}  {(n + 1 - lastCount) / (seconds - lastSeconds),14:0}  {(double)index.Bytes / (n + 1),19:0.0}  {(double)totalCandidates / (n + 1),18:0.000}  {(copies == 0 ? 1 : (double)copiesFound / copies),11:0.0000}  {bytesOfText / 1e6,7:0}"));
            (lastCount, lastSeconds) = (n + 1, seconds);
        }
    }
}

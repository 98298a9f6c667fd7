using System.Diagnostics;
using System.Globalization;
using Corroborate.Core.Provenance;

namespace Corroborate.Bench;

/// <summary>
/// Fingerprinting and LSH candidate search over a growing synthetic corpus, exactly as the provenance
/// stage does it per article (tokens → sketch → query → add), minus the database. Text is generated in
/// chunks that are not timed. Prints throughput by wall clock and by CPU time (the machine is shared, so
/// wall time depends on the neighbours), the rate over the last stretch (flat cost means it does not
/// fall as the index grows), index bytes per article, candidates per article, and the share of planted
/// copies whose source came out as a candidate.
/// </summary>
public static class CopyScaleBenchmark
{
    private const int Chunk = 10_000;

    public static void Run(int max, IReadOnlyList<int> checkpoints, int seed)
    {
        var options = ProvenanceOptions.Default;
        var news = new SyntheticNews(seed, copyRate: 0.05);
        var index = new LshIndex();
        var tokens = new WordTokens(1024);
        var keys = new uint[MinHashSketch.KeyCount(options)];
        var candidates = new HashSet<int>();
        var texts = new string[Chunk];
        var copyOf = new int[Chunk];
        var process = Process.GetCurrentProcess();
        double wall = 0, cpu = 0, lastCpu = 0;
        long totalCandidates = 0, bytesOfText = 0;
        int copies = 0, copiesFound = 0, lastCount = 0;
        Console.WriteLine("articles  wall-art/s  cpu-art/s  last-stretch-cpu-art/s  index-bytes/article  candidates/article  copy-recall  text-MB");
        for (int start = 0; start < max; start += Chunk)
        {
            int count = Math.Min(Chunk, max - start);
            for (int i = 0; i < count; i++)
            {
                texts[i] = news.Next(start + i, out copyOf[i]);
                bytesOfText += texts[i].Length;
            }
            process.Refresh();
            var cpuBefore = process.TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            for (int i = 0; i < count; i++)
            {
                tokens.Read(texts[i]);
                candidates.Clear();
                if (MinHashSketch.TryCompute(tokens, options, keys))
                {
                    index.Query(keys, candidates);
                    index.Add(start + i, keys);
                }
                totalCandidates += candidates.Count;
                if (copyOf[i] < 0) continue;
                copies++;
                if (candidates.Contains(copyOf[i])) copiesFound++;
            }
            wall += clock.Elapsed.TotalSeconds;
            process.Refresh();
            cpu += (process.TotalProcessorTime - cpuBefore).TotalSeconds;
            int n = start + count;
            if (!checkpoints.Contains(n)) continue;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{n,8}  {n / wall,10:0}  {n / cpu,9:0}  {(n - lastCount) / (cpu - lastCpu),22:0}  {(double)index.Bytes / n,19:0.0}  {(double)totalCandidates / n,18:0.000}  {(copies == 0 ? 1 : (double)copiesFound / copies),11:0.0000}  {bytesOfText / 1e6,7:0}"));
            (lastCount, lastCpu) = (n, cpu);
        }
    }
}

using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Corroborate.Core.Extraction;
using Corroborate.Core.Ingest;

namespace Corroborate.Bench;

/// <summary>
/// Throughput and peak memory of main-text extraction alone (decoding, parsing, extraction, metadata) on a
/// folder of pages held in memory, on one thread. Prints one JSON line in the same shape as bench/readability/bench.js.
/// </summary>
public static class ExtractionBench
{
    public static int Run(string[] args)
    {
        if (args.Length < 1 || !Directory.Exists(args[0]))
        {
            Console.Error.WriteLine("usage: corroborate-bench extraction HTML_DIR [ROUNDS]");
            return 1;
        }
        int rounds = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 5;
        var pages = Directory.EnumerateFiles(args[0]).Where(f => f.EndsWith(".html", StringComparison.Ordinal) || f.EndsWith(".html.gz", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(f => File.ReadAllBytes(f) is var b && Gzip.IsGzip(b) ? Gzip.Decompress(b, PageExtractor.MaxInputBytes) : b)
            .ToList();
        foreach (var page in pages) PageExtractor.Extract(page); // warm-up: JIT and caches
        var process = Process.GetCurrentProcess();
        var cpuStart = process.TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        long chars = 0;
        for (int r = 0; r < rounds; r++)
            foreach (var page in pages) chars += PageExtractor.Extract(page).Text.Length;
        watch.Stop();
        process.Refresh();
        double seconds = watch.Elapsed.TotalSeconds;
        Console.WriteLine(JsonSerializer.Serialize(new
        {
            extractor = "corroborate",
            pages = pages.Count * rounds,
            rounds,
            seconds = Math.Round(seconds, 3),
            pagesPerSecond = Math.Round(pages.Count * rounds / seconds, 1),
            cpuSeconds = Math.Round((process.TotalProcessorTime - cpuStart).TotalSeconds, 3),
            peakMemoryMB = process.PeakWorkingSet64 >> 20,
            chars,
        }));
        return 0;
    }
}

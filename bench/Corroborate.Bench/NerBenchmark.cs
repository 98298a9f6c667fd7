using System.Diagnostics;
using Corroborate.Core.Entities;

namespace Corroborate.Bench;

/// <summary>
/// Tokens per second of the NER tagger on one core (tagging only; CoNLL input is already tokenised), plus the
/// model's load time and the tokeniser's speed on the same text. Args: CONLL_FILE [ROUNDS].
/// </summary>
public static class NerBenchmark
{
    public static int Run(string[] args)
    {
        if (args.Length < 1 || !File.Exists(args[0]))
        {
            Console.Error.WriteLine("usage: ner CONLL_FILE [ROUNDS]   (e.g. ../shared/data/ner/eng.testa)");
            return 1;
        }
        int rounds = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 5;
        var documents = ConllCorpus.Read(args[0], withTags: false).Select(d => d.Sentences.Select(s => s.Words).ToList()).ToList();
        long tokens = documents.Sum(d => d.Sum(s => s.Length));

        var load = Stopwatch.StartNew();
        var model = new EntityRecognizer().Model;
        load.Stop();
        Console.WriteLine($"model load: {load.Elapsed.TotalMilliseconds:F0} ms");

        foreach (var doc in documents) model.Tag(doc);  // warm-up: JIT and caches
        // On a shared machine the wall clock also counts time spent waiting for a core; the process's CPU time
        // (summed over all rounds, as it is counted in coarse ticks) does not.
        var best = double.MaxValue;
        var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        for (int r = 0; r < rounds; r++)
        {
            var clock = Stopwatch.StartNew();
            foreach (var doc in documents) model.Tag(doc);
            best = Math.Min(best, clock.Elapsed.TotalSeconds);
        }
        process.Refresh();
        double cpu = (process.TotalProcessorTime - cpuBefore).TotalSeconds;
        Console.WriteLine($"tagging: {tokens} tokens in {best * 1000:F0} ms = {tokens / best:N0} tokens/s on one core (best of {rounds}, wall clock)");
        Console.WriteLine($"tagging: {tokens * rounds / cpu:N0} tokens per CPU second ({rounds} rounds, process CPU time)");

        string text = string.Join("\n\n", documents.Select(d => string.Join("\n", d.Select(s => string.Join(' ', s)))));
        var tokenize = Stopwatch.StartNew();
        for (int r = 0; r < rounds; r++) Corroborate.Core.Text.Tokenizer.Tokenize(text);
        Console.WriteLine($"tokeniser: {tokens * rounds / tokenize.Elapsed.TotalSeconds:N0} tokens/s");
        return 0;
    }
}

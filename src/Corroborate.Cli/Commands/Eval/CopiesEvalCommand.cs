using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Corroborate.Core;
using Corroborate.Core.Ingest;
using Corroborate.Core.Provenance;
using Corroborate.Core.Provenance.Evaluation;
using Corroborate.Core.Text;
using Corroborate.Storage.Sqlite;

namespace Corroborate.Cli.Commands.Eval;

/// <summary>
/// Copy detection, scored one of two ways. With --corpus: on a corruption benchmark built from a folder
/// of real articles, running the provenance stage exactly as ingest does on a throw-away SQLite store, for
/// pair precision and recall and character-level passage F1. With --pairs: on real articles judged pair by
/// pair, ingested into a throw-away store, for copy-pair and family precision and recall.
/// </summary>
public static class CopiesEvalCommand
{
    public static Command Create()
    {
        var corpus = new Option<string>("--corpus") { Description = "Folder of plain-text articles (*.txt); an optional labels.tsv (file<TAB>topic) names their topics" };
        var pairs = new Option<string>("--pairs") { Description = "Judged real pairs (url_a, url_b, copy|independent, split, note; TSV with a header) to score the input articles against" };
        var origins = new Option<string>("--origins")
        {
            Description = "With --pairs: real copies of judged direction (url_origin, url_copy, split, note; "
                + "TSV with a header) to score the origin on",
        };
        var split = new Option<string>("--split") { Description = "With --pairs: score only the judged pairs of this split (e.g. dev, held-out)" };
        var inputs = new Argument<string[]>("inputs") { Description = "With --pairs: the articles (files or folders) the judged urls come from", Arity = ArgumentArity.ZeroOrMore };
        var seed = new Option<int>("--seed")
        {
            Description = "Seed of the corruptions and dates", DefaultValueFactory = _ => 42,
        };
        var orders = new Option<int>("--orders")
        {
            Description = "With --corpus: ingest orders to run, each shuffled with its own seed (1, 2, ...); "
                + "mean and spread are reported",
            DefaultValueFactory = _ => 5,
        };
        var threshold = new Option<double?>("--threshold")
        {
            Description = $"Similarity from which a pair is called a copy (default {ProvenanceOptions.Default.CopyThreshold} with --corpus; with --pairs the family threshold, {ProvenanceOptions.Default.FamilyThreshold})",
        };
        var command = new Command("copies", "Copy detection: pair precision/recall and passage F1 on corrupted copies (--corpus), or copy-pair and family precision/recall on judged real pairs (--pairs)")
        {
            corpus, pairs, origins, split, inputs, seed, orders, threshold,
        };
        command.SetSafeAction(result =>
        {
            var (corpusDir, pairsFile, files) = (result.GetValue(corpus), result.GetValue(pairs), result.GetValue(inputs) ?? []);
            if ((corpusDir is null) == (pairsFile is null)) throw new UsageException("give either --corpus DIR or --pairs FILE with the input articles");
            if (pairsFile is not null)
            {
                if (files.Length == 0) throw new UsageException("--pairs needs the input articles the judged urls come from");
                if (result.GetResult(orders) is { Implicit: false })
                    throw new UsageException("--orders goes with --corpus, not --pairs");
                return ScorePairs(pairsFile, result.GetValue(origins), result.GetValue(split), files,
                    result.GetValue(threshold) ?? ProvenanceOptions.Default.FamilyThreshold);
            }
            if (files.Length > 0 || result.GetValue(split) is not null || result.GetValue(origins) is not null)
                throw new UsageException("input files, --split and --origins go with --pairs, not --corpus");
            if (result.GetValue(orders) < 1) throw new UsageException("--orders must be at least 1");
            return ScoreBenchmark(corpusDir!, result.GetValue(seed), result.GetValue(orders),
                result.GetValue(threshold) ?? ProvenanceOptions.Default.CopyThreshold);
        });
        return command;
    }

    private static int ScorePairs(
        string pairsFile, string? originsFile, string? split, string[] inputs, double threshold)
    {
        if (!File.Exists(pairsFile)) throw new UsageException($"--pairs: no such file '{pairsFile}'");
        if (originsFile is not null && !File.Exists(originsFile))
            throw new UsageException($"--origins: no such file '{originsFile}'");
        var gold = CopyPairEvaluation.ReadGold(pairsFile).Where(p => split is null || p.Split == split).ToList();
        if (gold.Count == 0) throw new UsageException($"--pairs: '{pairsFile}' has no judged pair{(split is null ? "" : $" in split '{split}'")}");
        string dir = Path.Combine(Path.GetTempPath(), $"corroborate-eval-{Environment.ProcessId}");
        try
        {
            using var store = SqliteStore.Open(Path.Combine(dir, "eval.db"));
            var outcome = IngestWorkflow.Run(store, InputScanner.Expand(inputs), new IngestOptions());
            var articleOfUrl = new Dictionary<string, Article>(StringComparer.Ordinal);
            foreach (var a in store.GetArticles(outcome.ArticleIds))
                if (a.Url is { } url) articleOfUrl.TryAdd(url, a);
            var copies = store.GetCopies();
            var idOfUrl = articleOfUrl.ToDictionary(x => x.Key, x => x.Value.Id);
            var evaluation = CopyPairEvaluation.Score(gold, idOfUrl, copies, threshold);
            if (evaluation.JudgedPairs == 0) throw new UsageException("no judged pair has both its articles among the inputs (pairs are matched by url)");
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"threshold {threshold}{(split is null ? "" : $", split {split}")}"));
            Console.Write(evaluation.Format());
            if (originsFile is not null)
            {
                var judged = ReadOrigins(originsFile).Where(o => split is null || o.Split == split).ToList();
                Console.Write(CopyOriginEvaluation.Score(judged, articleOfUrl, copies, threshold).Format());
            }
            return ExitCodes.Ok;
        }
        finally
        {
            if (Directory.Exists(dir)) Directory.Delete(dir, recursive: true);
        }
    }

    private static int ScoreBenchmark(string corpusDir, int seed, int orders, double threshold)
    {
        var sources = ReadCorpus(corpusDir);
        var bench = CopyBenchmark.Build(sources, seed);
        var idOf = bench.ArticleIds;
        var articles = bench.Articles().ToList();
        foreach (var d in bench.Documents.GroupBy(d => idOf[d.Name]).Where(g => g.Count() > 1))
            Console.WriteLine($"same text: {string.Join(" = ", d.Select(x => x.Name))}");
        var originals = bench.Documents.Where(d => d.Name == d.Group).Select(d => idOf[d.Name]).Distinct().ToList();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"corpus: {originals.Count} originals, {bench.Copies.Count} corrupted copies, {articles.Count} articles; "
            + $"copies dated after their original, {CopyBenchmark.SameMomentShare:0%} at the same moment, "
            + $"{CopyBenchmark.UndatedShare:0%} undated"));

        var runs = new List<CopyEvaluation>();
        for (int order = 1; order <= orders; order++)
        {
            var shuffled = articles.ToArray();
            new Random(order).Shuffle(shuffled); // ingest order says nothing about which text came first
            var (evaluation, elapsed) = RunProvenance(shuffled, bench, idOf, threshold);
            runs.Add(evaluation);
            var decided = evaluation.OriginDecided;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"order {order}: precision {evaluation.Precision:0.0000}, recall {evaluation.Recall:0.0000}, "
                + $"passage F1 {evaluation.PassageF1:0.0000}, "
                + $"origin right {decided.Right}/{decided.Pairs} where dates decide; "
                + $"provenance stage {elapsed.TotalSeconds:0.0} s"));
        }
        PrintSpread(runs);

        var first = runs[0];
        var topic = new Dictionary<string, string>();
        foreach (var s in sources) topic.TryAdd(idOf.GetValueOrDefault(s.Name, ""), s.Topic);
        int sameTopicPairs = originals
            .Sum(a => originals.Count(b => string.CompareOrdinal(a, b) < 0 && topic[a] == topic[b]));
        int sameTopicReported = first.FalsePairs
            .Count(p => topic.TryGetValue(p.A, out var ta) && topic.TryGetValue(p.B, out var tb) && ta == tb);
        Console.WriteLine("order 1 in detail:");
        Console.WriteLine($"unrelated same-topic original pairs: {sameTopicPairs}, called copies: {sameTopicReported}");
        Console.Write(first.Format());
        foreach (var p in first.FalsePairs)
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"false pair: {Name(articles, p.A)} ~ {Name(articles, p.B)} similarity {p.Similarity:0.00}"));
        foreach (var (copy, similarity) in first.Missed)
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"missed: {copy.Copy} similarity {similarity:0.00}"));
        return ExitCodes.Ok;
    }

    /// <summary>Runs the provenance stage on the articles, ingested in the order given, in a throw-away store.</summary>
    private static (CopyEvaluation Evaluation, TimeSpan Elapsed) RunProvenance(
        IReadOnlyList<Article> articles, CopyBenchmark bench, IReadOnlyDictionary<string, string> idOf,
        double threshold)
    {
        string dir = Path.Combine(Path.GetTempPath(), $"corroborate-eval-{Environment.ProcessId}");
        try
        {
            using var store = SqliteStore.Open(Path.Combine(dir, "eval.db"));
            store.AddArticles(articles);
            var clock = Stopwatch.StartNew();
            new ProvenanceStage(ProvenanceOptions.Default).Run(store);
            clock.Stop();
            return (CopyEvaluation.Score(bench, store.GetCopies(), name => idOf[name], threshold), clock.Elapsed);
        }
        finally
        {
            if (Directory.Exists(dir)) Directory.Delete(dir, recursive: true);
        }
    }

    private static void PrintSpread(IReadOnlyList<CopyEvaluation> runs)
    {
        Console.WriteLine($"over {runs.Count} ingest orders: mean ± standard deviation (lowest-highest)");
        Console.WriteLine($"  pair precision      {Spread(runs.Select(r => r.Precision))}");
        Console.WriteLine($"  pair recall         {Spread(runs.Select(r => r.Recall))}");
        Console.WriteLine($"  passage F1          {Spread(runs.Select(r => r.PassageF1))}");
        Console.WriteLine($"  origin, dates decide: right for {Spread(runs.Select(r => r.OriginDecided.Share))} "
            + $"of {Spread(runs.Select(r => (double)r.OriginDecided.Pairs), "0")} found copies");
        Console.WriteLine("  origin not decidable (same moment or undated): "
            + $"{Spread(runs.Select(r => (double)r.OriginNotDecidable.Pairs), "0")} found copies; "
            + $"the fallback named the original for {Spread(runs.Select(r => r.OriginNotDecidable.Share))}");
    }

    private static string Spread(IEnumerable<double> values, string format = "0.0000")
    {
        var xs = values.ToList();
        var (mean, sd) = Core.Spread.MeanAndSd(xs);
        string F(double x) => x.ToString(format, CultureInfo.InvariantCulture);
        return $"{F(mean)} ± {F(sd)} ({F(xs.Min())}-{F(xs.Max())})";
    }

    private static IReadOnlyList<JudgedOrigin> ReadOrigins(string path)
    {
        try
        {
            return CopyOriginEvaluation.ReadGold(path);
        }
        catch (InvalidDataException e)
        {
            throw new UsageException($"--origins: {e.Message}");
        }
    }

    private static string Name(IReadOnlyList<Article> articles, string id) => articles.First(a => a.Id == id).Path ?? id;

    private static List<SourceDocument> ReadCorpus(string dir)
    {
        if (!Directory.Exists(dir)) throw new UsageException($"--corpus: no such folder '{dir}'");
        var topics = ReadLabels(Path.Combine(dir, "labels.tsv"));
        var documents = Directory.EnumerateFiles(dir, "*.txt").Order(StringComparer.Ordinal)
            .Select(path => new SourceDocument(
                Path.GetFileName(path),
                topics.GetValueOrDefault(Path.GetFileName(path), "corpus"),
                TextNormalizer.Normalize(TextDecoder.Decode(File.ReadAllBytes(path))).Text))
            .Where(d => d.Text.Length > 0)
            .ToList();
        if (documents.Count < 5) throw new UsageException($"--corpus: '{dir}' holds {documents.Count} non-empty .txt files; at least 5 are needed");
        return documents;
    }

    private static Dictionary<string, string> ReadLabels(string path) => !File.Exists(path) ? [] :
        File.ReadLines(path).Skip(1).Select(line => line.Split('\t')).Where(f => f.Length >= 2).ToDictionary(f => f[0], f => f[1]);
}

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
        var split = new Option<string>("--split") { Description = "With --pairs: score only the judged pairs of this split (e.g. dev, held-out)" };
        var inputs = new Argument<string[]>("inputs") { Description = "With --pairs: the articles (files or folders) the judged urls come from", Arity = ArgumentArity.ZeroOrMore };
        var seed = new Option<int>("--seed") { Description = "Seed of the corruptions", DefaultValueFactory = _ => 42 };
        var threshold = new Option<double?>("--threshold")
        {
            Description = $"Similarity from which a pair is called a copy (default {ProvenanceOptions.Default.CopyThreshold} with --corpus; with --pairs the family threshold, {ProvenanceOptions.Default.FamilyThreshold})",
        };
        var command = new Command("copies", "Copy detection: pair precision/recall and passage F1 on corrupted copies (--corpus), or copy-pair and family precision/recall on judged real pairs (--pairs)")
        {
            corpus, pairs, split, inputs, seed, threshold,
        };
        command.SetSafeAction(result =>
        {
            var (corpusDir, pairsFile, files) = (result.GetValue(corpus), result.GetValue(pairs), result.GetValue(inputs) ?? []);
            if ((corpusDir is null) == (pairsFile is null)) throw new UsageException("give either --corpus DIR or --pairs FILE with the input articles");
            if (pairsFile is not null)
            {
                if (files.Length == 0) throw new UsageException("--pairs needs the input articles the judged urls come from");
                return ScorePairs(pairsFile, result.GetValue(split), files, result.GetValue(threshold) ?? ProvenanceOptions.Default.FamilyThreshold);
            }
            if (files.Length > 0 || result.GetValue(split) is not null) throw new UsageException("input files and --split go with --pairs, not --corpus");
            return ScoreBenchmark(corpusDir!, result.GetValue(seed), result.GetValue(threshold) ?? ProvenanceOptions.Default.CopyThreshold);
        });
        return command;
    }

    private static int ScorePairs(string pairsFile, string? split, string[] inputs, double threshold)
    {
        if (!File.Exists(pairsFile)) throw new UsageException($"--pairs: no such file '{pairsFile}'");
        var gold = CopyPairEvaluation.ReadGold(pairsFile).Where(p => split is null || p.Split == split).ToList();
        if (gold.Count == 0) throw new UsageException($"--pairs: '{pairsFile}' has no judged pair{(split is null ? "" : $" in split '{split}'")}");
        string dir = Path.Combine(Path.GetTempPath(), $"corroborate-eval-{Environment.ProcessId}");
        try
        {
            using var store = SqliteStore.Open(Path.Combine(dir, "eval.db"));
            var outcome = IngestWorkflow.Run(store, InputScanner.Expand(inputs), new IngestOptions());
            var idOfUrl = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var a in store.GetArticles(outcome.ArticleIds))
                if (a.Url is { } url) idOfUrl.TryAdd(url, a.Id);
            var evaluation = CopyPairEvaluation.Score(gold, idOfUrl, store.GetCopies(), threshold);
            if (evaluation.JudgedPairs == 0) throw new UsageException("no judged pair has both its articles among the inputs (pairs are matched by url)");
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"threshold {threshold}{(split is null ? "" : $", split {split}")}"));
            Console.Write(evaluation.Format());
            return ExitCodes.Ok;
        }
        finally
        {
            if (Directory.Exists(dir)) Directory.Delete(dir, recursive: true);
        }
    }

    private static int ScoreBenchmark(string corpusDir, int seed, double threshold)
    {
        var sources = ReadCorpus(corpusDir);
        var bench = CopyBenchmark.Build(sources, seed);
        var articles = bench.Documents.Select(d => new Article
        {
            Id = Pipeline.ContentId(d.Text), Text = d.Text, Original = d.Text, Offsets = OffsetMap.Identity, Path = d.Name, Title = d.Name,
        }).ToList();
        var idOf = bench.Documents.Zip(articles).ToDictionary(x => x.First.Name, x => x.Second.Id);

        string dir = Path.Combine(Path.GetTempPath(), $"corroborate-eval-{Environment.ProcessId}");
        try
        {
            using var store = SqliteStore.Open(Path.Combine(dir, "eval.db"));
            store.AddArticles(articles);
            var clock = Stopwatch.StartNew();
            new ProvenanceStage(ProvenanceOptions.Default).Run(store);
            clock.Stop();
            var evaluation = CopyEvaluation.Score(bench, store.GetCopies(), name => idOf[name], threshold);
            var topic = new Dictionary<string, string>();
            foreach (var s in sources) topic.TryAdd(idOf.GetValueOrDefault(s.Name, ""), s.Topic);
            var originals = bench.Documents.Where(d => d.Name == d.Group).Select(d => idOf[d.Name]).Distinct().ToList();
            var duplicates = bench.Documents.GroupBy(d => idOf[d.Name]).Where(g => g.Count() > 1).Select(g => string.Join(" = ", g.Select(d => d.Name)));
            foreach (var d in duplicates) Console.WriteLine($"same text: {d}");
            int sameTopicPairs = originals.Sum(a => originals.Count(b => string.CompareOrdinal(a, b) < 0 && topic[a] == topic[b]));
            int sameTopicReported = evaluation.FalsePairs.Count(p => topic.TryGetValue(p.A, out var ta) && topic.TryGetValue(p.B, out var tb) && ta == tb);

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"corpus: {originals.Count} originals, {bench.Copies.Count} corrupted copies, {articles.Count} articles; provenance stage {clock.Elapsed.TotalSeconds:0.0} s"));
            Console.WriteLine($"unrelated same-topic original pairs: {sameTopicPairs}, called copies: {sameTopicReported}");
            Console.Write(evaluation.Format());
            foreach (var p in evaluation.FalsePairs)
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"false pair: {Name(articles, p.A)} ~ {Name(articles, p.B)} similarity {p.Similarity:0.00}"));
            foreach (var (copy, similarity) in evaluation.Missed)
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"missed: {copy.Copy} similarity {similarity:0.00}"));
            return ExitCodes.Ok;
        }
        finally
        {
            if (Directory.Exists(dir)) Directory.Delete(dir, recursive: true);
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

using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Corroborate.Core;
using Corroborate.Core.Provenance;
using Corroborate.Core.Provenance.Evaluation;
using Corroborate.Core.Text;
using Corroborate.Storage.Sqlite;

namespace Corroborate.Cli.Commands.Eval;

/// <summary>
/// Copy detection on a corruption benchmark built from a folder of real articles: runs the provenance
/// stage exactly as ingest does, on a throw-away SQLite store, and prints pair precision and recall and
/// character-level passage F1.
/// </summary>
public static class CopiesEvalCommand
{
    public static Command Create()
    {
        var corpus = new Option<string>("--corpus") { Description = "Folder of plain-text articles (*.txt); an optional labels.tsv (file<TAB>topic) names their topics", Required = true };
        var seed = new Option<int>("--seed") { Description = "Seed of the corruptions", DefaultValueFactory = _ => 42 };
        var threshold = new Option<double>("--threshold") { Description = "Similarity from which a pair is called a copy", DefaultValueFactory = _ => ProvenanceOptions.Default.CopyThreshold };
        var command = new Command("copies", "Pair precision/recall and passage F1 of copy detection on corrupted copies of real articles") { corpus, seed, threshold };
        command.SetSafeAction(result =>
        {
            var sources = ReadCorpus(result.GetValue(corpus)!);
            var bench = CopyBenchmark.Build(sources, result.GetValue(seed));
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
                var evaluation = CopyEvaluation.Score(bench, store.GetCopies(), name => idOf[name], result.GetValue(threshold));
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
        });
        return command;
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

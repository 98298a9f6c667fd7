using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Corroborate.Core.Ingest;
using Corroborate.Core.Store;
using Corroborate.Core.Stories;
using Corroborate.Storage.Sqlite;

namespace Corroborate.Cli.Commands.Eval;

/// <summary>
/// eval clusters: ingests the inputs (into a temporary database unless --db is given), which runs the
/// story stage, and scores the story or topic of each input article against a labels file.
/// </summary>
public static class ClustersEvalCommand
{
    public static Command Create()
    {
        var inputs = new InputOptions();
        var labels = new Option<string>("--labels") { Description = "TSV with a header: the first column is the file name (or the url of a JSON Lines article), another column is named after the level", Required = true };
        var level = new Option<string>("--level") { Description = "Which clustering to score", DefaultValueFactory = _ => "story" };
        level.AcceptOnlyFromAmong("story", "topic");
        var shuffle = new Option<int?>("--shuffle")
        {
            Description = "Ingest the input files in a random order drawn from this seed: single-pass clustering depends on arrival order (dated articles are still assigned by date)",
        };
        var cv = new Option<int?>("--cv")
        {
            Description = "A K-fold cross-validated B³ F1 over the labelled events (or topics), "
                + "the constants chosen per fold from a grid on the other folds (runs in memory, without --db or --json)",
        };
        var maxSize = CommonOptions.MaxFileSize();
        var json = CommonOptions.Json();
        var command = new Command("clusters",
            "Score story or topic clustering with B-cubed and pairwise precision, recall and F1")
        {
            labels, level, shuffle, cv, maxSize, json,
        };
        inputs.AddTo(command);
        command.SetSafeAction(result =>
        {
            string levelName = result.GetValue(level)!;
            var gold = ReadLabels(result.GetValue(labels)!, levelName);
            bool explicitDb = result.GetResult(CommonOptions.Db) is { Implicit: false };
            if (result.GetValue(cv) is { } folds)
            {
                if (explicitDb || result.GetValue(json))
                    throw new UsageException("--cv runs in memory and prints text: not with --db or --json");
                if (folds < 2) throw new UsageException("--cv needs at least 2 folds");
                var files = inputs.Files(result).ToArray();
                if (result.GetValue(shuffle) is { } order) new Random(order).Shuffle(files);
                return CrossValidate(files, gold, levelName == "topic", folds, result.GetValue(maxSize)!);
            }
            string dbPath = explicitDb ? result.GetValue(CommonOptions.Db)! : Path.Combine(Path.GetTempPath(), $"corroborate-eval-{Guid.NewGuid():N}.db");
            try
            {
                using var store = explicitDb ? CommonOptions.OpenStore(result) : SqliteStore.Open(dbPath);
                var files = inputs.Files(result).ToArray();
                if (result.GetValue(shuffle) is { } seed) new Random(seed).Shuffle(files);
                var outcome = IngestWorkflow.Run(store, files, CommonOptions.IngestOptions(result.GetValue(maxSize)!));
                var inRun = outcome.ArticleIds.ToHashSet();
                var placed = store.ListArticleStories().Where(a => inRun.Contains(a.ArticleId)).ToList();
                var (items, unlabelled) = Match(placed, gold, levelName);
                if (items.Count == 0)
                    throw new UsageException($"none of the {placed.Count} input articles matches a key of the labels file (keys are file names, or urls for JSON Lines articles)");
                var scores = ClusterMetrics.Score(items);
                Print(scores, levelName, unlabelled, gold.Count - items.Count, result.GetValue(json));
                return ExitCodes.Ok;
            }
            finally
            {
                if (!explicitDb) DeleteDatabase(dbPath);
            }
        });
        return command;
    }

    private static int CrossValidate(
        IReadOnlyList<string> files, Dictionary<string, string> gold, bool topics, int folds, string maxSize)
    {
        var batches = new Ingestor(CommonOptions.IngestOptions(maxSize)).Run(files).ToList();
        IngestWorkflow.ReportSkipped(batches.SelectMany(b => b.Skipped).ToList());
        // One article per text, as the store keeps them.
        var articles = batches.SelectMany(b => b.Articles).DistinctBy(a => a.Id).ToList();
        string? LabelOf(Core.Article a) => Label(gold, a.Url, a.Path);
        int events = articles.Select(LabelOf).OfType<string>().Distinct().Count();
        if (events < folds)
            throw new UsageException($"--cv {folds}: the inputs hold {events} labelled clusters; at least one per fold is needed");
        var grid = topics ? StoryCrossValidation.TopicGrid() : StoryCrossValidation.StoryGrid();
        Console.Write(StoryCrossValidation.Run(articles, LabelOf, folds, grid, topics).Format());
        return ExitCodes.Ok;
    }

    internal static Dictionary<string, string> ReadLabels(string path, string column)
    {
        if (!File.Exists(path)) throw new UsageException($"no labels file '{path}'");
        var lines = File.ReadAllLines(path).Where(l => l.Trim().Length > 0).ToList();
        if (lines.Count == 0) throw new UsageException($"the labels file '{path}' is empty");
        var header = lines[0].Split('\t');
        int at = Array.IndexOf(header, column);
        if (at <= 0) throw new UsageException($"the labels file '{path}' has no '{column}' column (columns: {string.Join(", ", header)})");
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (line, number) in lines.Skip(1).Select((l, i) => (l, i + 2)))
        {
            var cells = line.Split('\t');
            if (cells.Length <= at) throw new UsageException($"{path}:{number}: expected at least {at + 1} tab-separated columns");
            labels[cells[0]] = cells[at];
        }
        return labels;
    }

    // A label key is the article's url (JSON Lines) or its file name.
    private static string? Label(Dictionary<string, string> gold, string? url, string? path) =>
        url is not null && gold.TryGetValue(url, out var byUrl) ? byUrl
        : path is not null && gold.TryGetValue(Path.GetFileName(path), out var byFile) ? byFile : null;

    private static (List<(string Predicted, string Gold)> Items, int Unlabelled) Match(IEnumerable<ArticleStory> placed, Dictionary<string, string> gold, string level)
    {
        var items = new List<(string, string)>();
        int unlabelled = 0;
        foreach (var a in placed)
        {
            string? label = Label(gold, a.Url, a.Path);
            int? cluster = level == "topic" ? a.Topic : a.Story;
            if (label is null || cluster is null) unlabelled++;
            else items.Add((cluster.Value.ToString(CultureInfo.InvariantCulture), label));
        }
        return (items, unlabelled);
    }

    private static void Print(ClusterScores s, string level, int unlabelled, int unmatchedLabels, bool json)
    {
        if (json)
        {
            Console.WriteLine(JsonSerializer.Serialize(new
            {
                level, articles = s.Items, unlabelled_articles = unlabelled, labels_without_article = unmatchedLabels,
                gold_clusters = s.GoldClusters, predicted_clusters = s.PredictedClusters,
                bcubed = new { precision = s.BCubedPrecision, recall = s.BCubedRecall, f1 = s.BCubedF1 },
                pairwise = new { precision = s.PairPrecision, recall = s.PairRecall, f1 = s.PairF1 },
            }));
            return;
        }
        Console.WriteLine($"level {level}: {s.Items} labelled articles in {s.GoldClusters} gold and {s.PredictedClusters} predicted clusters; {unlabelled} articles without a label, {unmatchedLabels} labels without an article");
        Console.WriteLine(FormattableString.Invariant($"B-cubed   precision {s.BCubedPrecision:0.000}  recall {s.BCubedRecall:0.000}  F1 {s.BCubedF1:0.000}"));
        Console.WriteLine(FormattableString.Invariant($"pairwise  precision {s.PairPrecision:0.000}  recall {s.PairRecall:0.000}  F1 {s.PairF1:0.000}"));
    }

    /// <summary>Deletes a throw-away SQLite database and its journal files, leaving any it cannot delete.</summary>
    internal static void DeleteDatabase(string path)
    {
        foreach (var file in new[] { path, path + "-wal", path + "-shm" })
            try { File.Delete(file); } catch (IOException) { }
    }
}

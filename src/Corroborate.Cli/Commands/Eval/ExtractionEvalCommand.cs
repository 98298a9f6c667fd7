using System.CommandLine;
using System.Globalization;
using Corroborate.Core;
using Corroborate.Core.Extraction;
using Corroborate.Core.Extraction.Evaluation;

namespace Corroborate.Cli.Commands.Eval;

/// <summary>`eval extraction`: main-text extraction scored with the article-extraction benchmark's metric, optionally beside other extractors.</summary>
public static class ExtractionEvalCommand
{
    public static Command Create()
    {
        var gold = new Option<string>("--gold") { Description = "Gold file: {id: {articleBody, url}}", Required = true };
        var html = new Option<string>("--html") { Description = "Folder with the pages as ID.html.gz or ID.html", Required = true };
        var peers = new Option<string?>("--peers") { Description = "Folder of other extractors' outputs (NAME.json) to compare with on the same pages" };
        var part = new Option<string?>("--part") { Description = "Score only part K of N of the pages (ids sorted, every N-th from K), e.g. 1/2 or 2/2" };
        var worst = new Option<int>("--worst") { Description = "How many of the worst pages to list", DefaultValueFactory = _ => 10 };
        var folds = new Option<int?>("--cv") { Description = "Also cross-validate the block scorer: K folds over the pages, each scored by a model trained on the others" };
        var seed = new Option<int>("--seed") { Description = "Seed of the fold shuffle and of training under --cv", DefaultValueFactory = _ => 1 };
        var bySite = new Option<bool>("--by-site") { Description = "Under --cv, keep the pages of one site in one fold: scores on sites no model saw" };
        var noModel = new Option<bool>("--no-model") { Description = "Score the heuristic alone, without the shipped block scorer" };
        var command = new Command("extraction", "Score main-text extraction: precision, recall, F1 and accuracy over 4-token shingles")
        {
            gold, html, peers, part, worst, folds, seed, bySite, noModel,
        };
        command.SetSafeAction(result =>
        {
            var pages = SelectPart(ExtractionPages.ReadGold(result.GetValue(gold)!), result.GetValue(part));
            var training = ExtractionPages.ReadTraining(pages, ExtractionPages.RequireFolder(result.GetValue(html)!));
            var scorer = result.GetValue(noModel) ? null : BlockScorer.Shipped;
            var ours = Score(pages, training.ToDictionary(p => p.Id, p => p.Extract(scorer)));
            string how = scorer is not null ? "shipped block scorer" : result.GetValue(noModel) ? "heuristic alone" : "heuristic alone: this build has no block scorer";
            Console.WriteLine($"Extraction on {pages.Count} pages ({how})");
            Console.WriteLine(Line(ours));
            if (result.GetValue(folds) is { } k)
                PrintCrossValidation(training, k, new BlockTrainingOptions { Seed = result.GetValue(seed), FoldBySite = result.GetValue(bySite) });
            PrintWorst(ours, pages, result.GetValue(worst));
            if (result.GetValue(peers) is { } peerDir) PrintPeers(ours, pages, peerDir);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static void PrintCrossValidation(List<TrainingPage> pages, int folds, BlockTrainingOptions options)
    {
        int groups = ExtractionCrossValidation.Groups(pages, options.FoldBySite);
        string unit = options.FoldBySite ? "sites" : "pages";
        if (folds < 2 || folds > groups) throw new UsageException($"--cv must be between 2 and {groups} (the number of {unit}), not {folds}");
        var cv = ExtractionCrossValidation.Run(pages, folds, options);
        Console.WriteLine($"Cross-validated, {folds} folds over {unit}, seed {options.Seed} (each page scored by a model that never saw it):");
        Console.WriteLine(Line(cv.Score));
        Console.WriteLine($"F1 per fold: {string.Join(" ", cv.FoldF1.Select(f => F(f)))}; "
            + $"L2 penalty per fold (chosen inside it): {string.Join(" ", cv.FoldPenalty)}");
    }

    private static string Line(ExtractionScore s) =>
        $"precision {F(s.Precision)}  recall {F(s.Recall)}  F1 {F(s.F1)}  accuracy {F(s.Accuracy)}";

    private static IReadOnlyList<GoldPage> SelectPart(IReadOnlyList<GoldPage> pages, string? part)
    {
        if (part is null) return pages;
        var pieces = part.Split('/');
        if (pieces.Length != 2 || !int.TryParse(pieces[0], out int k) || !int.TryParse(pieces[1], out int n) || n < 1 || k < 1 || k > n)
            throw new UsageException($"--part must look like K/N with 1 <= K <= N, not '{part}'");
        return pages.Where((_, i) => i % n == k - 1).ToList();
    }

    private static ExtractionScore Score(IReadOnlyList<GoldPage> pages, IReadOnlyDictionary<string, string> predictions) =>
        ExtractionMetric.Aggregate(pages.Select(p => ExtractionMetric.ScorePage(p.Id, predictions.GetValueOrDefault(p.Id) ?? "", p.Body)).ToList());

    private static void PrintWorst(ExtractionScore score, IReadOnlyList<GoldPage> pages, int count)
    {
        if (count <= 0) return;
        var urls = pages.ToDictionary(p => p.Id, p => p.Url);
        Console.WriteLine();
        Console.WriteLine($"Worst {Math.Min(count, score.Pages.Count)} pages:");
        Console.WriteLine("   F1     P      R     id        url");
        foreach (var p in score.Pages.OrderBy(p => p.F1).ThenBy(p => p.Id, StringComparer.Ordinal).Take(count))
            Console.WriteLine($"  {F(p.F1)}  {F(p.Precision)}  {F(p.Recall)}  {p.Id[..8]}  {urls[p.Id]}");
    }

    private static void PrintPeers(ExtractionScore ours, IReadOnlyList<GoldPage> pages, string peerDir)
    {
        if (!Directory.Exists(peerDir)) throw new UsageException($"--peers: no such folder '{peerDir}'");
        var rows = new List<(string Name, ExtractionScore Score)> { ("corroborate (this)", ours) };
        foreach (var file in Directory.EnumerateFiles(peerDir, "*.json").Order(StringComparer.Ordinal))
        {
            try { rows.Add((Path.GetFileNameWithoutExtension(file), Score(pages, ExtractionGold.ReadPredictions(file)))); }
            catch (Exception e) when (e is System.Text.Json.JsonException or InvalidDataException)
            {
                Console.Error.WriteLine($"warning: {Path.GetFileName(file)} skipped: {e.Message}");
            }
        }
        Console.WriteLine();
        Console.WriteLine($"Side by side on the same {pages.Count} pages:");
        Console.WriteLine($"  {"extractor",-28} {"precision",9} {"recall",7} {"F1",6} {"accuracy",8}");
        foreach (var (name, s) in rows.OrderByDescending(r => r.Score.F1).ThenBy(r => r.Name, StringComparer.Ordinal))
            Console.WriteLine($"  {name,-28} {F(s.Precision),9} {F(s.Recall),7} {F(s.F1),6} {F(s.Accuracy),8}");
    }

    private static string F(double? value) => value is { } v ? v.ToString("0.000", CultureInfo.InvariantCulture) : "  -  ";
}

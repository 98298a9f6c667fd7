using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Corroborate.Core.Claims;
using Corroborate.Core.Entities.Resolution;
using Corroborate.Reports;
using Corroborate.Storage.Sqlite;

namespace Corroborate.Cli.Commands.Eval;

/// <summary>
/// eval names: ingests the inputs into a throw-away store, which resolves their entities, and scores the entities
/// against a name gold (samples/names-gold/README.md): pairwise precision and recall over the gold mentions, and
/// mention detection per type.
/// </summary>
public static class NamesEvalCommand
{
    public static Command Create()
    {
        var gold = new Option<string>("--gold")
        {
            Description = "Name gold, JSON Lines, one entity a line (see samples/names-gold/README.md)",
            Required = true,
        };
        var errors = new Option<bool>("--errors")
        {
            Description = "Also list the gold entities the system split and the ones it merged",
        };
        var inputs = new InputOptions();
        var maxSize = CommonOptions.MaxFileSize();
        var json = CommonOptions.Json();
        var command = new Command("names",
            "Score entity resolution (pairwise precision and recall over gold mentions) and mention detection")
        {
            gold, errors, maxSize, json,
        };
        inputs.AddTo(command);
        command.SetSafeAction(result =>
        {
            string goldPath = result.GetValue(gold)!;
            if (!File.Exists(goldPath)) throw new UsageException($"gold file not found: '{goldPath}'");
            List<GoldNameEntity> entities;
            try { entities = NameResolutionGold.Read(goldPath); }
            catch (InvalidDataException e) { throw new UsageException(e.Message); }
            if (entities.Count == 0) throw new UsageException($"the gold file '{goldPath}' has no entities");
            string dbPath = Path.Combine(Path.GetTempPath(), $"corroborate-eval-names-{Guid.NewGuid():N}.db");
            try
            {
                NameResolutionScore score;
                int partial;
                using (var store = SqliteStore.Open(dbPath))
                {
                    var options = CommonOptions.IngestOptions(result.GetValue(maxSize)!);
                    var outcome = IngestWorkflow.Run(store, inputs.Files(result), options);
                    if (outcome.ArticleIds.Count == 0)
                        throw new UsageException("no articles could be read from the inputs");
                    partial = outcome.Skipped.Count;
                    var articles = store.GetArticles(outcome.ArticleIds);
                    var keys = articles.ToDictionary(a => a.Id, ClaimEvaluation.KeyOf);
                    var texts = articles.GroupBy(ClaimEvaluation.KeyOf)
                        .ToDictionary(g => g.Key, g => g.First().Text, StringComparer.Ordinal);
                    var mentions = store.ListEntities()
                        .SelectMany(e => e.Mentions.Where(m => keys.ContainsKey(m.ArticleId))
                            .Select(m => new SystemMention(keys[m.ArticleId], m.Start, m.End, m.Text, e.Id, e.Type)))
                        .ToList();
                    score = NameResolutionEvaluation.Score(entities, texts, mentions);
                }
                if (score.Resolution.Items == 0)
                    throw new UsageException("no gold mention occurs in the input articles (gold article keys are "
                        + "urls for JSON Lines articles, file names otherwise)");
                if (result.GetValue(json)) PrintJson(score, result.GetValue(errors));
                else Print(score, result.GetValue(errors));
                return partial > 0 ? ExitCodes.Partial : ExitCodes.Ok;
            }
            finally
            {
                ClustersEvalCommand.DeleteDatabase(dbPath);
            }
        });
        return command;
    }

    private static void Print(NameResolutionScore s, bool errors)
    {
        var r = s.Resolution;
        Console.WriteLine($"{r.Items} gold mentions in {r.GoldClusters} gold entities; the system put them in "
            + $"{r.PredictedClusters} entities ({s.MentionsNotFound} mentions not found, each counted as its own)");
        Console.WriteLine(Invariant(
            $"names     pairwise precision {r.PairPrecision:0.000}  recall {r.PairRecall:0.000}  F1 {r.PairF1:0.000}"));
        Console.WriteLine(Invariant($"          B-cubed  precision {r.BCubedPrecision:0.000}  ")
            + Invariant($"recall {r.BCubedRecall:0.000}  F1 {r.BCubedF1:0.000}"));
        Console.WriteLine("mentions  (article, form, type) sets:");
        foreach (var d in s.Detection.Append(s.Boundaries with { Type = "boundary" }))
            Console.WriteLine(Invariant($"  {d.Type,-8} gold {d.Gold,5}  found {d.Predicted,5}  right {d.Correct,5}  ")
                + Invariant($"P {d.Precision:0.000}  R {d.Recall:0.000}  F1 {d.F1:0.000}"));
        if (s.ArticlesNotInInput.Count > 0)
            Console.WriteLine($"{s.ArticlesNotInInput.Count} gold articles are not in the input");
        if (s.FormsNotInText.Count > 0)
            Console.WriteLine($"{s.FormsNotInText.Count} gold forms do not occur in their article's text as ingested "
                + "(cleaning drops boilerplate such as galleries and newsletter boxes)");
        if (!errors) return;
        foreach (var f in s.FormsNotInText) Console.WriteLine($"not in text  '{f.Form}' in {f.Article}");
        foreach (var split in s.Splits)
            Console.WriteLine($"split   {split.GoldId}: {string.Join(" | ", split.Parts.Select(Describe))}");
        foreach (var merged in s.Merges)
            Console.WriteLine($"merged  {merged.SystemId}: {string.Join(" | ", merged.Parts.Select(Describe))}");
    }

    private static string Describe(EntityPart part) =>
        $"{part.Id} {string.Join(", ", part.Forms.Select(f => $"\"{f}\""))}";

    private static void PrintJson(NameResolutionScore s, bool errors)
    {
        var r = s.Resolution;
        Console.WriteLine(JsonSerializer.Serialize(new
        {
            gold_mentions = r.Items, gold_entities = r.GoldClusters, system_entities = r.PredictedClusters,
            mentions_not_found = s.MentionsNotFound,
            pairwise = new { precision = r.PairPrecision, recall = r.PairRecall, f1 = r.PairF1 },
            bcubed = new { precision = r.BCubedPrecision, recall = r.BCubedRecall, f1 = r.BCubedF1 },
            detection = s.Detection.Select(Detection),
            boundaries = Detection(s.Boundaries),
            articles_not_in_input = s.ArticlesNotInInput,
            forms_not_in_text = s.FormsNotInText.Select(f => new { article = f.Article, form = f.Form }),
            splits = errors ? s.Splits.Select(x => new { gold = x.GoldId, parts = x.Parts.Select(Part) }) : null,
            merges = errors ? s.Merges.Select(x => new { system = x.SystemId, parts = x.Parts.Select(Part) }) : null,
        }, JsonReport.Options));

        static object Detection(DetectionScore d) => new
        {
            type = d.Type, gold = d.Gold, predicted = d.Predicted, correct = d.Correct,
            precision = d.Precision, recall = d.Recall, f1 = d.F1,
        };
        static object Part(EntityPart p) => new { id = p.Id, forms = p.Forms };
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

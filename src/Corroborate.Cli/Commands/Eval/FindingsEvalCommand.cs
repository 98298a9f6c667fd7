using System.CommandLine;
using Corroborate.Core.Claims;
using Corroborate.Core.Ingest;
using Corroborate.Core.Reconciliation;
using Corroborate.Storage.Sqlite;

namespace Corroborate.Cli.Commands.Eval;

/// <summary>
/// <c>eval findings --gold FILE INPUT...</c>: ingests the inputs into a throw-away store exactly as analyze does,
/// runs the story analysis and scores the finding kinds per gold figure group.
/// </summary>
public static class FindingsEvalCommand
{
    public static Command Create()
    {
        var gold = new Option<string>("--gold") { Description = "Gold figure groups, JSON Lines (see docs/cli.md)", Required = true };
        var errors = new Option<bool>("--errors") { Description = "Also list wrong kinds, missed groups and unmatched findings" };
        var inputs = CommonOptions.Inputs();
        var command = new Command("findings", "Score reconciliation findings (corroborated, updated, contradicted, ...) against gold figure groups") { gold, errors, inputs };
        command.SetSafeAction(result =>
        {
            string goldPath = result.GetValue(gold)!;
            if (!File.Exists(goldPath)) throw new UsageException($"gold file not found: '{goldPath}'");
            IReadOnlyList<GoldFinding> goldFindings;
            try { goldFindings = FindingEvaluation.ReadGold(goldPath); }
            catch (InvalidDataException e) { throw new UsageException(e.Message); }

            string dir = Path.Combine(Path.GetTempPath(), $"corroborate-eval-findings-{Environment.ProcessId}");
            try
            {
                using var store = SqliteStore.Open(Path.Combine(dir, "eval.db"));
                var batches = new Ingestor(CommonOptions.IngestOptions("10MB")).Run(InputScanner.Expand(result.GetValue(inputs)!));
                var outcome = CorpusIngest.Store(store, batches);
                IngestWorkflow.ReportSkipped(outcome.Skipped);
                if (outcome.Articles.Count == 0) throw new UsageException("no articles could be read from the inputs");
                var articles = ClaimAnalysis.Run(outcome.Articles);
                var stories = StoryAnalysis.AnalyzeStories(store, articles, new Core.Briefs.BriefOptions());
                var keys = articles.ToDictionary(a => a.Id, ClaimEvaluation.KeyOf);
                var score = FindingEvaluation.Score(goldFindings, stories, id => keys[id]);
                Console.Write(FindingEvaluation.Format(score));
                if (result.GetValue(errors))
                    foreach (var p in score.Pairs.Where(p => p.Gold?.Kind != (p.Predicted is null ? null : Finding.KindName(p.Predicted.Kind))))
                        Console.WriteLine(p switch
                        {
                            { Gold: null } => $"unmatched {Finding.KindName(p.Predicted!.Kind)}: {p.Predicted.Note}",
                            { Predicted: null } => $"missed    {p.Gold.Kind} {p.Gold.Category}/{p.Gold.Subject} (gold line {p.Gold.Line})",
                            _ => $"wrong     {p.Gold.Category}/{p.Gold.Subject}: gold {p.Gold.Kind}, predicted {Finding.KindName(p.Predicted.Kind)}: {p.Predicted.Note}",
                        });
                return outcome.Skipped.Count > 0 ? ExitCodes.Partial : ExitCodes.Ok;
            }
            finally
            {
                if (Directory.Exists(dir)) Directory.Delete(dir, recursive: true);
            }
        });
        return command;
    }
}

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
        var errors = new Option<bool>("--errors") { Description = "Also list wrong kinds, missed groups, unmatched findings and landed traps" };
        var traps = new Option<string?>("--traps") { Description = "Traps, JSON Lines: none may land in a finding that is not single-source" };
        var stories = new Option<string?>("--stories")
        {
            Description = "Analyse the stories of this labels TSV (column 'story') instead of the engine's, to score reconciliation alone",
        };
        var inputs = new InputOptions();
        var command = new Command("findings", "Score reconciliation findings (corroborated, updated, contradicted, ...) against gold figure groups")
        {
            gold, errors, traps, stories,
        };
        inputs.AddTo(command);
        command.SetSafeAction(result =>
        {
            string goldPath = result.GetValue(gold)!;
            if (!File.Exists(goldPath)) throw new UsageException($"gold file not found: '{goldPath}'");
            IReadOnlyList<GoldFinding> goldFindings;
            IReadOnlyList<Trap>? trapList = null;
            string? trapsPath = result.GetValue(traps);
            if (trapsPath is not null && !File.Exists(trapsPath)) throw new UsageException($"traps file not found: '{trapsPath}'");
            try
            {
                goldFindings = FindingEvaluation.ReadGold(goldPath);
                if (trapsPath is not null) trapList = TrapEvaluation.Read(trapsPath);
            }
            catch (InvalidDataException e) { throw new UsageException(e.Message); }
            var storyLabels = result.GetValue(stories) is { } labelsPath ? ClustersEvalCommand.ReadLabels(labelsPath, "story") : null;

            string dir = Path.Combine(Path.GetTempPath(), $"corroborate-eval-findings-{Environment.ProcessId}");
            try
            {
                using var store = SqliteStore.Open(Path.Combine(dir, "eval.db"));
                var batches = new Ingestor(CommonOptions.IngestOptions("10MB")).Run(inputs.Files(result));
                var outcome = CorpusIngest.Store(store, batches);
                IngestWorkflow.ReportSkipped(outcome.Skipped);
                if (outcome.ArticleIds.Count == 0) throw new UsageException("no articles could be read from the inputs");
                var flow = Core.Flow.Analyze(store, outcome.ArticleIds, new Core.Briefs.BriefOptions());
                var articles = flow.Articles;
                var keys = articles.ToDictionary(a => a.Id, ClaimEvaluation.KeyOf);
                var analysed = storyLabels is null
                    ? flow.Stories
                    : StoryAnalysis.AnalyzeStories(articles, LabelledStories(articles, storyLabels, keys), store.GetCopies(), new Core.Briefs.BriefOptions());
                var score = FindingEvaluation.Score(goldFindings, analysed, id => keys[id]);
                if (trapList is not null) score = FindingEvaluation.WithTraps(score, trapList, articles, a => keys[a.Id]);
                Console.Write(FindingEvaluation.Format(score));
                if (result.GetValue(errors))
                    foreach (var p in score.Pairs.Where(p => p.Gold?.Kind != (p.Predicted is null ? null : Finding.KindName(p.Predicted.Kind))))
                        Console.WriteLine(p switch
                        {
                            { Gold: null } => $"unmatched {Finding.KindName(p.Predicted!.Kind)}: {p.Predicted.Note}",
                            { Predicted: null } => $"missed    {p.Gold.Kind} {p.Gold.Category}/{p.Gold.Subject} (gold line {p.Gold.Line})",
                            _ => $"wrong     {p.Gold.Category}/{p.Gold.Subject}: gold {p.Gold.Kind}, predicted {Finding.KindName(p.Predicted.Kind)}: {p.Predicted.Note}",
                        });
                if (result.GetValue(errors))
                    foreach (var t in score.Landed ?? [])
                        Console.WriteLine($"trap      {t.Trap.Kind} {t.Trap.Value} \"{t.Trap.Quote}\" (traps line {t.Trap.Line}) in {Finding.KindName(t.Finding.Kind)}: {t.Finding.Note}");
                return outcome.Skipped.Count > 0 ? ExitCodes.Partial : ExitCodes.Ok;
            }
            finally
            {
                if (Directory.Exists(dir)) Directory.Delete(dir, recursive: true);
            }
        });
        return command;
    }

    /// <summary>The labelled stories of the input articles; an article without a label is a story of its own.</summary>
    private static IReadOnlyList<StoryMembers> LabelledStories(IReadOnlyList<Core.Article> articles, Dictionary<string, string> labels, Dictionary<string, string> keys) =>
        articles.GroupBy(a => labels.TryGetValue(keys[a.Id], out var story) ? story : "unlabelled:" + a.Id)
            .Select(g => new StoryMembers(g.Key, g.Select(a => a.Id).ToList()))
            .ToList();
}

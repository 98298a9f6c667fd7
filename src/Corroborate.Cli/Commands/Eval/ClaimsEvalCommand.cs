using System.CommandLine;
using System.Globalization;
using Corroborate.Core.Claims;
using Corroborate.Core.Ingest;

namespace Corroborate.Cli.Commands.Eval;

/// <summary><c>eval claims --gold FILE INPUT...</c>: precision, recall and F1 of numeric claims against a gold file.</summary>
public static class ClaimsEvalCommand
{
    public static Command Create()
    {
        var gold = new Option<string>("--gold") { Description = "Gold claims, JSON Lines (see docs/cli.md)", Required = true };
        var errors = new Option<bool>("--errors") { Description = "Also list missed and spurious claims" };
        var inputs = CommonOptions.Inputs();
        var command = new Command("claims", "Score numeric claims against a gold file: a claim matches when article, category and value interval match") { gold, errors, inputs };
        command.SetSafeAction(result =>
        {
            string goldPath = result.GetValue(gold)!;
            if (!File.Exists(goldPath)) throw new UsageException($"gold file not found: '{goldPath}'");
            IReadOnlyList<GoldClaim> goldClaims;
            try { goldClaims = ClaimEvaluation.ReadGold(goldPath); }
            catch (InvalidDataException e) { throw new UsageException(e.Message); }

            var batches = new Ingestor(CommonOptions.IngestOptions("10MB")).Run(InputScanner.Expand(result.GetValue(inputs)!)).ToList();
            var skipped = batches.SelectMany(b => b.Skipped).ToList();
            IngestWorkflow.ReportSkipped(skipped);
            var articles = ClaimAnalysis.Run(batches.SelectMany(b => b.Articles).ToList());
            if (articles.Count == 0) throw new UsageException("no articles could be read from the inputs");

            var score = ClaimEvaluation.Score(goldClaims, articles);
            if (score.UnknownArticles.Count == goldClaims.Select(g => g.Article).Distinct().Count())
                throw new UsageException("none of the gold file's articles is among the inputs (keys are file names, or URLs for JSON Lines records)");
            foreach (var key in score.UnknownArticles) Console.Error.WriteLine($"warning: gold article not among the inputs: {key}");

            Console.WriteLine($"articles {articles.Count}  gold {score.Gold}  predicted {score.Predicted}  matched {score.Matched}");
            Console.WriteLine($"precision {F(score.Precision)}  recall {F(score.Recall)}  F1 {F(score.F1)}");
            foreach (var (field, (agree, total)) in score.Fields.OrderBy(f => f.Key, StringComparer.Ordinal))
                Console.WriteLine($"  {field} agreement on matched claims: {agree}/{total} ({F(total == 0 ? 1 : (double)agree / total)})");
            if (result.GetValue(errors))
            {
                foreach (var m in score.Missed) Console.WriteLine($"missed   {m.Article}  {m.Category} {m.Low}-{m.High}  (gold line {m.Line})");
                foreach (var s in score.Spurious)
                    Console.WriteLine($"spurious {s.Article}  {NumericClaim.CategoryName(s.Claim.Category)} {s.Claim.Low}-{s.Claim.High}  «{s.Sentence}»");
            }
            return skipped.Count > 0 ? ExitCodes.Partial : ExitCodes.Ok;
        });
        return command;
    }

    private static string F(double v) => v.ToString("0.000", CultureInfo.InvariantCulture);
}

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
        var gold = new Option<string[]>("--gold") { Description = "Gold claims, JSON Lines (see docs/cli.md); may be repeated", Required = true };
        var articleList = new Option<string[]>("--article-list") { Description = "Score only the articles whose keys (URL or file name) are listed in this file, one a line; may be repeated" };
        var traps = new Option<string?>("--traps") { Description = "Also check a traps file (realnews-dev/traps.jsonl format) on every input article" };
        var errors = new Option<bool>("--errors") { Description = "Also list missed and spurious claims, frame disagreements and failed traps" };
        var inputs = new InputOptions();
        var command = new Command("claims",
            "Score numeric claims against a gold file: a claim matches when article, value and sentence "
            + "(or category) match")
        {
            gold, articleList, traps, errors,
        };
        inputs.AddTo(command);
        command.SetSafeAction(result =>
        {
            var goldClaims = result.GetValue(gold)!.SelectMany(ReadGold).ToList();
            var trapList = result.GetValue(traps) is { } trapPath ? ReadTraps(trapPath) : null;
            var listed = result.GetValue(articleList) is { Length: > 0 } lists ? lists.SelectMany(ReadList).ToHashSet(StringComparer.Ordinal) : null;

            var batches = new Ingestor(CommonOptions.IngestOptions("10MB")).Run(inputs.Files(result)).ToList();
            var skipped = batches.SelectMany(b => b.Skipped).ToList();
            IngestWorkflow.ReportSkipped(skipped);
            // Traps are checked on every input article; precision and recall only on the listed ones.
            var read = batches.SelectMany(b => b.Articles)
                .Where(a => listed is null || trapList is not null || listed.Contains(ClaimEvaluation.KeyOf(a))).ToList();
            var analysed = ClaimAnalysis.Run(read, Core.Stories.StoryStage.AssignInMemory(batches.SelectMany(b => b.Articles).ToList()));
            var articles = analysed.Where(a => listed is null || listed.Contains(ClaimEvaluation.KeyOf(a))).ToList();
            if (articles.Count == 0) throw new UsageException("no articles could be read from the inputs (or none is in the article list)");

            var score = ClaimEvaluation.Score(goldClaims, articles);
            if (score.UnknownArticles.Count == goldClaims.Select(g => g.Article).Distinct().Count())
                throw new UsageException("none of the gold file's articles is among the inputs (keys are file names, or URLs for JSON Lines records)");
            foreach (var key in score.UnknownArticles) Console.Error.WriteLine($"warning: gold article not among the inputs: {key}");

            Console.WriteLine($"articles {articles.Count}  gold {score.Gold}  predicted {score.Predicted}  matched {score.Matched}");
            Console.WriteLine($"precision {F(score.Precision)}  recall {F(score.Recall)}  F1 {F(score.F1)}");
            foreach (var (field, (agree, total)) in score.Fields.OrderBy(f => f.Key, StringComparer.Ordinal))
                Console.WriteLine($"  {field} agreement on matched claims: {agree}/{total} ({F(total == 0 ? 1 : (double)agree / total)})");
            var trapOutcomes = trapList is null ? null : TrapEvaluation.Score(trapList, analysed);
            if (trapOutcomes is not null) PrintTraps(trapOutcomes);
            if (result.GetValue(errors))
            {
                foreach (var m in score.Missed) Console.WriteLine($"missed   {m.Article}  {m.Category} {m.Low}-{m.High}  «{m.Quote}» (gold line {m.Line})");
                foreach (var s in score.Spurious)
                    Console.WriteLine($"spurious {s.Article}  {s.Claim.Measure} {NumericClaim.ScopeName(s.Claim.Scope)} {s.Claim.Low}-{s.Claim.High}  «{s.Sentence}»");
                foreach (var (g, p, d) in score.Differences)
                    Console.WriteLine($"frame    {g.Article}  {g.Low} «{g.Quote}»: {string.Join("; ", d)}");
                foreach (var o in trapOutcomes?.Where(o => o.Passed == false) ?? [])
                    Console.WriteLine($"trap     {o.Trap.Article}  {o.Trap.Kind} {o.Trap.Value} «{o.Trap.Quote}»: {o.Note}");
            }
            return skipped.Count > 0 ? ExitCodes.Partial : ExitCodes.Ok;
        });
        return command;
    }

    private static void PrintTraps(IReadOnlyList<TrapEvaluation.Outcome> outcomes)
    {
        foreach (var group in outcomes.GroupBy(o => o.Expected).OrderBy(g => g.Key))
        {
            int checkedCount = group.Count(o => o.Passed is not null), passed = group.Count(o => o.Passed == true);
            string label = group.Key switch
            {
                TrapEvaluation.Expectation.NotAFigure => "not-a-figure traps with no claim",
                TrapEvaluation.Expectation.Part => "subset traps claimed with scope part",
                TrapEvaluation.Expectation.OtherIncident => "other-incident traps not claimed as this event's",
                TrapEvaluation.Expectation.NotPeople => "not-a-people-count traps not claimed as people",
                _ => "verdict traps (listed with --errors; scored by eval findings)",
            };
            Console.WriteLine(checkedCount == 0 ? $"  {label}: {group.Count()}" : $"  {label}: {passed}/{checkedCount}");
        }
    }

    private static IReadOnlyList<GoldClaim> ReadGold(string path) => ReadOrExplain(path, "gold file", ClaimEvaluation.ReadGold);

    private static IReadOnlyList<Trap> ReadTraps(string path) => ReadOrExplain(path, "traps file", TrapEvaluation.Read);

    /// <summary>A missing or malformed file is a usage error with its path and line, not a stack trace.</summary>
    private static T ReadOrExplain<T>(string path, string what, Func<string, T> read)
    {
        if (!File.Exists(path)) throw new UsageException($"{what} not found: '{path}'");
        try { return read(path); }
        catch (InvalidDataException e) { throw new UsageException(e.Message); }
    }

    private static IEnumerable<string> ReadList(string path) =>
        File.Exists(path) ? File.ReadLines(path).Select(l => l.Trim()).Where(l => l.Length > 0) : throw new UsageException($"article list not found: '{path}'");

    private static string F(double v) => v.ToString("0.000", CultureInfo.InvariantCulture);
}

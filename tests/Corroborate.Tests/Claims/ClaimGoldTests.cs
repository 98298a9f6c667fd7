using Corroborate.Core;
using Corroborate.Core.Claims;
using Corroborate.Core.Ingest;
using Corroborate.Core.Time;

namespace Corroborate.Tests.Claims;

/// <summary>The claims gold files, scored as `corroborate eval claims` does; the figures are in docs/cli.md.</summary>
public sealed class ClaimGoldTests
{
    private static readonly string HeldOut = Path.Combine(TestPaths.RepoRoot, "tests", "Corroborate.Tests", "Claims", "HeldOut");

    private static ClaimEvaluation.Result Score(string gold, string input)
    {
        var articles = new Ingestor(new IngestOptions()).Run(InputScanner.Expand([input])).SelectMany(b => b.Articles).ToList();
        return ClaimEvaluation.Score(ClaimEvaluation.ReadGold(gold), ClaimAnalysis.RunInMemory(articles));
    }

    private static void AssertTargets(ClaimEvaluation.Result r)
    {
        Assert.Empty(r.UnknownArticles);
        Assert.True(r.Precision >= 0.9 && r.Recall >= 0.9, $"P {r.Precision:0.000} R {r.Recall:0.000}");
    }

    [Fact]
    public void DemoCorpus() => AssertTargets(Score(Path.Combine(TestPaths.Demo, "claims.gold.jsonl"), Path.Combine(TestPaths.Demo, "articles")));

    [Fact]
    public void HeldOutSentences()
    {
        AssertTargets(Score(Path.Combine(HeldOut, "heldout.gold.jsonl"), Path.Combine(HeldOut, "heldout.articles.jsonl")));
        AssertTargets(Score(Path.Combine(HeldOut, "heldout-b.gold.jsonl"), Path.Combine(HeldOut, "heldout-b.articles.jsonl")));
        AssertTargets(Score(Path.Combine(HeldOut, "heldout-c.gold.jsonl"), Path.Combine(HeldOut, "heldout-c.articles.jsonl")));
        AssertTargets(Score(Path.Combine(HeldOut, "heldout-d.gold.jsonl"), Path.Combine(HeldOut, "heldout-d.articles.jsonl")));
        AssertTargets(Score(Path.Combine(HeldOut, "heldout-e.gold.jsonl"), Path.Combine(HeldOut, "heldout-e.articles.jsonl")));
        AssertTargets(Score(Path.Combine(HeldOut, "heldout-f.gold.jsonl"), Path.Combine(HeldOut, "heldout-f.articles.jsonl")));
        AssertTargets(Score(Path.Combine(HeldOut, "heldout-g.gold.jsonl"), Path.Combine(HeldOut, "heldout-g.articles.jsonl")));
    }

    /// <summary>
    /// Set H is left untuned so it keeps measuring unseen wording; its floors sit just under its blind first run
    /// (P 0.909, R 0.833) and guard against regressions, not the 0.9 target.
    /// </summary>
    [Fact]
    public void UntunedHeldOutSet()
    {
        var r = Score(Path.Combine(HeldOut, "heldout-h.gold.jsonl"), Path.Combine(HeldOut, "heldout-h.articles.jsonl"));
        Assert.Empty(r.UnknownArticles);
        Assert.True(r.Precision >= 0.85 && r.Recall >= 0.8, $"P {r.Precision:0.000} R {r.Recall:0.000}");
    }

    [SharedDataFact]
    public void Seeds() => AssertTargets(Score(Path.Combine(TestPaths.RepoRoot, "samples", "seeds.claims.gold.jsonl"), TestPaths.Seeds));

    [SharedDataFact]
    public void SeedDatesResolveAroundSaturdayEightJanuary()
    {
        var articles = ClaimAnalysis.RunInMemory(new Ingestor(new IngestOptions()).Run(InputScanner.Expand([TestPaths.Seeds])).SelectMany(b => b.Articles).ToList());
        Article Seed(string prefix) => articles.Single(a => Path.GetFileName(a.Path!).StartsWith(prefix, StringComparison.Ordinal));

        var first = Seed("000");
        Assert.Equal(new DateOnly(2022, 1, 8), first.ReportingDate);
        // "Karim Massimov, 56, had been taken into custody on Thursday" → Thursday 6 January 2022.
        int custody = first.Text.IndexOf("custody on Thursday", StringComparison.Ordinal);
        var thursday = first.TimeExpressions.First(t => t.Span.Start > custody);
        Assert.Equal("2022-01-06", thursday.Formatted);

        var last = Seed("004");
        Assert.Equal(new DateOnly(2022, 1, 22), DateOnly.FromDateTime(last.Published!.Value.DateTime));
        // The page's date stands; that its text reads from Saturday 8 January is a note, and its "Thursday" is left undated.
        Assert.Equal(new DateOnly(2022, 1, 22), last.ReportingDate);
        Assert.Equal(new DateOnly(2022, 1, 8), last.TextDate);
        Assert.Equal(ReportingDateInference.DatelineConflict, last.DateConflict);
        int arrested = last.Text.IndexOf("arrested Thursday", StringComparison.Ordinal);
        Assert.Null(last.TimeExpressions.First(t => t.Span.Start > arrested).Date);
        Assert.All(articles.Where(a => a != last), a => Assert.Null(a.DateConflict));
    }

    [Fact]
    public void DemoDatelineConflictOfA09()
    {
        var articles = ClaimAnalysis.RunInMemory(new Ingestor(new IngestOptions()).Run(InputScanner.Expand([Path.Combine(TestPaths.Demo, "articles")])).SelectMany(b => b.Articles).ToList());
        var a09 = articles.Single(a => a.Path!.EndsWith("a09_prensa_austral_dateline.txt", StringComparison.Ordinal));
        Assert.Equal(new DateOnly(2025, 3, 29), a09.ReportingDate);
        Assert.Equal(new DateOnly(2025, 3, 15), a09.TextDate);
        Assert.Equal(ReportingDateInference.DatelineConflict, a09.DateConflict);
        Assert.Single(articles, a => a.DateConflict is not null);
        // Undated in-text datelines (A04 "KORVAST, March 12 (MPA)") get the story's year.
        Assert.Equal(new DateOnly(2025, 3, 12), articles.Single(a => a.Path!.EndsWith("a04_daily_beacon_alliance_troops.txt", StringComparison.Ordinal)).ReportingDate);
    }
}

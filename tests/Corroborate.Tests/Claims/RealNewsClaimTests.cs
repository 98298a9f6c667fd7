using Corroborate.Core;
using Corroborate.Core.Claims;
using Corroborate.Core.Ingest;

namespace Corroborate.Tests.Claims;

/// <summary>
/// The claims gold on real news (samples/realnews-claims, docs/claims-gold-guidelines.md) and the traps of
/// ../shared/data/realnews-dev, scored as `corroborate eval claims` does. The dev parts were tuned on; their floors
/// guard against regressions. The figures are in docs/cli.md.
/// </summary>
public sealed class RealNewsClaimTests
{
    private static readonly string GoldDir = Path.Combine(TestPaths.RepoRoot, "samples", "realnews-claims");
    private static string Articles => Path.Combine(TestPaths.SharedData, "realnews-dev", "articles.jsonl");

    private static readonly Lazy<IReadOnlyList<Article>> Analysed = new(() =>
        ClaimAnalysis.RunInMemory(new Ingestor(new IngestOptions()).Run(InputScanner.Expand([Articles])).SelectMany(b => b.Articles).ToList()));

    private static ClaimEvaluation.Result Score(params string[] parts)
    {
        var listed = parts.SelectMany(p => File.ReadLines(Path.Combine(GoldDir, p + ".articles.txt"))).ToHashSet();
        var gold = parts.SelectMany(p => ClaimEvaluation.ReadGold(Path.Combine(GoldDir, p + ".gold.jsonl"))).ToList();
        return ClaimEvaluation.Score(gold, Analysed.Value.Where(a => listed.Contains(ClaimEvaluation.KeyOf(a))).ToList());
    }

    private static double Agreement(ClaimEvaluation.Result r, string field) => (double)r.Fields[field].Agree / r.Fields[field].Total;

    [SharedDataFact]
    public void DevGoldHoldsItsFigures()
    {
        var r = Score("dev-a", "dev-b");
        Assert.Empty(r.UnknownArticles);
        Assert.True(r.Precision >= 0.95 && r.Recall >= 0.95, $"P {r.Precision:0.000} R {r.Recall:0.000}");
        Assert.True(Agreement(r, "measure") >= 0.85, $"measure {Agreement(r, "measure"):0.000}");
        Assert.True(Agreement(r, "scope") >= 0.85, $"scope {Agreement(r, "scope"):0.000}");
    }

    /// <summary>
    /// The held-out parts are never tuned on; these floors sit under their first runs (heldout: P 0.837 R 0.867;
    /// heldout2: P 0.879 R 0.817) and guard against regressions, not the targets.
    /// </summary>
    [SharedDataFact]
    public void HeldOutGoldStaysAboveItsFirstRunFloors()
    {
        foreach (var part in new[] { "heldout", "heldout2" })
        {
            var r = Score(part);
            Assert.Empty(r.UnknownArticles);
            Assert.True(r.Precision >= 0.8 && r.Recall >= 0.78, $"{part}: P {r.Precision:0.000} R {r.Recall:0.000}");
        }
    }

    [SharedDataFact]
    public void AgesPhonesDatesAndCountersAreNeverClaims()
    {
        var traps = TrapEvaluation.Read(Path.Combine(TestPaths.SharedData, "realnews-dev", "traps.jsonl"));
        var outcomes = TrapEvaluation.Score(traps, Analysed.Value);
        string[] kinds = ["age", "phone", "date-or-year", "clock-time", "caption-counter", "address-number", "street-name", "road-name", "ship-name", "handle-or-name", "link-text", "index-name"];
        var failed = outcomes.Where(o => kinds.Contains(o.Trap.Kind) && o.Passed == false).Select(o => $"{o.Trap.Kind} «{o.Trap.Quote}»").ToList();
        Assert.True(failed.Count == 0, string.Join("; ", failed));
        Assert.Contains(outcomes, o => o.Trap.Kind == "phone");
    }
}

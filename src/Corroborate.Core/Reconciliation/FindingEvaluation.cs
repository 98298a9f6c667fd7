using System.Globalization;
using System.Text;
using System.Text.Json;
using Corroborate.Core.Claims;
using Corroborate.Core.Lexicons;

namespace Corroborate.Core.Reconciliation;

/// <summary>A gold figure group: its expected finding kind and the (article key, value) figures it is made of.</summary>
public sealed record GoldFinding(int Line, string Category, string Subject, string Kind, IReadOnlyList<(string Article, double Value)> Figures);

/// <summary>
/// Scores findings against a gold file of figure groups. A predicted finding is matched to the gold group of the same
/// category whose figures (article, value) overlap its own the most (Jaccard, one-to-one, best pairs first); a match is
/// correct when the kinds agree. The headline is over findings that are not single-source (what the report asserts
/// across sources): precision over such predicted findings, recall over such gold groups. All findings and each kind
/// are scored too. A trap lands when its claim is in a non-single-source finding whose gold group does not list it.
/// </summary>
public static class FindingEvaluation
{
    public sealed record Counts(int Predicted, int Gold, int Correct)
    {
        public double Precision => Predicted == 0 ? 0 : (double)Correct / Predicted;
        public double Recall => Gold == 0 ? 0 : (double)Correct / Gold;
        public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
    }

    public sealed record Pair(GoldFinding? Gold, Finding? Predicted);

    /// <summary>A trap whose claim a non-single-source finding used.</summary>
    public sealed record LandedTrap(Trap Trap, Finding Finding);

    public sealed record Result(Counts NonSingle, Counts All, IReadOnlyDictionary<string, Counts> ByKind, int GroupsFound,
        IReadOnlyList<Pair> Pairs, int TrapsChecked = 0, IReadOnlyList<LandedTrap>? Landed = null);

    public static IReadOnlyList<GoldFinding> ReadGold(string path) => GoldLines.Read(path, "a gold finding", (r, line) =>
    {
        string kind = r.GetProperty("kind").GetString()!;
        if (!Enum.GetValues<FindingKind>().Any(k => Finding.KindName(k) == kind)) throw new InvalidDataException($"{path}:{line}: unknown kind '{kind}'");
        return new GoldFinding(line, r.GetProperty("category").GetString()!, r.GetProperty("subject").GetString() ?? "", kind,
            r.GetProperty("figures").EnumerateArray().Select(f => (f.GetProperty("article").GetString()!, f.GetProperty("value").GetDouble())).ToList());
    });

    /// <param name="keyOf">The gold file's key of an article id (see <see cref="ClaimEvaluation.KeyOf"/>).</param>
    public static Result Score(IReadOnlyList<GoldFinding> gold, IReadOnlyList<StoryAnalysisResult> stories, Func<string, string> keyOf)
    {
        var goldValues = gold.SelectMany(g => g.Figures).GroupBy(f => f.Article).ToDictionary(g => g.Key, g => g.Select(f => f.Value).ToList());
        // A figure counts in the unit the gold gives it in when that is how it matches: "four decades" for a gold 40
        // (years), "1,677 miles" for a gold 2,700 (km). Else it counts as written.
        (string, double) Figure(string article, NumericClaim c)
        {
            if (!goldValues.TryGetValue(article, out var values) || values.Contains(c.Low)) return (article, c.Low);
            var (unit, factor) = Units.ComparableUnit(c.Unit);
            foreach (var other in Units.ConvertedForms)
                if (Units.ComparableUnit(other) is var (u, f) && u == unit && f != factor
                    && values.Where(v => Math.Abs(v * f - c.Low * factor) <= 0.01 * v * f).Cast<double?>().FirstOrDefault() is { } match)
                    return (article, match);
            return (article, c.Low);
        }
        var predicted = stories.SelectMany(s =>
        {
            var claims = s.Story.Claims.ToDictionary(c => c.Claim.Id);
            return s.Findings.Select(f => (Finding: f, Figures: f.ClaimIds.Select(id => claims[id])
                .Select(c => Figure(keyOf(c.Source.Article.Id), c.Claim)).ToHashSet()));
        }).ToList();
        var candidates = new List<(int Gold, int Predicted, double Overlap)>();
        for (int g = 0; g < gold.Count; g++)
            for (int p = 0; p < predicted.Count; p++)
            {
                if (NumericClaim.CategoryName(predicted[p].Finding.Category) != gold[g].Category) continue;
                var goldFigures = gold[g].Figures.ToHashSet();
                int shared = predicted[p].Figures.Count(goldFigures.Contains);
                if (shared > 0) candidates.Add((g, p, (double)shared / (goldFigures.Count + predicted[p].Figures.Count - shared)));
            }
        var pairs = new List<Pair>();
        var (usedGold, usedPredicted) = (new HashSet<int>(), new HashSet<int>());
        foreach (var (g, p, _) in candidates.OrderByDescending(c => c.Overlap))
            if (!usedGold.Contains(g) && !usedPredicted.Contains(p))
            {
                usedGold.Add(g);
                usedPredicted.Add(p);
                pairs.Add(new Pair(gold[g], predicted[p].Finding));
            }
        pairs.AddRange(gold.Where((_, g) => !usedGold.Contains(g)).Select(g => new Pair(g, null)));
        pairs.AddRange(predicted.Where((_, p) => !usedPredicted.Contains(p)).Select(p => new Pair(null, p.Finding)));

        static bool Correct(Pair x) => x.Gold is not null && x.Predicted is not null && Finding.KindName(x.Predicted.Kind) == x.Gold.Kind;
        var byKind = Enum.GetValues<FindingKind>().Select(Finding.KindName).ToDictionary(k => k, k => new Counts(
            predicted.Count(p => Finding.KindName(p.Finding.Kind) == k), gold.Count(g => g.Kind == k),
            pairs.Count(x => Correct(x) && x.Gold!.Kind == k)));
        string single = Finding.KindName(FindingKind.SingleSource);
        var nonSingle = new Counts(predicted.Count(p => p.Finding.Kind != FindingKind.SingleSource), gold.Count(g => g.Kind != single),
            pairs.Count(x => Correct(x) && x.Gold!.Kind != single));
        return new Result(nonSingle, new Counts(predicted.Count, gold.Count, pairs.Count(Correct)), byKind,
            pairs.Count(x => x.Gold is not null && x.Predicted is not null), pairs);
    }

    /// <summary>Adds the trap check to a score: which traps of the given articles a non-single-source finding used.</summary>
    public static Result WithTraps(Result result, IReadOnlyList<Trap> traps, IReadOnlyList<Article> articles, Func<Article, string> keyOf)
    {
        var byKey = articles.GroupBy(keyOf).ToDictionary(g => g.Key, g => g.First());
        var goldOf = result.Pairs.Where(p => p.Predicted is not null).ToDictionary(p => p.Predicted!, p => p.Gold, (IEqualityComparer<Finding>)ReferenceEqualityComparer.Instance);
        var asserted = result.Pairs.Select(p => p.Predicted).OfType<Finding>().Where(f => f.Kind != FindingKind.SingleSource).ToList();
        var landed = new List<LandedTrap>();
        int checkedTraps = 0;
        foreach (var trap in traps)
        {
            if (!byKey.TryGetValue(trap.Article, out var article)) continue;
            checkedTraps++;
            if (TrapEvaluation.ClaimAt(trap, article) is not { } claim) continue;
            var finding = asserted.FirstOrDefault(f => f.ClaimIds.Contains(claim.Id));
            if (finding is null) continue;
            bool listed = goldOf[finding] is { } g && g.Figures.Any(x => x.Article == trap.Article && Math.Abs(x.Value - trap.Value) < 1e-6);
            if (!listed) landed.Add(new LandedTrap(trap, finding));
        }
        return result with { TrapsChecked = checkedTraps, Landed = landed };
    }

    public static string Format(Result r)
    {
        var sb = new StringBuilder();
        string F(double v) => v.ToString("0.000", CultureInfo.InvariantCulture);
        sb.AppendLine($"non-single-source findings: gold {r.NonSingle.Gold}  predicted {r.NonSingle.Predicted}  correct {r.NonSingle.Correct}"
            + $"  precision {F(r.NonSingle.Precision)}  recall {F(r.NonSingle.Recall)}  F1 {F(r.NonSingle.F1)}");
        if (r.Landed is { } landed) sb.AppendLine($"traps: {r.TrapsChecked} checked, {landed.Count} in a non-single-source finding");
        sb.AppendLine($"all findings: gold groups {r.All.Gold}  predicted findings {r.All.Predicted}  groups found {r.GroupsFound}  kind correct {r.All.Correct}");
        sb.AppendLine($"  precision {F(r.All.Precision)}  recall {F(r.All.Recall)}  F1 {F(r.All.F1)}");
        foreach (var (kind, c) in r.ByKind)
            sb.AppendLine($"  {kind,-20} gold {c.Gold,3}  predicted {c.Predicted,3}  correct {c.Correct,3}  P {F(c.Precision)}  R {F(c.Recall)}  F1 {F(c.F1)}");
        return sb.ToString();
    }
}

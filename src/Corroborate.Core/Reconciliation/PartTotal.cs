namespace Corroborate.Core.Reconciliation;

/// <summary>
/// Checks the parts of a toll against its totals. Parts that divide the whole (police and protesters; seriously and
/// slightly injured) must add up to a total; a subset an article marks ("including 10 children") must not exceed
/// one. Parts that fit some total, even an earlier or later one, are no finding: a toll that moves is an update.
/// </summary>
public static class PartTotal
{
    /// <param name="claims">The claims of one measure and unit.</param>
    public static Finding? Check(StoryContext story, IReadOnlyList<StoryClaim> claims)
    {
        var totals = Reconciler.SameNumbers(claims.Where(c => !c.IsPart && c.Group.IsTotal && QuantityKey.SeverityOf(c.Claim).Length == 0).ToList());
        if (totals.Count == 0) return null;
        var divisions = Divisions(claims);
        var subsets = claims.Where(c => c.Claim.Scope == Claims.ClaimScope.Part && QuantityKey.SeverityOf(c.Claim).Length == 0).ToList();
        if (divisions.Count > 1)
        {
            var sum = divisions.Select(p => p[0].Value).Aggregate((a, b) => a + b);
            if (!totals.Any(t => sum.CompatibleWith(t[0].Value))) return Mismatch(story, claims, divisions, totals, sum);
        }
        foreach (var subset in subsets.OrderByDescending(c => c.Value.Low))
            if (totals.All(t => subset.Value.Low > t[0].Value.High)) return Mismatch(story, claims, [[subset]], totals, subset.Value);
        return null;
    }

    /// <summary>
    /// The parts that divide the whole, each as its best-supported figure: the part groups (police, protesters,
    /// civilians) when no severity is given, else the severities when two or more are.
    /// </summary>
    private static List<IReadOnlyList<StoryClaim>> Divisions(IReadOnlyList<StoryClaim> claims)
    {
        var byGroup = claims.Where(c => c.Group.IsPart && c.Claim.Scope != Claims.ClaimScope.Part && QuantityKey.SeverityOf(c.Claim).Length == 0)
            .GroupBy(c => c.Group.Key).Select(g => g.ToList()).ToList();
        var bySeverity = claims.Where(c => QuantityKey.SeverityOf(c.Claim).Length > 0 && c.Group.IsTotal)
            .GroupBy(c => c.Claim.Condition).Select(g => g.ToList()).ToList();
        var chosen = bySeverity.Count > 1 ? bySeverity : byGroup;
        return chosen.Select(g => Reconciler.SameNumbers(g)
                .OrderByDescending(f => f.Select(c => c.Source.Family).Distinct().Count())
                .ThenByDescending(f => f.Max(c => c.Day ?? DateOnly.MinValue)).First())
            .ToList();
    }

    private static Finding Mismatch(StoryContext story, IReadOnlyList<StoryClaim> claims, IReadOnlyList<IReadOnlyList<StoryClaim>> parts,
        IReadOnlyList<IReadOnlyList<StoryClaim>> totals, FigureValue sum)
    {
        var partsFigure = new Figure(
            string.Join(" and ", parts.Select(p => $"{FigureValue.Describe(p[0].Claim)} {PartName(p[0])}")),
            parts.SelectMany(p => p).Select(c => c.Claim.Attribution).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).ToList(),
            parts.SelectMany(p => p).Select(c => c.Source.Article.Id).Distinct().ToList(),
            parts.SelectMany(p => p).Min(c => c.Day));
        var shown = new List<Figure> { partsFigure };
        shown.AddRange(totals.Select(t => Reconciler.Summarise(t)));
        string measure = Reconciler.CategoryName(claims[0].Claim.Category);
        string check = parts.Count > 1
            ? $"parts {Reconciler.Explain(story, partsFigure)} = {Sum(sum, parts)} do not add up to any total given"
            : $"the part {Reconciler.Explain(story, partsFigure)} is larger than every total given";
        string note = $"{measure}: {check}: {string.Join(" vs ", shown.Skip(1).Select(f => Reconciler.Explain(story, f)))}. "
            + "The parts and totals count the same people: the parts are named groups or severities of the same toll.";
        var used = parts.SelectMany(p => p).Concat(totals.SelectMany(t => t)).ToList();
        return Reconciler.Make(FindingKind.PartTotalMismatch, story, used, "parts vs total", shown, note);
    }

    private static string Sum(FigureValue sum, IReadOnlyList<IReadOnlyList<StoryClaim>> parts) =>
        (double.IsPositiveInfinity(sum.High) ? "more than " : parts.Any(p => p[0].Value.High > p[0].Value.Low) ? "about " : "") + FigureValue.Number(sum.Point);

    private static string PartName(StoryClaim c) => c.Claim.Subject is { } s ? $"\"{s.Trim('"', '“', '”')}\""
        : c.Claim.Condition switch { "serious" => "seriously injured", "minor" => "slightly injured", "critical" => "critically injured", _ => c.Group.Label };
}

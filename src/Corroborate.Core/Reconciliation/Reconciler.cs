using System.Globalization;
using Corroborate.Core.Claims;

namespace Corroborate.Core.Reconciliation;

/// <summary>
/// Reconciles a story's numeric claims. Claims about one quantity (category, unit, subject group) are compared:
/// incompatible figures for the same day from different sources are contradicted; figures that differ but never
/// clash on one day are updated (a moving toll); one figure is corroborated once two independent sources give it.
/// Counts of parts (police, protesters, civilians) are checked against the totals. Money, population and other
/// counts have no common subject to compare on, so they are only grouped by value.
/// </summary>
public static class Reconciler
{
    private static readonly HashSet<ClaimCategory> Tallies =
    [
        ClaimCategory.Dead, ClaimCategory.Injured, ClaimCategory.Arrested, ClaimCategory.Missing,
        ClaimCategory.Displaced, ClaimCategory.Evacuated, ClaimCategory.Troops,
    ];

    public static IReadOnlyList<Finding> Reconcile(StoryContext story)
    {
        var claims = story.Claims
            .Select(x => new StoryClaim(x.Claim, x.Source, SubjectGroups.Of(x.Claim, x.Source.Article), FigureValue.Of(x.Claim)))
            .ToList();
        var findings = new List<Finding>();
        foreach (var group in claims.GroupBy(c => (c.Claim.Category, c.Claim.Unit, c.Group.Key)))
        {
            var members = group.ToList();
            if (!Tallies.Contains(group.Key.Category))
            {
                // Lengths, durations and counts of things are compared when two articles give them; one article's
                // "three pieces" or "12-minute display" on its own is description, not a finding to list.
                findings.AddRange(SameNumbers(members).Select(f => Classify(story, f, members[0].Group.Label))
                    .Where(f => f.Kind != FindingKind.SingleSource || ClaimFrame.CountsPeopleMoneyOrShares(members[0].Claim.Measure)));
                continue;
            }
            var (main, asides) = SplitAsides(members);
            findings.Add(Classify(story, main, members[0].Group.Label));
            findings.AddRange(asides.Select(a => Classify(story, a, members[0].Group.Label + ", other figure")));
        }
        foreach (var category in claims.Where(c => Tallies.Contains(c.Claim.Category)).GroupBy(c => (c.Claim.Category, c.Claim.Unit)))
            if (PartTotal(story, category.ToList()) is { } mismatch) findings.Add(mismatch);
        return findings.OrderBy(f => Order(f.Kind)).ThenBy(f => f.Category).ThenByDescending(f => f.IndependentSources).ToList();
    }

    private static int Order(FindingKind kind) => kind switch
    {
        FindingKind.Contradicted => 0, FindingKind.PartTotalMismatch => 1, FindingKind.Updated => 2, FindingKind.Corroborated => 3, _ => 4,
    };

    private static Finding Classify(StoryContext story, IReadOnlyList<StoryClaim> claims, string subject)
    {
        var figures = SameNumbers(claims);
        var category = claims[0].Claim.Category;
        // "count" says little for a length or a document count: other figures are named by what they measure.
        string what = category == ClaimCategory.Other && claims[0].Claim.Measure != "people" ? $"{claims[0].Claim.Measure} ({subject})" : $"{CategoryName(category)} ({subject})";
        if (HasClash(claims))
        {
            var shown = figures.Select(f => Summarise(f)).ToList();
            return Make(FindingKind.Contradicted, story, claims, subject, shown,
                $"{what}: incompatible figures for the same day: {string.Join(" vs ", shown.Select(f => Explain(story, f)))}");
        }
        if (figures.Count > 1)
        {
            var steps = Steps(claims);
            double first = steps[0].Value.Point, last = steps[^1].Value.Point;
            string verb = last > first ? "rose" : last < first ? "fell" : "changed";
            string via = steps.Count > 2 ? " via " + string.Join(", ", steps.Skip(1).SkipLast(1).Select(s => FigureValue.Describe(s.Claim))) : "";
            var shown = steps.Select(s => Summarise([s])).ToList();
            return Make(FindingKind.Updated, story, claims, subject, shown,
                $"{what} {verb} from {Explain(story, shown[0])}{via} to {Explain(story, shown[^1])}");
        }
        var figure = Summarise(claims);
        int independent = story.IndependentCount(claims.Select(c => c.Source.Article.Id));
        var kind = independent >= 2 ? FindingKind.Corroborated : FindingKind.SingleSource;
        string outlets = string.Join(", ", claims.Select(c => c.Source.Outlet).Distinct());
        return Make(kind, story, claims, subject, [figure],
            $"{what}: {figure.Text}, given by {Plural(claims.Select(c => c.Source).Distinct().Count(), "article")} from {Plural(independent, "independent source")} ({outlets})");
    }

    /// <summary>Two claims clash when they cannot both hold on the same day and come from different sources or attributions.</summary>
    private static bool HasClash(IReadOnlyList<StoryClaim> claims)
    {
        for (int i = 0; i < claims.Count; i++)
            for (int j = i + 1; j < claims.Count; j++)
            {
                var (a, b) = (claims[i], claims[j]);
                if (a.Day is null || a.Day != b.Day || a.Value.CompatibleWith(b.Value)) continue;
                if (a.Source.Family != b.Source.Family || DistinctAttributions(a, b)) return true;
            }
        return false;
    }

    private static bool DistinctAttributions(StoryClaim a, StoryClaim b) =>
        a.Claim.Attribution is { } x && b.Claim.Attribution is { } y && !string.Equals(x, y, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// A figure that only one source gives, next to another incompatible figure of the same group from the same
    /// article and attribution ("8,000 were evacuated ... about 300 must stay away"), is about a subset, not a rival count.
    /// </summary>
    private static (IReadOnlyList<StoryClaim> Main, IReadOnlyList<IReadOnlyList<StoryClaim>> Asides) SplitAsides(IReadOnlyList<StoryClaim> claims)
    {
        var figures = SameNumbers(claims);
        if (figures.Count < 2) return (claims, []);
        var asides = figures
            .Where(f => f.Select(c => c.Source.Family).Distinct().Count() == 1)
            .Where(f => f.Any(c => claims.Any(o => o.Source == c.Source && !o.Value.CompatibleWith(c.Value) && !DistinctAttributions(o, c)
                && figures.First(g => g.Contains(o)).Count > f.Count)))
            .ToList();
        return (claims.Where(c => !asides.Any(a => a.Contains(c))).ToList(), asides);
    }

    /// <summary>Claims grouped by the number they state, smallest first ("about 2,000" and "2,000" are one figure).</summary>
    private static List<IReadOnlyList<StoryClaim>> SameNumbers(IReadOnlyList<StoryClaim> claims)
    {
        var groups = new List<IReadOnlyList<StoryClaim>>();
        foreach (var c in claims.OrderBy(c => c.Value.Point))
        {
            if (groups.Count > 0 && groups[^1][0].Value.SameNumber(c.Value)) ((List<StoryClaim>)groups[^1]).Add(c);
            else groups.Add(new List<StoryClaim> { c });
        }
        return groups;
    }

    /// <summary>The figures in the order they were reported, one per change of number.</summary>
    private static List<StoryClaim> Steps(IReadOnlyList<StoryClaim> claims)
    {
        var steps = new List<StoryClaim>();
        foreach (var c in claims.OrderBy(c => c.Source.Day ?? DateOnly.MaxValue).ThenBy(c => c.Day ?? DateOnly.MaxValue).ThenBy(c => c.Value.Point))
            if (steps.Count == 0 || !steps[^1].Value.SameNumber(c.Value)) steps.Add(c);
            else if (c.Day > steps[^1].Day) steps[^1] = c;   // the same number, later: show its latest report
        return steps;
    }

    /// <summary>Parts (police, protesters, civilians) that cannot make up a stated total: two or more parts must add up to it, one part cannot exceed it.</summary>
    private static Finding? PartTotal(StoryContext story, IReadOnlyList<StoryClaim> claims)
    {
        var parts = claims.Where(c => c.Group.IsPart).GroupBy(c => c.Group.Key)
            .Select(g => SameNumbers(g.ToList()).OrderByDescending(f => f.Select(c => c.Source.Family).Distinct().Count())
                .ThenByDescending(f => f.Max(c => c.Day ?? DateOnly.MinValue)).First())
            .ToList();
        var totals = SameNumbers(claims.Where(c => c.Group.IsTotal).ToList());
        if (parts.Count == 0 || totals.Count == 0) return null;
        var sum = parts.Select(p => p[0].Value).Aggregate((a, b) => a + b);
        var mismatched = totals.Where(t => parts.Count > 1 ? !sum.CompatibleWith(t[0].Value) : sum.Low > t[0].Value.High).ToList();
        if (mismatched.Count == 0) return null;
        var partsFigure = new Figure(
            string.Join(" and ", parts.Select(p => $"{FigureValue.Describe(p[0].Claim)} {PartName(p[0])}")),
            parts.SelectMany(p => p).Select(c => c.Claim.Attribution).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).ToList(),
            parts.SelectMany(p => p).Select(c => c.Source.Article.Id).Distinct().ToList(),
            parts.SelectMany(p => p).Min(c => c.Day));
        var shown = new List<Figure> { partsFigure };
        shown.AddRange(mismatched.Select(t => Summarise(t)));
        var matching = totals.Except(mismatched).Select(t => FigureValue.Describe(t[0].Claim)).ToList();
        string sumText = parts.Count > 1 ? $" = {Sum(sum, parts)}" : "";
        string note = $"{CategoryName(claims[0].Claim.Category)}: parts {Explain(story, partsFigure)}{sumText} do not match the total "
            + string.Join(" vs ", shown.Skip(1).Select(f => Explain(story, f)))
            + (matching.Count > 0 ? $"; they match the total of {string.Join(", ", matching)}" : "");
        var used = parts.SelectMany(p => p).Concat(mismatched.SelectMany(t => t)).ToList();
        return Make(FindingKind.PartTotalMismatch, story, used, "parts vs total", shown, note);
    }

    private static string Sum(FigureValue sum, IReadOnlyList<IReadOnlyList<StoryClaim>> parts) =>
        (double.IsPositiveInfinity(sum.High) ? "more than " : parts.Any(p => p[0].Value.High > p[0].Value.Low) ? "about " : "") + FigureValue.Number(sum.Point);

    private static string PartName(StoryClaim c) => c.Claim.Subject is { } s ? $"\"{s.Trim('"', '“', '”')}\"" : c.Group.Label;

    private static Figure Summarise(IReadOnlyList<StoryClaim> claims) => new(
        FigureValue.Describe(claims[0].Claim),
        claims.Select(c => c.Claim.Attribution).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).ToList(),
        claims.Select(c => c.Source.Article.Id).Distinct().ToList(),
        claims.Min(c => c.Day));

    /// <summary>"about 4,500 (8 Jan, the interior ministry; Outlet A, Outlet B)".</summary>
    public static string Explain(StoryContext story, Figure f)
    {
        var parts = new List<string>();
        if (f.Day is { } d) parts.Add(d.ToString("d MMM", CultureInfo.InvariantCulture));
        if (f.Attributions.Count > 0) parts.Add(string.Join(", ", f.Attributions));
        var outlets = string.Join(", ", f.Articles.Select(a => story.Source(a).Outlet).Distinct());
        return $"{f.Text} ({string.Join(", ", parts)}{(parts.Count > 0 ? "; " : "")}{outlets})";
    }

    private static Finding Make(FindingKind kind, StoryContext story, IReadOnlyList<StoryClaim> claims, string subject, IReadOnlyList<Figure> figures, string note)
    {
        var articles = claims.Select(c => c.Source).Distinct().OrderBy(s => s.Number).ToList();
        return new Finding(kind, claims[0].Claim.Category, subject, claims.Select(c => c.Claim.Id).ToList(),
            articles.Select(s => s.Article.Id).ToList(), articles.Select(s => s.Outlet).Distinct().ToList(),
            articles.Count, story.IndependentCount(articles.Select(s => s.Article.Id)), note) { Figures = figures };
    }

    public static string CategoryName(ClaimCategory c) => c switch
    {
        ClaimCategory.Dead => "killed",
        ClaimCategory.Troops => "troops",
        ClaimCategory.Other => "count",
        _ => NumericClaim.CategoryName(c),
    };

    private static string Plural(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";
}

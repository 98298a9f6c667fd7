using System.Globalization;
using Corroborate.Core.Claims;

namespace Corroborate.Core.Reconciliation;

/// <summary>
/// Reconciles a story's numeric claims as a careful fact-checker would. Only like is compared with like: figures of
/// one <see cref="QuantityKey"/> (measure, unit, group, condition, part or total), and for plain counts only figures
/// whose clauses say they count the same thing (<see cref="FigureContext"/>). Claims about other incidents are left
/// out. Compatible figures ("more than 200", "276") are one figure: corroborated once two independent sources give
/// it. Different figures of a toll are an update when they were reported at different times or the text says the
/// figure moved; they are contradicted only when independent sources give incompatible figures at the same time.
/// Parts are checked against totals, never reported as rival totals.
/// </summary>
public static class Reconciler
{
    /// <summary>Reports this close together are "the same time": a different figure then is a dispute, not news.</summary>
    public static readonly TimeSpan SameTimeWindow = TimeSpan.FromHours(2);

    public static IReadOnlyList<Finding> Reconcile(StoryContext story)
    {
        var claims = story.Claims
            .Select(x => new StoryClaim(x.Claim, x.Source, SubjectGroups.Of(x.Claim, x.Source.Article), FigureValue.Comparable(x.Claim))
            {
                Context = FigureContext.Words(x.Claim, x.Source.Article.Text),
                IsAddition = FigureContext.IsAddition(x.Claim, x.Source.Article.Text),
                ShareOf = FigureContext.ShareOf(x.Claim, x.Source.Article.Text),
            })
            .Where(c => c.Claim.Scope != ClaimScope.OtherIncident)
            .ToList();
        claims = SubjectGroups.JoinNamedGroups(claims);
        var findings = new List<Finding>();
        foreach (var group in claims.GroupBy(QuantityKey.Of))
        {
            var members = group.ToList();
            string subject = group.Key.Describe(members[0].Group.Label);
            if (!FigureContext.NamesItsQuantity(group.Key.Measure))
            {
                // Lengths, durations, counts of things, shares and money: one figure, or one that moved.
                bool running = Running(group.Key);
                findings.AddRange(Moves(LikeFigures(members, running), group.Key, running)
                    .Select(f => f.Count > 1 ? Update(story, f.SelectMany(x => x).ToList(), subject, f.Any(HasTrend)) : JudgeCount(story, f[0], subject)));
                continue;
            }
            var (main, asides) = SplitAsides(members);
            foreach (var magnitude in Magnitudes(main)) findings.AddRange(JudgeToll(story, magnitude, subject));
            findings.AddRange(asides.SelectMany(a => JudgeToll(story, a, subject + ", other figure")));
        }
        foreach (var measure in claims.Where(c => FigureContext.NamesItsQuantity(c.Claim.Measure)).GroupBy(c => (c.Claim.Measure, c.Claim.Unit)))
            if (PartTotal.Check(story, measure.ToList()) is { } mismatch) findings.Add(mismatch);
        // A figure one article gives is a claim, not a finding; a single source is worth listing when copies or one
        // outlet's other articles repeat it and so could pass for corroboration.
        return findings.Where(f => f.Kind != FindingKind.SingleSource || f.Sources > 1)
            .OrderBy(f => Order(f.Kind)).ThenBy(f => f.Category).ThenByDescending(f => f.IndependentSources).ToList();
    }

    private static int Order(FindingKind kind) => kind switch
    {
        FindingKind.Contradicted => 0, FindingKind.PartTotalMismatch => 1, FindingKind.Updated => 2, FindingKind.Corroborated => 3, _ => 4,
    };

    /// <summary>Figures a factor of more than this apart are not taken as one toll moving or disputed: 21 and 200 count different people.</summary>
    public const double MaxRatio = 3;

    /// <summary>The claims split where two figures in value order lie more than <see cref="MaxRatio"/> apart.</summary>
    private static List<IReadOnlyList<StoryClaim>> Magnitudes(IReadOnlyList<StoryClaim> claims)
    {
        var groups = new List<IReadOnlyList<StoryClaim>>();
        foreach (var c in claims.OrderBy(c => c.Value.Point))
            if (groups.Count > 0 && c.Value.Point <= MaxRatio * Math.Max(groups[^1][^1].Value.Point, 1)) ((List<StoryClaim>)groups[^1]).Add(c);
            else groups.Add(new List<StoryClaim> { c });
        return groups;
    }

    /// <summary>
    /// A toll (killed, arrested, abducted, ...): one figure; a sequence of updates when its figures were reported at
    /// different times or the text says it moved; a dispute when independent sources clash at the same time. Different
    /// figures that were all reported at once by one source, with no word of change, are left apart.
    /// </summary>
    private static IEnumerable<Finding> JudgeToll(StoryContext story, IReadOnlyList<StoryClaim> claims, string subject)
    {
        string what = $"{MeasureName(claims[0])} ({subject})";
        string alike = $"Compared as one quantity: each is {Alike(claims[0])}.";
        bool trend = claims.Any(c => c.Claim.Trend is "up" or "down" or "revised");
        // A tally that grows as the event goes on ("more than 3,000 arrested", days later "about 3,900") has moved even
        // when the figures are compatible; a count of a past event ("more than 200 abducted", "276") has not.
        bool developing = Developing.Contains(claims[0].Claim.Category);
        bool moved = developing && ReportedAtDifferentTimes(claims, (a, b) => !a.Value.SameNumber(b.Value));
        // Compatible figures that come back to where they were ("about 1,000", "about 850", "about 1,000") are readings
        // of one figure, not a toll that moved.
        // A trend word beside the only figure there is ("new figures: 40 dead") has nothing to update from.
        bool oneNumber = claims.All(c => c.Value.SameNumber(claims[0].Value));
        if (oneNumber || !trend && OneFigure(claims) && (!moved || !Monotone(Steps(claims)))) return [Agreement(story, claims, subject, what, alike)];
        // Counts of a past event (abducted, released) do not move; different figures for them count different people
        // or were misread, and a dispute is asserted only for the tallies of the event itself.
        if (!developing && !trend) return LikeFigures(claims).Select(f => Agreement(story, f, subject, what, alike));
        if (!trend && Clash(claims) is { } clash)
        {
            var shown = LikeFigures(claims).Select(f => Summarise(f)).ToList();
            return [Make(FindingKind.Contradicted, story, claims, subject, shown,
                $"{what}: incompatible figures reported at the same time by independent sources: "
                + $"{string.Join(" vs ", shown.Select(f => Explain(story, f)))}. {alike} The clash: {Explain(story, Summarise([clash.A]))} "
                + $"and {Explain(story, Summarise([clash.B]))} {SameTimeText(clash.A, clash.B)}.")];
        }
        if (!trend && !moved && !ReportedAtDifferentTimes(claims, (a, b) => !a.Value.CompatibleWith(b.Value)))
            return LikeFigures(claims).Select(f => Agreement(story, f, subject, what, alike));
        return [Update(story, claims, subject, trend)];
    }

    private static bool HasTrend(IReadOnlyList<StoryClaim> figure) => figure.Any(c => c.Claim.Trend is not null);

    /// <summary>
    /// Figures of a count, length or duration chained into one moving figure: two figures whose clauses share a word
    /// are one figure moving when the text says so ("earlier reports had put the well at a depth of 40m") or, for a
    /// running duration, when the later report gives more ("searching for more than 85 hours", then "over 100 hours").
    /// Each chain is returned as its figures; a figure on its own as a chain of one.
    /// </summary>
    private static List<List<IReadOnlyList<StoryClaim>>> Moves(List<IReadOnlyList<StoryClaim>> figures, QuantityKey key, bool running)
    {
        var chains = figures.Select(f => new List<IReadOnlyList<StoryClaim>> { f }).ToList();
        // Prices and shares rise and fall all day: a trend word beside them is market news, not a corrected figure.
        if (key.Measure is "money" or "percent") return chains;
        for (int i = 0; i < chains.Count; i++)
            for (int j = chains.Count - 1; j > i; j--)
                if (chains[i].Any(a => chains[j].Any(b => Moved(a, b, running))))
                {
                    chains[i].AddRange(chains[j]);
                    chains.RemoveAt(j);
                }
        return chains;
    }

    /// <summary>A clock that runs while the event goes on: how many hours or days a search or siege has lasted.</summary>
    private static bool Running(QuantityKey key) => key.Measure == "duration" && key.Unit is "hours" or "days" or "minutes";

    private static bool Moved(IReadOnlyList<StoryClaim> a, IReadOnlyList<StoryClaim> b, bool running)
    {
        double low = Math.Min(a[0].Value.Point, b[0].Value.Point), high = Math.Max(a[0].Value.Point, b[0].Value.Point);
        if (high > MaxRatio * Math.Max(low, 1e-9) || !a.Any(x => b.Any(y => x.Context.Overlaps(y.Context)))) return false;
        if (HasTrend(a) || HasTrend(b)) return true;
        if (!running) return false;
        var (earlier, later) = a.Min(c => c.ReportedAt) <= b.Min(c => c.ReportedAt) ? (a, b) : (b, a);
        return later.Min(c => c.ReportedAt) > earlier.Max(c => c.ReportedAt) && later[0].Value.Point > earlier[0].Value.Point;
    }

    /// <summary>A figure that moved: its steps in the order they were reported, the latest as the current figure.</summary>
    private static Finding Update(StoryContext story, IReadOnlyList<StoryClaim> claims, string subject, bool trend)
    {
        string what = $"{MeasureName(claims[0])} ({subject})";
        string alike = $"Compared as one quantity: each is {Alike(claims[0])}.";
        var steps = Steps(claims);
        double first = steps[0].Value.Point, last = steps[^1].Value.Point;
        string verb = last > first ? "rose" : last < first ? "fell" : "changed";
        string via = steps.Count > 2 ? " via " + string.Join(", ", steps.Skip(1).SkipLast(1).Select(s => FigureValue.Describe(s.Claim))) : "";
        var figures = steps.Select(s => Summarise([s])).ToList();
        string because = trend ? "the text says the figure moved" : "the figures were reported at different times";
        return Make(FindingKind.Updated, story, claims, subject, figures,
            $"{what} {verb} from {Explain(story, figures[0])}{via} to {Explain(story, figures[^1])}; the latest is "
            + $"{FigureValue.Describe(steps[^1].Claim)}. Updated, not disputed: {because}. {alike}");
    }

    /// <summary>Tallies that grow or shrink while an event goes on: killed, injured, arrested, missing, displaced, evacuated, troops.</summary>
    private static readonly HashSet<ClaimCategory> Developing =
    [
        ClaimCategory.Dead, ClaimCategory.Injured, ClaimCategory.Arrested, ClaimCategory.Missing,
        ClaimCategory.Displaced, ClaimCategory.Evacuated, ClaimCategory.Troops,
    ];

    /// <summary>
    /// Whether two figures that <paramref name="differ"/> were reported at different times: not at the same time (see
    /// <see cref="SameTime"/>), or by one source that later changed its own figure (a wire story updated within the hour).
    /// </summary>
    private static bool ReportedAtDifferentTimes(IReadOnlyList<StoryClaim> claims, Func<StoryClaim, StoryClaim, bool> differ)
    {
        for (int i = 0; i < claims.Count; i++)
            for (int j = i + 1; j < claims.Count; j++)
                if (differ(claims[i], claims[j]) && claims[i].ReportedAt is not null && claims[j].ReportedAt is not null
                    && claims[i].ReportedAt != claims[j].ReportedAt
                    && (!SameTime(claims[i], claims[j]) || claims[i].Source.Family == claims[j].Source.Family))
                    return true;
        return false;
    }

    /// <summary>A figure of a count, length or share: corroborated by independent sources or repeated by one.</summary>
    private static Finding JudgeCount(StoryContext story, IReadOnlyList<StoryClaim> claims, string subject)
    {
        string shared = FigureContext.Shared(claims) is { } w ? $", said of \"{w}\" in each" : "";
        return Agreement(story, claims, subject, $"{MeasureName(claims[0])} ({subject})", $"Compared as one quantity: each is {Alike(claims[0])}{shared}.");
    }

    private static Finding Agreement(StoryContext story, IReadOnlyList<StoryClaim> claims, string subject, string what, string alike)
    {
        var figure = Summarise(claims, Tightest(claims));
        int independent = story.IndependentCount(claims.Select(c => c.Source.Article.Id));
        var kind = independent >= 2 ? FindingKind.Corroborated : FindingKind.SingleSource;
        string outlets = string.Join(", ", claims.Select(c => c.Source.Outlet).Distinct());
        string compatible = LikeFigures(claims).Count > 1 ? $" (as {string.Join(", ", claims.Select(c => FigureValue.Describe(c.Claim)).Distinct())}, which agree)" : "";
        string why = kind == FindingKind.Corroborated ? "" : " Not corroborated: the articles are copies of one another or come from one outlet.";
        return Make(kind, story, claims, subject, [figure],
            $"{what}: {figure.Text}{compatible}, given by {Plural(claims.Select(c => c.Source).Distinct().Count(), "article")} from "
            + $"{Plural(independent, "independent source")} ({outlets}). {alike}{why}");
    }

    private static string MeasureName(StoryClaim c) => c.Claim.Category == ClaimCategory.Other ? c.Claim.Measure : CategoryName(c.Claim.Category);

    /// <summary>Why the figures count the same thing, in words: "the event's total of killed".</summary>
    private static string Alike(StoryClaim c)
    {
        string measure = MeasureName(c);
        string whose = c.Group.IsTotal ? "" : $" {c.Group.Label}";
        string condition = c.Claim.Condition is { } k ? $" ({k})" : "";
        string unit = c.Claim.Unit is "people" or "%" || c.Claim.Unit == measure ? "" : $" in {c.Claim.Unit}";
        return c.IsPart ? $"a part count of {measure}{whose}{condition}{unit}" : $"the whole event's figure of {measure}{whose}{condition}{unit}";
    }

    /// <summary>All the figures allow one value: "more than 200", "more than 270" and "276" are one figure.</summary>
    private static bool OneFigure(IReadOnlyList<StoryClaim> claims) =>
        claims.Max(c => c.Value.Low) <= claims.Min(c => c.Value.High) * (1 + FigureValue.SameNumberTolerance)
        && claims.All(c => c.Value.Agrees(claims[0].Value));

    /// <summary>The figure that says most: an exact one if any, else the highest lower bound.</summary>
    private static StoryClaim Tightest(IReadOnlyList<StoryClaim> claims) =>
        claims.OrderBy(c => c.Value.High - c.Value.Low).ThenByDescending(c => c.Value.Low).First();

    /// <summary>Two incompatible figures reported at the same time by independent sources (or by distinct attributions), if any.</summary>
    private static (StoryClaim A, StoryClaim B)? Clash(IReadOnlyList<StoryClaim> claims)
    {
        for (int i = 0; i < claims.Count; i++)
            for (int j = i + 1; j < claims.Count; j++)
            {
                var (a, b) = (claims[i], claims[j]);
                if (a.Value.CompatibleWith(b.Value) || !SameTime(a, b)) continue;
                if (a.Source.Family != b.Source.Family || DistinctAttributions(a, b)) return (a, b);
            }
        return null;
    }

    /// <summary>
    /// Reported at the same time: on the same day and, where both times are known, within <see cref="SameTimeWindow"/>;
    /// when only one of them is known to the hour, their order within the day is unknown and they are not.
    /// </summary>
    private static bool SameTime(StoryClaim a, StoryClaim b)
    {
        if (a.Day is null || a.Day != b.Day) return false;
        if (a.KnownToTheHour != b.KnownToTheHour) return false;
        return !a.KnownToTheHour || (a.ReportedAt!.Value - b.ReportedAt!.Value).Duration() <= SameTimeWindow;
    }

    private static string SameTimeText(StoryClaim a, StoryClaim b) => a.KnownToTheHour
        ? $"were published {(int)(a.ReportedAt!.Value - b.ReportedAt!.Value).Duration().TotalMinutes} minutes apart"
        : $"were both given for {a.Day!.Value.ToString("d MMM", CultureInfo.InvariantCulture)}";

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
    internal static List<IReadOnlyList<StoryClaim>> SameNumbers(IReadOnlyList<StoryClaim> claims)
    {
        var groups = new List<IReadOnlyList<StoryClaim>>();
        foreach (var c in claims.OrderBy(c => c.Value.Point))
        {
            if (groups.Count > 0 && groups[^1][0].Value.SameNumber(c.Value)) ((List<StoryClaim>)groups[^1]).Add(c);
            else groups.Add(new List<StoryClaim> { c });
        }
        return groups;
    }

    /// <summary>
    /// Claims grouped into figures of one thing: each joins the first figure whose claims all allow its value and one
    /// of which it is related to (<see cref="FigureContext.Related"/>), smallest first. For a <paramref name="running"/>
    /// measure (how long a search has gone on) only the same number is one figure: "more than 85 hours" and "over 100
    /// hours" are two readings of a clock that moved.
    /// </summary>
    private static List<IReadOnlyList<StoryClaim>> LikeFigures(IReadOnlyList<StoryClaim> claims, bool running = false)
    {
        var groups = new List<List<StoryClaim>>();
        foreach (var c in claims.OrderBy(c => c.Value.Point))
        {
            var home = groups.FirstOrDefault(g => g.All(o => !running && o.Value.Agrees(c.Value) || o.Value.SameNumber(c.Value))
                                                  && g.Any(o => FigureContext.Related(o, c)));
            if (home is null) groups.Add([c]);
            else home.Add(c);
        }
        return groups.Select(g => (IReadOnlyList<StoryClaim>)g).ToList();
    }

    private static bool Monotone(IReadOnlyList<StoryClaim> steps) =>
        steps.Zip(steps.Skip(1)).All(p => p.Second.Value.Point >= p.First.Value.Point)
        || steps.Zip(steps.Skip(1)).All(p => p.Second.Value.Point <= p.First.Value.Point);

    /// <summary>The figures in the order they were reported, one per change of number.</summary>
    private static List<StoryClaim> Steps(IReadOnlyList<StoryClaim> claims)
    {
        var steps = new List<StoryClaim>();
        foreach (var c in claims.OrderBy(c => c.ReportedAt ?? DateTimeOffset.MaxValue).ThenBy(c => c.Value.Point))
            if (steps.Count == 0 || !steps[^1].Value.SameNumber(c.Value)) steps.Add(c);
            else if (c.Day > steps[^1].Day) steps[^1] = c;   // the same number, later: show its latest report
        return steps;
    }

    internal static Figure Summarise(IReadOnlyList<StoryClaim> claims, StoryClaim? shown = null) => new(
        FigureValue.Describe((shown ?? claims[0]).Claim),
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

    internal static Finding Make(FindingKind kind, StoryContext story, IReadOnlyList<StoryClaim> claims, string subject, IReadOnlyList<Figure> figures, string note)
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

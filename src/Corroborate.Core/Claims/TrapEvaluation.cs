using Corroborate.Core.Text;

namespace Corroborate.Core.Claims;

/// <summary>One trap of a traps file: a number a naive reader gets wrong, with the exact quote it stands in.</summary>
public sealed record Trap(string Article, double Value, string Kind, string Quote, int Line);

/// <summary>
/// Checks the claims at each trap's quote. Traps that are not figures (ages, phone numbers, dates, counters, names)
/// must give no claim of their value there; subset traps must carry scope <c>part</c>; other-incident and
/// statistics traps scope <c>other-incident</c>. The remaining kinds are verdict traps (a different quantity
/// with the same value, a joint figure): they are listed with what the claim says, for the findings stage.
/// </summary>
public static class TrapEvaluation
{
    public enum Expectation { NotAFigure, Part, OtherIncident, NotPeople, Verdict }

    public sealed record Outcome(Trap Trap, Expectation Expected, bool? Passed, NumericClaim? Claim, string Note);

    private static readonly HashSet<string> NotFigures = new(StringComparer.Ordinal)
    {
        "age", "phone", "date-or-year", "clock-time", "caption-counter", "address-number", "road-name", "street-name", "ship-name",
        "model-number", "handle-or-name", "link-text", "index-name", "boilerplate", "relative-date", "anniversary", "joke",
        "metaphor", "figure-of-speech", "negation-quote",
    };

    private static readonly HashSet<string> OtherIncidents = new(StringComparer.Ordinal) { "other-incident", "statistics-over-years", "historical-figure" };

    /// <summary>Counts that are not of people: no casualty category may claim them.</summary>
    private static readonly HashSet<string> NotPeopleCounts = new(StringComparer.Ordinal) { "duration-not-count", "distance-vs-count" };

    public static Expectation ExpectationOf(string kind) =>
        NotFigures.Contains(kind) ? Expectation.NotAFigure
        : kind == "subset-of-total" ? Expectation.Part
        : OtherIncidents.Contains(kind) ? Expectation.OtherIncident
        : NotPeopleCounts.Contains(kind) ? Expectation.NotPeople
        : Expectation.Verdict;

    public static IReadOnlyList<Trap> Read(string path) => GoldLines.Read(path, "a trap", (r, line) => new Trap(
        r.GetProperty("article").GetString()!, r.GetProperty("value").GetDouble(), r.GetProperty("trap").GetString()!, r.GetProperty("quote").GetString()!, line));

    /// <summary>Scores the traps of the given articles; traps of other articles are left out.</summary>
    public static IReadOnlyList<Outcome> Score(IReadOnlyList<Trap> traps, IReadOnlyList<Article> articles)
    {
        var byKey = articles.GroupBy(ClaimEvaluation.KeyOf).ToDictionary(g => g.Key, g => g.First());
        var outcomes = new List<Outcome>();
        foreach (var trap in traps)
        {
            if (!byKey.TryGetValue(trap.Article, out var article)) continue;
            var expected = ExpectationOf(trap.Kind);
            var spans = QuoteSpans(article.Text, trap.Quote);
            var claim = ClaimAt(trap, article, spans);
            if (spans.Count == 0)
            {
                outcomes.Add(new Outcome(trap, expected, expected == Expectation.NotAFigure ? true : null, null, "quote not in the text (removed as junk?)"));
                continue;
            }
            bool? passed = expected switch
            {
                Expectation.NotAFigure => claim is null,
                Expectation.Part => claim?.Scope == ClaimScope.Part,
                Expectation.OtherIncident => claim is null || claim.Scope == ClaimScope.OtherIncident,
                Expectation.NotPeople => claim is null || !ClaimFrame.CountsPeople(claim.Measure),
                _ => null,
            };
            string note = claim is null ? "no claim" : $"{claim.Measure} {NumericClaim.ScopeName(claim.Scope)}{(claim.Group is { } g ? " " + g : "")}";
            outcomes.Add(new Outcome(trap, expected, passed, claim, note));
        }
        return outcomes;
    }

    /// <summary>The article's claim of the trap's value at its quote, if the claim stage made one.</summary>
    public static NumericClaim? ClaimAt(Trap trap, Article article) => ClaimAt(trap, article, QuoteSpans(article.Text, trap.Quote));

    private static NumericClaim? ClaimAt(Trap trap, Article article, List<TextSpan> spans) =>
        article.Claims.FirstOrDefault(c => (Same(c.Low, trap.Value) || Same(c.High, trap.Value)) && spans.Any(s => Overlaps(s, c.Span)));

    /// <summary>Where the quote stands in the article's normalised text (every occurrence).</summary>
    private static List<TextSpan> QuoteSpans(string text, string quote)
    {
        string q = TextNormalizer.Normalize(quote).Text;
        var spans = new List<TextSpan>();
        if (q.Length == 0) return spans;
        for (int i = text.IndexOf(q, StringComparison.OrdinalIgnoreCase); i >= 0; i = text.IndexOf(q, i + 1, StringComparison.OrdinalIgnoreCase))
            spans.Add(new TextSpan(i, i + q.Length));
        return spans;
    }

    private static bool Overlaps(TextSpan a, TextSpan b) => a.Start < b.End && b.Start < a.End;

    private static bool Same(double a, double b) => Math.Abs(a - b) <= 1e-6 * Math.Max(1, Math.Abs(b));
}

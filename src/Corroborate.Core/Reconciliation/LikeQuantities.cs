using Corroborate.Core.Claims;
using Corroborate.Core.Lexicons;
using Corroborate.Core.Stories;

namespace Corroborate.Core.Reconciliation;

/// <summary>
/// What makes two claims figures of one quantity: the same measure and unit, the same group (police, protesters,
/// schoolgirls; none for the event's total), the same condition (seriously injured) and the same scope (a part of
/// a total is never compared with the total as a rival figure). Claims about another incident are left out before.
/// </summary>
public sealed record QuantityKey(string Measure, string Unit, string Group, string Condition, bool IsPart, bool IsAddition = false)
{
    public static QuantityKey Of(StoryClaim c)
    {
        if (FigureContext.IsParticularCount(c)) return new QuantityKey("count", "", "#" + c.Value.Point.ToString("R", System.Globalization.CultureInfo.InvariantCulture), "", c.IsPart, c.IsAddition);
        string unit = Units.ComparableUnit(c.Claim.Unit).Unit;
        // A count of things is measured by its unit: "projectiles" and "missiles" are one measure as they are one unit.
        string measure = c.Claim.Measure == c.Claim.Unit ? unit : c.Claim.Measure;
        // A part is a named group or severity, so its key already differs from the total's; "the two managers arrested"
        // and "two managers were arrested" are one count whether or not an article marks it as part of something.
        return new QuantityKey(measure, unit, c.Group.Key, SeverityOf(c.Claim), c.Group.IsPart, c.IsAddition);
    }

    /// <summary>Severities split the injured into counts of their own; "hospitalised" or "stable" is how outlets give the toll itself.</summary>
    public static string SeverityOf(NumericClaim c) => c.Condition is "critical" or "serious" or "minor" ? c.Condition : "";

    /// <summary>"killed (police/security forces, seriously)"-style label for notes.</summary>
    public string Describe(string groupLabel)
    {
        var parts = new List<string>();
        if (groupLabel != SubjectGroup.Total.Label) parts.Add(groupLabel);
        if (Condition.Length > 0) parts.Add(Condition);
        return parts.Count == 0 ? "total" : string.Join(", ", parts);
    }
}

/// <summary>
/// The words around a figure that say what it counts. Counts of events (killed, arrested) name their quantity by
/// their measure, but a plain "about 100 people" or "4 ships" does not: 100 who jumped into the sea and 100 who ran
/// into a restaurant are two quantities, and only figures whose clauses share a content word are taken as one.
/// </summary>
public static class FigureContext
{
    /// <summary>Measures whose name is the quantity: two figures of one of these with one group and condition count the same thing.</summary>
    private static readonly HashSet<string> SelfNaming = new(StringComparer.Ordinal)
    {
        "dead", "injured", "arrested", "missing", "displaced", "evacuated", "troops",
        "abducted", "released", "captive", "rescued",
    };

    public static bool NamesItsQuantity(string measure) => SelfNaming.Contains(measure);

    /// <summary>Lengths the text names as one dimension ("40m deep", "an altitude of 770 km"): the measure says what they are.</summary>
    private static readonly HashSet<string> NamedDimensions = new(StringComparer.Ordinal) { "depth", "altitude", "snowfall" };

    private const string WidthWord = "width";

    /// <summary>"another 1,000 troops", "a further 20", "an additional 300": the figure comes on top of one already given.</summary>
    public static bool IsAddition(NumericClaim claim, string text)
    {
        int from = Math.Max(claim.Sentence.Start, claim.Span.Start - 14);
        return FrameCues.AdditionBefore().IsMatch(text.AsSpan(from, claim.Span.Start - from));
    }

    /// <summary>The content words of the claim's clause, without the figure itself (folded as story terms are).</summary>
    public static IReadOnlySet<string> Words(NumericClaim claim, string text)
    {
        var (from, to) = ClaimFrame.Clause(text[claim.Sentence.Start..claim.Sentence.End], claim.Span.Start - claim.Sentence.Start,
            claim.Span.End - claim.Sentence.Start);
        int start = claim.Sentence.Start + from, end = claim.Sentence.Start + to;
        var words = new HashSet<string>(StringComparer.Ordinal);
        words.UnionWith(TermExtractor.Words(text[start..Math.Max(start, claim.Span.Start)]));
        words.UnionWith(TermExtractor.Words(text[Math.Min(end, claim.Span.End)..end]));
        words.RemoveWhere(w => char.IsDigit(w[0]));
        // "30cm-diameter" and "30 centimetres wide" say the same dimension in different words.
        int beforeFrom = Math.Min(claim.Span.Start, Math.Max(start, claim.Span.Start - 25));
        int afterFrom = Math.Min(end, claim.Span.End), afterTo = Math.Max(afterFrom, Math.Min(end, claim.Span.End + 20));
        if (FrameCues.WidthBefore().IsMatch(text.AsSpan(beforeFrom, claim.Span.Start - beforeFrom))
            || FrameCues.WidthAfter().IsMatch(text.AsSpan(afterFrom, afterTo - afterFrom)))
            words.Add(WidthWord);
        return words;
    }

    /// <summary>
    /// Whether two figures of one key may count the same thing. A measure or a counted thing names it ("two side
    /// boosters"), and so does a number too particular to recur by chance ("37,040 pounds", "$2 billion"); a plain
    /// round count of people, a share or a length needs its clauses to share a word, unless one clause says nothing
    /// but the figure.
    /// </summary>
    public static bool Related(StoryClaim a, StoryClaim b) =>
        (a.ShareOf is null || b.ShareOf is null || a.ShareOf == b.ShareOf) && (NamesItsQuantity(a.Claim.Measure) || NamedDimensions.Contains(a.Claim.Measure) || CountsAThing(a.Claim) || Particular(a.Value.Point)
        || a.Context.Count == 0 || b.Context.Count == 0 || a.Context.Overlaps(b.Context));

    /// <summary>
    /// What a share is a share of: the last word of the phrase after "percent of" ("90 percent of North Korea's
    /// external trade" is of "trade", "nearly 90% of all of North Korea's imports" of "import"). Shares of different
    /// bases are different quantities whatever words their clauses share.
    /// </summary>
    public static string? ShareOf(NumericClaim claim, string text)
    {
        if (claim.Measure != "percent") return null;
        var m = FrameCues.ShareBase().Match(text[claim.Span.End..Math.Min(text.Length, claim.Span.End + 80)]);
        return m.Success ? TermExtractor.Words(m.Groups["base"].Value).LastOrDefault() : null;
    }

    /// <summary>A count whose unit is the thing counted ("boosters", "documents"), not people, money, a share or a physical unit.</summary>
    private static bool CountsAThing(NumericClaim c) => c.Unit == c.Measure && c.Unit != "people";

    /// <summary>
    /// A plain count (of people or things, not a toll) of a number in the hundreds or more with two significant digits
    /// or more ("214,000", "140"): outlets name what it counts differently ("offshore companies", "offshore
    /// entities"; "politicians", "public figures"), but such a number does not recur by chance in one story.
    /// </summary>
    public static bool IsParticularCount(StoryClaim c) =>
        !NamesItsQuantity(c.Claim.Measure) && (c.Claim.Measure == "people" || CountsAThing(c.Claim)) && c.Value.Point >= 100
        && c.Value.Point < 1e9 && Particular(c.Value.Point) && c.Value.Point % 1 == 0 && !(c.Value.Point is >= 1900 and <= 2100);

    /// <summary>Two significant digits or more ("1,600", "83", "37,040"), or a million and over.</summary>
    private static bool Particular(double v)
    {
        if (v >= 1e6) return true;
        double x = Math.Abs(v);
        if (x < 10) return false;
        while (x >= 10 && x % 10 == 0) x /= 10;
        return x >= 10 || x != Math.Floor(x);
    }

    /// <summary>A content word the two clauses share, to say why they were compared.</summary>
    public static string? Shared(IEnumerable<StoryClaim> claims) =>
        claims.SelectMany(c => c.Context).GroupBy(w => w).Where(g => g.Count() > 1).OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key).FirstOrDefault();
}

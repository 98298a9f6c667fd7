using System.Text.RegularExpressions;
using Corroborate.Core.Claims;

namespace Corroborate.Core.Reconciliation;

/// <summary>A normalised subject: <see cref="Key"/> groups claims, <see cref="Label"/> is shown; <see cref="IsPart"/> marks groups that are parts of a total (police, protesters, civilians).</summary>
public sealed record SubjectGroup(string Key, string Label, bool IsPart)
{
    public static readonly SubjectGroup Total = new("total", "total", false);
    public bool IsTotal => Key == Total.Key;
}

/// <summary>
/// Outlets name the same group differently ("police", "security forces", "law enforcement"; "protesters",
/// "demonstrators", "rioters"); claims about one group are compared, and a subject-less count is the total.
/// A claim without a subject takes the group named right after its number ("1,000 other demonstrators") or,
/// failing that, the nearest group named before it in its sentence ("the police also reporting 18 killed"),
/// unless that name is the source being quoted.
/// </summary>
public static partial class SubjectGroups
{
    private static readonly SubjectGroup Security = new("security", "police/security forces", true);
    private static readonly SubjectGroup Protesters = new("protesters", "protesters", true);
    private static readonly SubjectGroup Civilians = new("civilians", "civilians", true);

    [GeneratedRegex(@"\b(?:police(?:\s*(?:officers?|men|women))?|policem[ae]n|security\s+(?:forces|personnel|officers|services)|law[\s-]+enforcement(?:\s+officers)?|gendarmes?|servicem[ae]n|officers)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SecurityCue();

    [GeneratedRegex(@"\b(?:protesters?|protestors?|demonstrators?|rioters?|(?:armed\s+)?criminals?|militants?|insurgents?|bandits?|terrorists?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ProtesterCue();

    [GeneratedRegex(@"\b(?:civilians?|bystanders?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CivilianCue();

    /// <summary>Words that name "people" in general: a count of them is the total.</summary>
    private static readonly HashSet<string> Generic = new(StringComparer.OrdinalIgnoreCase)
    {
        "people", "persons", "person", "residents", "inhabitants", "individuals", "men", "victims", "citizens", "workers", "others",
    };


    public static SubjectGroup Of(NumericClaim claim, Article article)
    {
        if (claim.Subject is { } subject) return FromName(subject);
        // Only the next two words: a group named further on belongs to another clause ("rose to 11 on Thursday, police said").
        var next = article.Text[claim.Span.End..claim.Sentence.End].Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(2);
        if (Cue(string.Join(' ', next), fromEnd: false) is { } following) return following;
        // A group named earlier in the same clause ("on the part of the security forces, there were 18 dead"); one in
        // another clause is about something else ("Taliban insurgents struck the consulate, ... wounding at least 90").
        string sentence = article.Text[claim.Sentence.Start..claim.Sentence.End];
        var (from, _) = ClaimFrame.Clause(sentence, claim.Span.Start - claim.Sentence.Start, claim.Span.End - claim.Sentence.Start);
        string before = article.Text[(claim.Sentence.Start + from)..claim.Span.Start];
        if (claim.Attribution is { } source) before = before.Replace(source, "", StringComparison.Ordinal);
        return Cue(before, fromEnd: true) ?? SubjectGroup.Total;
    }

    public static SubjectGroup FromName(string subject)
    {
        string name = subject.Trim().Trim('"', '“', '”', '\'').ToLowerInvariant();
        if (Generic.Contains(name)) return SubjectGroup.Total;
        if (Cue(name, fromEnd: true) is { } known) return known;
        string head = name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Last();
        if (Generic.Contains(head)) return SubjectGroup.Total;
        string key = head.EndsWith('s') && head.Length > 3 ? head[..^1] : head;
        return new SubjectGroup(key, head, false);
    }

    /// <summary>
    /// Outlets name one group at different lengths and some not at all: "schoolgirls" and "girls" are one group (the
    /// longer name ends with the shorter), and a count with no group ("21 were released") belongs to the one named
    /// group of its measure that gives the same figure ("21 girls released"), if exactly one does.
    /// </summary>
    public static List<StoryClaim> JoinNamedGroups(IReadOnlyList<StoryClaim> claims)
    {
        claims = WholeWhereTheSame(NameTheEvent(claims));
        var named = claims.Where(c => !c.IsPart && !c.Group.IsTotal).ToList();
        if (named.Count == 0) return claims.ToList();
        var shortest = named.GroupBy(c => (c.Claim.Measure, c.Claim.Unit))
            .SelectMany(m =>
            {
                var keys = m.Select(c => c.Group.Key).Distinct().OrderBy(k => k.Length).ToList();
                return keys.Select(k => (m.Key, From: k, To: keys.FirstOrDefault(s => s == k || Shortens(k, s)) ?? k));
            })
            .ToDictionary(x => (x.Key.Measure, x.Key.Unit, x.From), x => x.To);
        var groups = named.GroupBy(c => (c.Claim.Measure, c.Claim.Unit, Key: shortest[(c.Claim.Measure, c.Claim.Unit, c.Group.Key)]))
            .ToDictionary(g => g.Key, g => g.First().Group with { Key = g.Key.Key });
        return claims.Select(c =>
        {
            if (c.IsPart) return c;
            if (!c.Group.IsTotal) return c with { Group = groups[(c.Claim.Measure, c.Claim.Unit, shortest[(c.Claim.Measure, c.Claim.Unit, c.Group.Key)])] };
            var sameFigure = named.Where(o => o.Claim.Measure == c.Claim.Measure && o.Claim.Unit == c.Claim.Unit
                    && o.Claim.Condition == c.Claim.Condition && o.Value.SameNumber(c.Value))
                .Select(o => shortest[(o.Claim.Measure, o.Claim.Unit, o.Group.Key)]).Distinct().ToList();
            return sameFigure.Count == 1 ? c with { Group = groups[(c.Claim.Measure, c.Claim.Unit, sameFigure[0])] } : c;
        }).ToList();
    }

    /// <summary>
    /// A plain count of a named group ("21 girls are now home") takes the event of the one other count of that group
    /// with the same figure ("21 girls were released"): the article left the event to its context.
    /// </summary>
    private static IReadOnlyList<StoryClaim> NameTheEvent(IReadOnlyList<StoryClaim> claims)
    {
        var evented = claims.Where(c => c.Claim.Measure != "people" && ClaimFrame.CountsPeople(c.Claim.Measure)
            && c.Claim.Category == ClaimCategory.Other && !c.Group.IsTotal).ToList();
        if (evented.Count == 0) return claims;
        return claims.Select(c =>
        {
            if (c.Claim.Measure != "people" || c.Group.IsTotal) return c;
            var measures = evented.Where(o => SameGroup(o.Group.Key, c.Group.Key) && o.Value.SameNumber(c.Value)).Select(o => o.Claim.Measure).Distinct().ToList();
            return measures.Count == 1 ? c with { Claim = c.Claim with { Measure = measures[0] } } : c;
        }).ToList();
    }

    /// <summary>
    /// A count of a group or a severity that is the same number as the story's total of that measure counts everyone:
    /// "at least six civilians" killed where the toll is "at least six", "two people suffered minor injuries" where
    /// two were injured. It joins the total instead of standing as a part beside it.
    /// </summary>
    private static IReadOnlyList<StoryClaim> WholeWhereTheSame(IReadOnlyList<StoryClaim> claims)
    {
        bool Plain(StoryClaim c) => c.Group.IsTotal && !c.IsPart && QuantityKey.SeverityOf(c.Claim).Length == 0;
        var totals = claims.Where(Plain).ToList();
        return claims.Select(c => Plain(c) || c.Claim.Scope == ClaimScope.Part || !FigureContext.NamesItsQuantity(c.Claim.Measure)
                || !totals.Any(t => t.Claim.Measure == c.Claim.Measure && t.Claim.Unit == c.Claim.Unit && t.Value.SameNumber(c.Value))
            ? c
            : c with { Group = SubjectGroup.Total, Claim = c.Claim with { Condition = null, Group = null } }).ToList();
    }

    /// <summary>One name is the other or ends with it ("schoolgirl", "girl").</summary>
    private static bool SameGroup(string a, string b) => a == b || Shortens(b, a) || Shortens(a, b);

    /// <summary>The shorter name is the end of the longer ("girl" of "schoolgirl"), and long enough to be a word.</summary>
    private static bool Shortens(string longer, string shorter) => shorter.Length >= 3 && longer.EndsWith(shorter, StringComparison.Ordinal);

    /// <summary>The group named in <paramref name="text"/>: the last one when <paramref name="fromEnd"/>, else the first.</summary>
    private static SubjectGroup? Cue(string text, bool fromEnd)
    {
        var found = new[] { (Security, SecurityCue()), (Protesters, ProtesterCue()), (Civilians, CivilianCue()) }
            .SelectMany(g => g.Item2.Matches(text).Select(m => (Group: g.Item1, m.Index)))
            .ToList();
        if (found.Count == 0) return null;
        return (fromEnd ? found.MaxBy(f => f.Index) : found.MinBy(f => f.Index)).Group;
    }
}

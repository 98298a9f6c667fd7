using System.Text.RegularExpressions;
using Corroborate.Core.Quantities;
using Corroborate.Core.Time;

namespace Corroborate.Core.Claims;

/// <summary>
/// Fills the frame of a claim besides its value: what is measured, who is counted, their condition, the trend
/// the text gives, and (over the whole article, <see cref="AssignScopes"/>) whether the figure is the event's
/// total, a part of one of its figures, or about another incident.
/// </summary>
public static partial class ClaimFrame
{
    private static readonly HashSet<string> ClosedCategories = new(StringComparer.Ordinal)
    {
        "dead", "injured", "arrested", "missing", "displaced", "evacuated", "troops", "population", "money",
    };

    /// <summary>The measures that count people: only these have groups, conditions and parts by group.</summary>
    private static readonly HashSet<string> PeopleMeasures = new(StringComparer.Ordinal)
    {
        "dead", "injured", "arrested", "missing", "displaced", "evacuated", "troops", "population",
        "abducted", "released", "rescued", "captive", "people",
    };

    public static bool CountsPeople(string measure) => PeopleMeasures.Contains(measure);

    /// <summary>The category a measure falls under: the closed categories by name, everything else is "other".</summary>
    public static string CategoryOf(string measure) => ClosedCategories.Contains(measure) ? measure : "other";

    /// <summary>Words that name people without narrowing them: a count of "people" has no group.</summary>
    private static readonly HashSet<string> PlainPeople = new(StringComparer.OrdinalIgnoreCase)
    {
        "people", "persons", "person", "individuals", "others", "lives", "casualties", "victims", "dead", "wounded", "injured",
        "killed", "arrested", "detained", "missing", "displaced", "evacuated", "deaths", "arrests", "injuries", "bodies",
    };

    private static readonly HashSet<string> Modifiers = new(StringComparer.OrdinalIgnoreCase) { "more", "other", "additional", "further", "extra", "another" };

    /// <summary>"abducted", "released", "captive", "rescued" from the number's clause, else "people".</summary>
    /// <remarks>
    /// As for categories, a cue ahead of the number in its clause wins ("the 218 girls still held captive"), up to the
    /// next number; else the nearest cue behind ("the release of 21 girls").
    /// </remarks>
    public static string PeopleEvent(string sentence, int start, int end, int nextNumber)
    {
        var (from, to) = Clause(sentence, start, end);
        to = Math.Min(to, Math.Max(end, nextNumber));
        string? ahead = null, behind = null;
        int aheadAt = int.MaxValue, behindAt = -1;
        foreach (var (measure, pattern) in FrameCues.PeopleEvents)
            foreach (Match m in pattern.Matches(sentence, from))
            {
                if (m.Index >= to) break;
                if (m.Index >= end && m.Index < aheadAt) (ahead, aheadAt) = (measure, m.Index);
                else if (m.Index + m.Length <= start && m.Index > behindAt) (behind, behindAt) = (measure, m.Index);
            }
        return ahead ?? behind ?? "people";
    }

    /// <summary>The dimension of a physical measure, refined by the words around it ("550 km high" is an altitude).</summary>
    public static string? PhysicalMeasure(string unit, string sentence, int start, int end)
    {
        if (FrameCues.DimensionOf(unit) is not { } dimension) return null;
        if (dimension != "distance") return dimension;
        var (from, to) = Clause(sentence, start, end);
        string near = sentence[Math.Max(from, start - 60)..Math.Min(to, end + 40)];
        if (FrameCues.Snow().IsMatch(near) && unit.StartsWith("inch", StringComparison.OrdinalIgnoreCase) | unit is "cm" or "feet" or "foot") return "snowfall";
        // "an altitude of 550 km", "550 km high", "a 40-metre-deep well", "dug 13m down": the word at the figure says which length.
        string before = sentence[Math.Max(from, start - 25)..start], after = sentence[end..Math.Min(to, end + 20)];
        if (FrameCues.AltitudeBefore().IsMatch(before) || FrameCues.AltitudeAfter().IsMatch(after)) return "altitude";
        if (FrameCues.DepthBefore().IsMatch(before) || FrameCues.DepthAfter().IsMatch(after)) return "depth";
        return dimension;
    }

    /// <summary>An article that speaks of snow more than once measures its inches and centimetres in snow.</summary>
    public static bool IsSnowStory(string text)
    {
        var m = FrameCues.Snow().Match(text);
        return m.Success && m.NextMatch().Success;
    }

    public static string InSnowStory(string measure, string unit) =>
        measure == "distance" && unit.ToLowerInvariant() is "inch" or "inches" or "cm" or "centimetres" or "centimeters" ? "snowfall" : measure;

    [GeneratedRegex(@"^[\s\p{L}-]{0,25}\(\s*(?:about|around|some|roughly|nearly|almost|approximately|or|more\s+than|over)?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex OpenParenthesis();

    /// <summary>A figure in brackets right after another of the same kind restates it in another unit.</summary>
    public static bool IsConversion(string sentence, int previousEnd, int start, NumericClaim previous, string measure, string unit) =>
        (previous.Measure == "money" && measure == "money"
         || FrameCues.DimensionOf(previous.Unit) is { } dimension && dimension == FrameCues.DimensionOf(unit))
        && previousEnd <= start && OpenParenthesis().IsMatch(sentence[previousEnd..start]);


    [GeneratedRegex(@",\s*(?:including|many\s+of\s+them|most\s+of\s+them|mostly|some\s+of\s+them|all\s+of\s+them|among\s+them)\s+[^,;.\d]{1,60},")]
    private static partial Regex Aside();

    /// <summary>"Four detained leaders were released": a participle between the number and its noun.</summary>
    [GeneratedRegex(@"^\s+(?<p>\p{L}+ed|held)\s+(?=\p{L})", RegexOptions.IgnoreCase)]
    private static partial Regex ModifierBeforeNoun();

    /// <summary>"21 schoolgirls captured by the group two years ago have been freed": a participle clause before the verb.</summary>
    [GeneratedRegex(@"^\s+(?:[\p{L}'’-]+\s+){1,4}?(?<p>\p{L}+ed|taken|held|seized)\s+(?:by|from|in|at|during|on|last|more|over)\b[^,;:]*?(?=\s(?:have|has|had)\s+been\s|\s(?:were|was|are|is)\s)", RegexOptions.IgnoreCase)]
    private static partial Regex ReducedRelative();

    /// <summary>
    /// The sentence as the cue rules should read it, offsets kept: asides that hold no number blanked ("Some 30
    /// civilians, including women and children, were killed"), and participles that only describe the counted
    /// people blanked when the clause's own verb has a cue ("Four detained leaders were released").
    /// </summary>
    public static string ReadingText(string sentence, IEnumerable<int> numberEnds)
    {
        var text = sentence.Contains(',')
            ? Aside().Replace(sentence, m => NumberWords.ContainsNumberWord(m.Value) ? m.Value : new string(' ', m.Length))
            : sentence;
        char[]? chars = null;
        foreach (int end in numberEnds)
        {
            string after = text[end..];
            if (ModifierBeforeNoun().Match(after) is { Success: true } modifier && HasCue(modifier.Groups["p"].Value)
                && HasCue(after[(modifier.Length)..ClauseEnd(after, modifier.Length)]))
                Blank(ref chars, text, end + modifier.Groups["p"].Index, modifier.Groups["p"].Length);
            else if (ReducedRelative().Match(after) is { Success: true } relative && HasCue(relative.Groups["p"].Value)
                && HasCue(after[relative.Length..ClauseEnd(after, relative.Length)]))
                Blank(ref chars, text, end + relative.Groups["p"].Index, relative.Length - relative.Groups["p"].Index);
        }
        return chars is null ? text : new string(chars);
    }

    private static int ClauseEnd(string text, int from)
    {
        var m = ClauseBreak().Match(text, from);
        return m.Success ? m.Index : text.Length;
    }

    private static void Blank(ref char[]? chars, string text, int start, int length)
    {
        chars ??= text.ToCharArray();
        for (int i = start; i < start + length; i++) chars[i] = ' ';
    }

    private static bool HasCue(string text) =>
        CategoryCues.Find(text).Count > 0 || FrameCues.PeopleEvents.Any(e => e.Pattern.IsMatch(text));

    /// <summary>A length of time that only places something in time ("two days ago", "over the past three years").</summary>
    public static bool IsRelativeTime(string sentence, int numberStart, int end) =>
        FrameCues.RelativeTimeAfter().IsMatch(sentence[end..])
        || FrameCues.RelativeTimeBefore().IsMatch(sentence[Math.Max(0, numberStart - 25)..numberStart]);

    /// <summary>The group counted, normalised: lower case, without "more"/"other" and quotes; null for plain people.</summary>
    public static string? Group(string? subject)
    {
        if (subject is null) return null;
        var words = WordPattern().Matches(subject.ToLowerInvariant()).Select(m => m.Value).SkipWhile(Modifiers.Contains).ToList();
        if (words.Count == 0 || PlainPeople.Contains(words[^1])) return null;
        return string.Join(' ', words);
    }

    /// <summary>The condition nearest the number in its clause, not reaching past the numbers on either side.</summary>
    public static string? Condition(string sentence, int start, int end, string measure, int previousNumberEnd, int nextNumber)
    {
        if (measure != "injured") return null;
        var (from, to) = Clause(sentence, start, end);
        from = Math.Max(from, Math.Min(start, previousNumberEnd));
        to = Math.Min(to, Math.Max(end, nextNumber));
        string? best = null;
        int bestDistance = int.MaxValue;
        foreach (var (condition, pattern) in FrameCues.Conditions)
            foreach (Match m in pattern.Matches(sentence[..to], from))
            {
                int distance = m.Index >= end ? m.Index - end : start - (m.Index + m.Length);
                if (distance >= 0 && distance < bestDistance) (best, bestDistance) = (condition, distance);
            }
        return best;
    }

    public static string? Trend(string sentence, int numberStart, int end, bool onlyFigure)
    {
        string before = sentence[Math.Max(0, numberStart - 90)..numberStart];
        foreach (var (trend, pattern) in FrameCues.TrendsBefore)
            if (pattern.IsMatch(before)) return trend;
        return onlyFigure && FrameCues.RisingSentence().IsMatch(sentence) ? "up" : null;
    }

    /// <summary>
    /// Scope over one article. Another incident: the clause says so ("last week", "since 2009", "an earlier attack")
    /// or dates it well before the article's report. A part: a subset marker ("including 10 children", "four of
    /// them"), or a narrower group or condition than a larger figure of the same measure in the same article.
    /// </summary>
    public static IReadOnlyList<NumericClaim> AssignScopes(Article article, IReadOnlyList<NumericClaim> claims)
    {
        var lede = LedePlaces(article);
        var scoped = claims.Select(c => c with { Scope = SentenceScope(article, c, lede) }).ToList();
        for (int i = 0; i < scoped.Count; i++)
        {
            var c = scoped[i];
            if (c.Scope != ClaimScope.Total || !CountsPeople(c.Measure) || c.Group is null && c.Condition is null) continue;
            bool narrower = scoped.Any(o => o.Scope == ClaimScope.Total && o.Measure == c.Measure && o.Low > c.High
                && (c.Group is not null && o.Group is null || c.Condition is not null && o.Condition is null));
            if (narrower) scoped[i] = c with { Scope = ClaimScope.Part };
        }
        // "34 inches on Christmas Day ... bringing the total to 62.9 inches": a figure below a stated running total is one of its parts.
        var totals = scoped.Where(c => c.Scope == ClaimScope.Total && IsCumulative(article, c)).ToList();
        for (int i = 0; i < scoped.Count; i++)
        {
            var c = scoped[i];
            if (c.Scope == ClaimScope.Total && !IsCumulative(article, c) && totals.Any(t => t.Measure == c.Measure && t.Low > c.High && t.Group == c.Group))
                scoped[i] = c with { Scope = ClaimScope.Part };
        }
        return scoped;
    }

    private static bool IsCumulative(Article article, NumericClaim c)
    {
        string sentence = article.Slice(c.Sentence);
        int start = c.Span.Start - c.Sentence.Start;
        return FrameCues.Cumulative().IsMatch(sentence[Math.Max(0, start - 50)..start]);
    }

    private const int LedeSentences = 2;

    /// <summary>Places the headline and the first two sentences name: where the story happens.</summary>
    private static HashSet<string> LedePlaces(Article article)
    {
        var sentences = SentenceSpans.Of(article);
        int ledeEnd = sentences.Count > LedeSentences ? sentences[LedeSentences - 1].End : article.Text.Length;
        if (article.Paragraphs.Count > 1) ledeEnd = Math.Min(ledeEnd, article.Paragraphs[1].Start);
        var places = article.Mentions.Where(m => m.Type == "LOC" && m.Start < ledeEnd).Select(m => m.Text).ToHashSet(StringComparer.OrdinalIgnoreCase);
        if (article.Title is { } title)
            foreach (var m in article.Mentions.Where(m => m.Type == "LOC" && title.Contains(m.Text, StringComparison.OrdinalIgnoreCase))) places.Add(m.Text);
        return places;
    }

    /// <summary>Casualties in a place the lede never names ("strikes in Kunduz that left 32 dead") belong to another incident.</summary>
    private static readonly HashSet<string> Casualties = new(StringComparer.Ordinal) { "dead", "injured" };

    private static bool ElsewherePlace(Article article, NumericClaim c, int from, int to, HashSet<string> lede) =>
        Casualties.Contains(c.Measure) && lede.Count > 0
        && article.Mentions.Any(m => m.Type == "LOC" && m.Start >= from && m.End <= to && !lede.Contains(m.Text)
            && PlacePreposition().IsMatch(article.Text.AsSpan(Math.Max(0, m.Start - 20), m.Start - Math.Max(0, m.Start - 20))));

    [GeneratedRegex(@"\b(?:in|near|at|of)\s+(?:the\s+)?(?:\p{L}+\s+){0,3}$", RegexOptions.IgnoreCase)]
    private static partial Regex PlacePreposition();

    private static ClaimScope SentenceScope(Article article, NumericClaim c, HashSet<string> lede)
    {
        string sentence = article.Slice(c.Sentence);
        int start = c.Span.Start - c.Sentence.Start, end = c.Span.End - c.Sentence.Start;
        var (from, to) = ScopeWindow(sentence, start, end);
        if (FrameCues.OtherIncident().IsMatch(sentence[from..to])) return ClaimScope.OtherIncident;
        if (DatedWellBefore(article, c, from + c.Sentence.Start, to + c.Sentence.Start)) return ClaimScope.OtherIncident;
        if (ElsewherePlace(article, c, from + c.Sentence.Start, to + c.Sentence.Start, lede)) return ClaimScope.OtherIncident;
        if (CountsPeople(c.Measure) && (FrameCues.SubsetBefore().IsMatch(sentence[Math.Max(0, start - 40)..start]) || FrameCues.SubsetAfter().IsMatch(sentence[end..])))
            return ClaimScope.Part;
        return ClaimScope.Total;
    }

    /// <summary>Days before the report beyond which a dated figure belongs to an earlier incident, not to a development of this one.</summary>
    private const int EarlierIncidentDays = 10;

    private static bool DatedWellBefore(Article article, NumericClaim c, int from, int to)
    {
        if (article.ReportingDate is not { } reported) return false;
        var dates = article.TimeExpressions
            .Where(t => t.Span.Start >= from && t.Span.End <= to && t.Date is not null && t.Role == TimeRole.Point)
            .Select(t => t.Precision switch
            {
                // A year or month is "well before" only when it ends before the report's.
                DatePrecision.Year => new DateOnly(t.Date!.Value.Year, 12, 31),
                DatePrecision.Month => new DateOnly(t.Date!.Value.Year, t.Date.Value.Month, 1).AddMonths(1).AddDays(-1),
                _ => t.Date!.Value,
            }).ToList();
        return dates.Count > 0 && dates.All(d => d.DayNumber < reported.DayNumber - EarlierIncidentDays);
    }

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex WordPattern();

    /// <summary>
    /// Where clauses meet: strong punctuation, a conjunction or subordinator ("..., and", "after he fell last week"),
    /// or an attribution set off by commas (", Reuters reported,").
    /// </summary>
    [GeneratedRegex(@"[;:–—]|,\s+(?:and|but|while|whereas|as)\b|\s(?:which|who|whom|whose|where|when|after|before|because|although|though|until)\s|,\s+(?:\p{Lu}[\p{L}.']*\s+){0,3}(?:said|says|reported|reports|told|added)\b,?|\s\((?!\d)")]
    private static partial Regex ClauseBreak();

    [GeneratedRegex(@"^\W*(?:\p{L}+\s+)?(?:when|after|before|while|as|once)\s", RegexOptions.IgnoreCase)]
    private static partial Regex FrontedSubordinate();

    [GeneratedRegex(@"^\s*(?:which|who|whom|whose|where|when|after|before|because|although|though|until)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Subordinator();

    /// <summary>
    /// The words whose time and place apply to a figure: its clause, and when that clause hangs off another ("failed
    /// when Boko Haram demanded $5.2 billion", "in which 30 people were killed"), the clause it hangs off too.
    /// </summary>
    private static (int From, int To) ScopeWindow(string sentence, int start, int end)
    {
        var (from, to) = Clause(sentence, start, end);
        var breaks = ClauseBreak().Matches(sentence).Where(m => m.Index + m.Length <= from).ToList();
        // "When it tested a missile on July 28, it reached 2,300 miles": a fronted subordinate clause dates the sentence.
        if (FrontedSubordinate().IsMatch(sentence)) return (0, to);
        if (breaks.Count == 0 || !Subordinator().IsMatch(breaks[^1].Value)) return (from, to);
        return (breaks.Count > 1 ? breaks[^2].Index + breaks[^2].Length : 0, to);
    }

    /// <summary>The clause around [start, end): between the nearest clause breaks on either side.</summary>
    public static (int From, int To) Clause(string sentence, int start, int end)
    {
        int from = 0, to = sentence.Length;
        foreach (Match m in ClauseBreak().Matches(sentence))
        {
            if (m.Index + m.Length <= start) from = m.Index + m.Length;
            else if (m.Index >= end) { to = m.Index; break; }
        }
        return (from, to);
    }
}

using System.Text.RegularExpressions;
using Corroborate.Core.Lexicons;

namespace Corroborate.Core.Claims;

/// <summary>
/// Fills the frame of a claim besides its value: what is measured, who is counted, their condition, the trend
/// the text gives. Scope, which needs the whole article, is <see cref="ClaimScopes"/>.
/// </summary>
public static partial class ClaimFrame
{
    /// <summary>The measures that count people: only these have groups, conditions and parts by group.</summary>
    private static readonly HashSet<string> PeopleMeasures = new(StringComparer.Ordinal)
    {
        "dead", "injured", "arrested", "missing", "displaced", "evacuated", "troops", "population",
        "abducted", "released", "rescued", "captive", "people",
    };

    public static bool CountsPeople(string measure) => PeopleMeasures.Contains(measure);

    /// <summary>Counts of people, money and shares: what claims were before lengths, durations and counts of things joined them.</summary>
    public static bool CountsPeopleMoneyOrShares(string measure) => CountsPeople(measure) || measure is "money" or "percent";

    /// <summary>The category a measure falls under: the closed categories by name, everything else is "other".</summary>
    public static string CategoryOf(string measure) =>
        Enum.TryParse<ClaimCategory>(measure, ignoreCase: true, out var category) && NumericClaim.CategoryName(category) == measure ? measure : "other";

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
        // "the more than 200 Chibok schoolgirls who were kidnapped": the relative clause says what happened to them.
        if (FrameCues.RelativeClauseAfter().Match(sentence, end) is { Success: true } relative && relative.Index == end)
            to = Math.Max(to, Clause(sentence, relative.Index + relative.Length, relative.Index + relative.Length).To);
        to = Math.Min(to, Math.Max(end, nextNumber));
        string? ahead = null, behind = null;
        foreach (var cue in PeopleEventCues(sentence))
        {
            if (cue.Start < from) continue;
            if (cue.Start >= to) break;
            if (cue.Start >= end) { ahead = cue.Measure; break; }
            if (cue.End <= start) behind = cue.Measure;
        }
        return ahead ?? behind ?? "people";
    }

    /// <summary>The people-event cues of the sentence read last on this thread, in text order (each number asks again).</summary>
    [ThreadStatic] private static (string Sentence, List<(int Start, int End, string Measure)> Cues)? _lastEvents;

    private static List<(int Start, int End, string Measure)> PeopleEventCues(string sentence)
    {
        if (_lastEvents is { } cached && ReferenceEquals(cached.Sentence, sentence)) return cached.Cues;
        var cues = new List<(int Start, int End, string Measure)>();
        foreach (var (measure, pattern) in FrameCues.PeopleEvents)
            foreach (var m in pattern.EnumerateMatches(sentence)) cues.Add((m.Index, m.Index + m.Length, measure));
        // Earlier cue first; at one position the event listed first in FrameCues wins.
        cues.Sort((a, b) => a.Start.CompareTo(b.Start));
        _lastEvents = (sentence, cues);
        return cues;
    }

    /// <summary>The dimension of a physical measure, refined by the words around it ("550 km high" is an altitude).</summary>
    public static string? PhysicalMeasure(string unit, string sentence, int start, int end)
    {
        if (Units.DimensionOf(unit) is not { } dimension) return null;
        if (dimension != "distance") return dimension;
        var (from, to) = Clause(sentence, start, end);
        var near = sentence.AsSpan()[Math.Max(from, start - 60)..Math.Min(to, end + 40)];
        if (FrameCues.Snow().IsMatch(near) && unit.StartsWith("inch", StringComparison.OrdinalIgnoreCase) | unit is "cm" or "feet" or "foot") return "snowfall";
        // "an altitude of 550 km", "550 km high", "a 40-metre-deep well", "dug 13m down": the word at the figure says which length.
        var before = sentence.AsSpan()[Math.Max(from, start - 25)..start];
        var after = sentence.AsSpan()[end..Math.Max(end, Math.Min(to, end + 20))];
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
         || Units.DimensionOf(previous.Unit) is { } dimension && dimension == Units.DimensionOf(unit))
        && previousEnd <= start && OpenParenthesis().IsMatch(sentence[previousEnd..start]);

    [GeneratedRegex(@",\s*(?:including|many\s+of\s+them|most\s+of\s+them|mostly|some\s+of\s+them|all\s+of\s+them|among\s+them)\s+[^,;.\d]{1,60},")]
    private static partial Regex Aside();

    private static readonly System.Buffers.SearchValues<string> AsideWords =
        System.Buffers.SearchValues.Create([", including", " of them", ", mostly", ", among them"], StringComparison.OrdinalIgnoreCase);

    /// <summary>"Four detained leaders were released": a participle between the number and its noun.</summary>
    [GeneratedRegex(@"\G\s+(?<p>\p{L}+ed|held)\s+(?=\p{L})", RegexOptions.IgnoreCase)]
    private static partial Regex ModifierBeforeNoun();

    /// <summary>"21 schoolgirls captured by the group two years ago have been freed": a participle clause before the verb.</summary>
    [GeneratedRegex(@"\G\s+(?:[\p{L}'’-]+\s+){1,4}?(?<p>\p{L}+ed|taken|held|seized)\s+(?:by|from|in|at|during|on|last|more|over)\b[^,;:]*?(?=\s(?:have|has|had)\s+been\s|\s(?:were|was|are|is)\s)", RegexOptions.IgnoreCase)]
    private static partial Regex ReducedRelative();

    /// <summary>
    /// The sentence as the cue rules should read it, offsets kept: asides that hold no number blanked ("Some 30
    /// civilians, including women and children, were killed"), and participles that only describe the counted
    /// people blanked when the clause's own verb has a cue ("Four detained leaders were released").
    /// </summary>
    public static string ReadingText(string sentence, IEnumerable<int> numberEnds)
    {
        var text = sentence.AsSpan().ContainsAny(AsideWords)
            ? Aside().Replace(sentence, m => NumberWords.ContainsNumberWord(m.Value) ? m.Value : new string(' ', m.Length))
            : sentence;
        char[]? chars = null;
        foreach (int end in numberEnds)
        {
            if (ModifierBeforeNoun().Match(text, end) is { Success: true } modifier && HasCue(modifier.Groups["p"].Value)
                && HasCue(text[(end + modifier.Length)..ClauseEnd(text, end + modifier.Length)]))
                Blank(ref chars, text, modifier.Groups["p"].Index, modifier.Groups["p"].Length);
            else if (ReducedRelative().Match(text, end) is { Success: true } relative && HasCue(relative.Groups["p"].Value)
                && HasCue(text[(end + relative.Length)..ClauseEnd(text, end + relative.Length)]))
                Blank(ref chars, text, relative.Groups["p"].Index, relative.Index + relative.Length - relative.Groups["p"].Index);
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
        FrameCues.RelativeTimeAfter().IsMatch(sentence.AsSpan(end))
        || FrameCues.RelativeTimeBefore().IsMatch(sentence.AsSpan()[Math.Max(0, numberStart - 25)..numberStart]);

    /// <summary>
    /// The group counted, normalised: lower case, without "more"/"other", quotes and name modifiers ("82 Nigerian
    /// Chibok schoolgirls" are schoolgirls; acronyms such as "US" stay); "crew members" are crew; null for plain people.
    /// </summary>
    public static string? Group(string? subject)
    {
        if (subject is null) return null;
        var words = WordPattern().Matches(subject).Select(m => m.Value).SkipWhile(w => Modifiers.Contains(w)).ToList();
        if (words.Count > 1) words = words.Where((w, i) => i == words.Count - 1 || !IsNameWord(w)).ToList();
        if (words.Count > 1 && words[^1].Equals("members", StringComparison.OrdinalIgnoreCase)) words.RemoveAt(words.Count - 1);
        if (words.Count == 0 || PlainPeople.Contains(words[^1])) return null;
        return string.Join(' ', words).ToLowerInvariant();
    }

    /// <summary>A capitalised word that is not an acronym: part of a name ("Chibok", "Boko Haram").</summary>
    private static bool IsNameWord(string w) => char.IsUpper(w[0]) && w.Skip(1).Any(char.IsLower);

    /// <summary>The condition nearest the number in its clause, not reaching past the numbers on either side.</summary>
    public static string? Condition(string sentence, int start, int end, string measure, int previousNumberEnd, int nextNumber)
    {
        if (measure != "injured") return null;
        var (from, to) = Clause(sentence, start, end);
        from = Math.Max(from, Math.Min(start, previousNumberEnd));
        to = Math.Min(to, Math.Max(end, nextNumber));
        // The condition usually follows its number ("20 others were slightly injured"), and how badly beats where they
        // were taken ("taken to hospital with serious injuries"): the nearest severity ahead, else the nearest cue
        // ahead, else the nearest behind.
        (string Condition, int Distance, int Rank)? best = null;
        foreach (var (condition, pattern) in FrameCues.Conditions)
            foreach (var m in pattern.EnumerateMatches(sentence.AsSpan(from, to - from)))
            {
                int at = from + m.Index;
                bool ahead = at >= end;
                int distance = ahead ? at - end : start - (at + m.Length);
                if (distance < 0) continue;
                int rank = !ahead ? 2 : condition is "stable" or "hospitalised" ? 1 : 0;
                if (best is not { } b || rank < b.Rank || rank == b.Rank && distance < b.Distance) best = (condition, distance, rank);
            }
        return best?.Condition;
    }

    public static string? Trend(string sentence, int numberStart, int end, bool onlyFigure, string measure)
    {
        var before = sentence.AsSpan()[Math.Max(0, numberStart - 90)..numberStart];
        // Most figures have no trend word before them: one pass over the window decides whether to try the patterns.
        if (before.ContainsAny(FrameCues.TrendWords))
            foreach (var (trend, pattern) in FrameCues.TrendsBefore)
                if (pattern.IsMatch(before)) return trend;
        // "picked up 20 people" is no rise; "up 3 percent" and "down $40" are, for shares and prices.
        if (measure is "percent" or "money")
            foreach (var bare in FrameCues.UpOrDownBefore().EnumerateMatches(before))
                return before.Slice(bare.Index, 2).Equals("up", StringComparison.OrdinalIgnoreCase) ? "up" : "down";
        var after = sentence.AsSpan(end);
        foreach (var (trend, pattern) in FrameCues.TrendsAfter)
            if (pattern.IsMatch(after)) return trend;
        return onlyFigure && FrameCues.RisingSentence().IsMatch(sentence) ? "up" : null;
    }

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex WordPattern();

    /// <summary>
    /// Where clauses meet: strong punctuation, a conjunction or subordinator ("..., and", "after he fell last week"),
    /// or an attribution set off by commas (", Reuters reported,").
    /// </summary>
    [GeneratedRegex(@"[;:–—]|,\s+(?:and|but|while|whereas|as)\b|\s(?:which|who|whom|whose|where|when|after|before|because|although|though|until)\s|,\s+(?:\p{Lu}[\p{L}.']*\s+){0,3}(?:" + ReportingVerbs.BetweenCommas + @")\b,?|\s\((?!\d)")]
    private static partial Regex ClauseBreak();

    /// <summary>The clause around [start, end): between the nearest clause breaks on either side.</summary>
    public static (int From, int To) Clause(string sentence, int start, int end)
    {
        int from = 0, to = sentence.Length;
        foreach (var (index, length) in ClauseBreaks(sentence))
        {
            if (index + length <= start) from = index + length;
            else if (index >= end) { to = index; break; }
        }
        return (from, to);
    }

    /// <summary>The clause breaks of the sentence read last on this thread: every number of a sentence asks again.</summary>
    [ThreadStatic] private static (string Sentence, List<(int Index, int Length)> Breaks)? _lastBreaks;

    /// <summary>Where the clauses of a sentence meet (see <see cref="ClauseBreak"/>), in text order.</summary>
    internal static List<(int Index, int Length)> ClauseBreaks(string sentence)
    {
        if (_lastBreaks is { } cached && ReferenceEquals(cached.Sentence, sentence)) return cached.Breaks;
        var breaks = ClauseBreak().Matches(sentence).Select(m => (m.Index, m.Length)).ToList();
        _lastBreaks = (sentence, breaks);
        return breaks;
    }
}

using System.Globalization;
using System.Text.RegularExpressions;
using Corroborate.Core.Lexicons;
using Corroborate.Core.Text;

namespace Corroborate.Core.Time;

/// <summary>
/// Finds date expressions in news English: absolute dates ("Thursday 6 January 2022", "Jan. 8", "on 2 January",
/// "January 2022", "in 2021"), weekdays ("on Thursday", "last Sunday", "this Saturday", "Sunday, the 2nd") and relative
/// expressions ("yesterday", "a week ago", "earlier this week", "since the start of the month"). Agency datelines
/// ("ALMATY, Jan.8 (Reuters) –") are marked as such because they state the reporting date.
/// </summary>
public static partial class TimeGrammar
{
    [GeneratedRegex(@"\b(?:(?<wd>" + WeekdayNames.Pattern + @"),?\s+)?(?:the\s+)?(?<day>\d{1,2})(?:st|nd|rd|th)?(?:\s+of)?\s+(?<month>" + MonthNames.Pattern + @")\b\.?(?:,?\s+(?<year>(?:1[89]|20)\d\d)\b)?")]
    private static partial Regex DayMonth();

    [GeneratedRegex(@"\b(?:(?<wd>" + WeekdayNames.Pattern + @"),?\s+)?(?<month>" + MonthNames.Pattern + @")\b\.?\s*(?<day>\d{1,2})(?:st|nd|rd|th)?\b(?![.,]?\d)(?:,?\s+(?<year>(?:1[89]|20)\d\d)\b)?")]
    private static partial Regex MonthDay();

    [GeneratedRegex(@"\b(?<month>" + MonthNames.Pattern + @")\b\.?,?\s+(?<year>(?:1[89]|20)\d\d)\b")]
    private static partial Regex MonthYear();

    [GeneratedRegex(@"\b(?<mod>(?i:in|since|until|till|by|from|during|early|late|mid|last|next|this|of|before|after))[\s-](?<month>" + MonthNames.Pattern + @")\b(?!\.?\s*\d)")]
    private static partial Regex MonthOnly();

    [GeneratedRegex(@"\b(?<mod>(?i:in|since|from|until|till|by|before|after|to|and|between|during|of))\s+(?<year>(?:1[89]|20)\d\d)\b(?![.,]\d|\s*(?:%|per\s*cent|percent))")]
    private static partial Regex BareYear();

    [GeneratedRegex(@"\b(?<year>(?:19|20)\d\d)-(?<month>[01]\d)-(?<day>[0-3]\d)\b")]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"\b(?:(?<mod>(?i:last|this|next|coming|past|tomorrow))\s+)?(?<wd>" + WeekdayNames.Pattern + @")(?:['’]s)?(?:\s+(?i:morning|afternoon|evening|night))?(?:,?\s+the\s+(?<dom>\d{1,2})(?:st|nd|rd|th)\b)?")]
    private static partial Regex Weekday();

    [GeneratedRegex(@"\b(?<word>(?i:the\s+day\s+before\s+yesterday|today|tonight|yesterday|tomorrow|last\s+night|this\s+(?:morning|afternoon|evening)))\b")]
    private static partial Regex DayWord();

    [GeneratedRegex(@"\b(?<n>\d{1,3}|(?i:a|an|" + NumberWords.OneToNinePattern + "|" + NumberWords.TenToNineteenPattern + @"))\s+(?<unit>(?i:day|week|month|year))s?\s+(?i:ago|earlier)\b")]
    private static partial Regex Ago();

    [GeneratedRegex(@"\b(?i:less\s+than|more\s+than|over|under|about|around|almost|nearly|some)\s+$")]
    private static partial Regex ApproximateBefore();

    [GeneratedRegex(@"\b(?<mod>(?i:last|this|next|past|coming|earlier\s+this|later\s+this))\s+(?<unit>(?i:week|month|year))\b")]
    private static partial Regex NamedPeriod();

    [GeneratedRegex(@"\b(?i:since|from)\s+the\s+(?i:start|beginning)\s+of\s+(?i:the|this)\s+(?<unit>(?i:week|month|year))\b")]
    private static partial Regex StartOfPeriod();

    [GeneratedRegex(@"(?:^|\n)[^\S\n]*\p{Lu}[\p{Lu}\p{M} .'’-]*,[^\S\n]*$")]
    private static partial Regex DatelinePlace();

    [GeneratedRegex(@"^[^\S\n]*(?:\([^)\n]{1,40}\))?[^\S\n]*[–—-]")]
    private static partial Regex DatelineAgency();

    [GeneratedRegex(@"\b(?i:will|shall|would|going\s+to|due\s+to|expected\s+to|set\s+to|scheduled|planned|plans\s+to|to\s+be\s+held|is\s+to|are\s+to)\b|['’]ll\b")]
    private static partial Regex FutureMarker();

    [GeneratedRegex(@"\b(?<word>(?i:since|until|till|by|from|for))\s+(?:(?i:the|late|early)\s+)?$")]
    private static partial Regex RoleWord();

    public static IReadOnlyList<TimeMention> Find(string text)
    {
        var found = new List<TimeMention>();
        foreach (Match m in IsoDate().Matches(text)) found.Add(Absolute(text, m, TimeKind.Absolute));
        foreach (Match m in DayMonth().Matches(text)) found.Add(Absolute(text, m, TimeKind.Absolute));
        foreach (Match m in MonthDay().Matches(text)) found.Add(Absolute(text, m, TimeKind.Absolute));
        foreach (Match m in MonthYear().Matches(text)) found.Add(Absolute(text, m, TimeKind.Absolute) with { Precision = DatePrecision.Month });
        foreach (Match m in MonthOnly().Matches(text)) found.Add(MonthOnlyMention(text, m));
        foreach (Match m in BareYear().Matches(text))
        {
            var g = m.Groups["year"];
            found.Add(Finish(text, new TimeMention(new TextSpan(g.Index, g.Index + g.Length), TimeKind.Absolute)
            {
                Year = int.Parse(g.Value, CultureInfo.InvariantCulture), Precision = DatePrecision.Year,
            }));
        }
        foreach (Match m in Weekday().Matches(text)) found.Add(WeekdayMention(text, m));
        foreach (Match m in DayWord().Matches(text)) found.Add(DayWordMention(text, m));
        foreach (Match m in Ago().Matches(text))
        {
            string n = m.Groups["n"].Value;
            int count = int.TryParse(n, out int d) ? d : NumberWords.ParseSmall(n) ?? 1;
            var unit = ParseUnit(m.Groups["unit"].Value);
            // "less than a week ago" is only roughly a day: keep it at the unit's own precision.
            bool approximate = ApproximateBefore().IsMatch(text[Math.Max(0, m.Index - 20)..m.Index]);
            found.Add(Finish(text, new TimeMention(Span(m), TimeKind.Relative)
            {
                Offset = -count, Unit = unit,
                Precision = unit is TimeUnit.Day || unit == TimeUnit.Week && !approximate ? DatePrecision.Day : (DatePrecision)(int)unit,
            }));
        }
        foreach (Match m in NamedPeriod().Matches(text))
        {
            string mod = m.Groups["mod"].Value.ToLowerInvariant();
            var unit = ParseUnit(m.Groups["unit"].Value);
            int offset = mod is "last" or "past" ? -1 : mod is "next" or "coming" ? 1 : 0;
            found.Add(Finish(text, new TimeMention(Span(m), TimeKind.Relative) { Offset = offset, Unit = unit, Precision = (DatePrecision)(int)unit }));
        }
        foreach (Match m in StartOfPeriod().Matches(text))
            found.Add(new TimeMention(Span(m), TimeKind.Relative) { Unit = ParseUnit(m.Groups["unit"].Value), StartOfPeriod = true, Role = TimeRole.Since });
        return KeepLongest(found, text.Length);
    }

    private static TimeMention Absolute(string text, Match m, TimeKind kind)
    {
        var mention = new TimeMention(Span(m), kind)
        {
            Year = m.Groups["year"].Success ? int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture) : null,
            Month = MonthNames.NumberOf(m.Groups["month"].Value),
            Day = m.Groups["day"].Success ? int.Parse(m.Groups["day"].Value, CultureInfo.InvariantCulture) : null,
            Weekday = m.Groups["wd"].Success ? ParseWeekday(m.Groups["wd"].Value) : null,
        };
        if (mention.Day is > 31 or < 1 || mention.Month is null) return mention with { Day = null, Month = null, Year = null };
        if (IsDateline(text, mention.Span)) mention = mention with { Kind = TimeKind.Dateline };
        return Finish(text, mention);
    }

    private static TimeMention MonthOnlyMention(string text, Match m)
    {
        var g = m.Groups["month"];
        string mod = m.Groups["mod"].Value.ToLowerInvariant();
        var modifier = mod == "last" ? WeekdayModifier.Last : mod == "next" ? WeekdayModifier.Next : mod == "this" ? WeekdayModifier.This : WeekdayModifier.None;
        int start = modifier == WeekdayModifier.None ? g.Index : m.Index;
        return Finish(text, new TimeMention(new TextSpan(start, g.Index + g.Length), TimeKind.Absolute)
        {
            Month = MonthNames.NumberOf(g.Value), Modifier = modifier, Precision = DatePrecision.Month,
        });
    }

    private static TimeMention WeekdayMention(string text, Match m)
    {
        string mod = m.Groups["mod"].Value.ToLowerInvariant();
        var modifier = mod switch
        {
            "last" or "past" => WeekdayModifier.Last,
            "this" => WeekdayModifier.This,
            "next" or "coming" or "tomorrow" => WeekdayModifier.Next,
            _ => WeekdayModifier.None,
        };
        return Finish(text, new TimeMention(Span(m), TimeKind.Weekday)
        {
            Weekday = ParseWeekday(m.Groups["wd"].Value),
            Modifier = modifier,
            Day = m.Groups["dom"].Success ? int.Parse(m.Groups["dom"].Value, CultureInfo.InvariantCulture) : null,
        });
    }

    private static TimeMention DayWordMention(string text, Match m)
    {
        string word = Regex.Replace(m.Groups["word"].Value.ToLowerInvariant(), @"\s+", " ");
        int offset = word switch
        {
            "the day before yesterday" => -2,
            "yesterday" or "last night" => -1,
            "tomorrow" => 1,
            _ => 0,
        };
        return Finish(text, new TimeMention(Span(m), TimeKind.Relative) { Offset = offset, Unit = TimeUnit.Day });
    }

    /// <summary>Adds the role ("since", "until") and the tense of the clause around the expression.</summary>
    private static TimeMention Finish(string text, TimeMention mention)
    {
        int lookback = Math.Max(0, mention.Span.Start - 40);
        string before = text[lookback..mention.Span.Start];
        var role = RoleWord().Match(before) is { Success: true } r
            ? r.Groups["word"].Value.ToLowerInvariant() switch
            {
                "since" or "from" => TimeRole.Since,
                "until" or "till" or "by" => TimeRole.Until,
                _ => TimeRole.Point,
            }
            : TimeRole.Point;
        return mention with { Role = role, Future = IsFutureClause(text, mention.Span.Start) };
    }

    /// <summary>A future marker ("will", "would be held", "is due to") between the clause start and the expression.</summary>
    private static bool IsFutureClause(string text, int position)
    {
        int start = position;
        while (start > 0 && position - start < 90 && text[start - 1] is not ('.' or ';' or '\n' or '!' or '?')) start--;
        return FutureMarker().IsMatch(text.AsSpan(start, position - start).ToString());
    }

    private static bool IsDateline(string text, TextSpan span)
    {
        int lineStart = text.LastIndexOf('\n', Math.Max(0, span.Start - 1)) + 1;
        if (span.Start - lineStart > 40) return false;
        string place = text[(lineStart > 0 ? lineStart - 1 : 0)..span.Start];
        return DatelinePlace().IsMatch(place) && DatelineAgency().IsMatch(text.AsSpan(span.End, Math.Min(50, text.Length - span.End)).ToString());
    }

    /// <summary>Overlapping matches keep the longest; ties keep the earliest.</summary>
    private static List<TimeMention> KeepLongest(List<TimeMention> found, int textLength)
    {
        var taken = new TakenCharacters(textLength);
        var kept = found.Where(m => m.Month is not null || m.Kind != TimeKind.Absolute || m.Year is not null)
            .OrderByDescending(m => m.Span.Length).ThenBy(m => m.Span.Start)
            .Where(m => taken.TryTake(m.Span)).ToList();
        kept.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return kept;
    }

    private static TextSpan Span(Match m) => new(m.Index, m.Index + m.Length);

    private static DayOfWeek ParseWeekday(string name) => Enum.Parse<DayOfWeek>(name, ignoreCase: true);

    private static TimeUnit ParseUnit(string unit) => Enum.Parse<TimeUnit>(unit, ignoreCase: true);
}

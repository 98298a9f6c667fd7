namespace Corroborate.Core.Time;

/// <summary>
/// Turns a <see cref="TimeMention"/> into a calendar date relative to the day the article reports from. Weeks run
/// Monday to Sunday. Past tense is the default in news: a bare weekday is the most recent such day (today included),
/// unless the clause is in the future tense.
/// </summary>
public static class TimeResolver
{
    public static DateOnly? Resolve(TimeMention m, DateOnly? anchor, int? yearHint = null) => m.Kind switch
    {
        TimeKind.Absolute or TimeKind.Dateline => ResolveAbsolute(m, anchor, yearHint),
        TimeKind.Weekday when anchor is { } a => ResolveWeekday(m, a),
        TimeKind.Relative when anchor is { } a => ResolveRelative(m, a),
        _ => null,
    };

    public static TimeExpression ToExpression(string text, TimeMention m, DateOnly? anchor, int? yearHint = null) =>
        new(m.Span, text[m.Span.Start..m.Span.End], m.Kind, m.Role, Resolve(m, anchor, yearHint), m.Precision);

    private static DateOnly? ResolveAbsolute(TimeMention m, DateOnly? anchor, int? yearHint)
    {
        if (m.Month is not { } month)
            return m.Year is { } y ? new DateOnly(y, 1, 1) : null;
        int day = m.Day ?? 1;
        if (m.Year is { } year) return Valid(year, month, day);
        if (anchor is not { } a)
            return yearHint is { } hint ? Valid(hint, month, day) : null;
        var candidates = new[] { a.Year - 1, a.Year, a.Year + 1 }
            .Select(y => Valid(y, month, day)).OfType<DateOnly>().ToList();
        if (m.Day is null)
        {
            // A month alone: the most recent such month, or the coming one in a future clause or after "next".
            var starts = candidates.Select(c => new DateOnly(c.Year, c.Month, 1)).ToList();
            var thisMonth = new DateOnly(a.Year, a.Month, 1);
            return m.Modifier switch
            {
                WeekdayModifier.Last => starts.Where(s => s < thisMonth).Max(),
                WeekdayModifier.Next => starts.Where(s => s > thisMonth).Min(),
                _ when m.Future => starts.Where(s => s >= thisMonth).Min(),
                _ => starts.Where(s => s <= thisMonth).Max(),
            };
        }
        if (m.Future) return candidates.Where(c => c >= a).DefaultIfEmpty(candidates[^1]).Min();
        // Nearest to the anchor; a date a few days ahead is still this year's, not last year's.
        return candidates.OrderBy(c => Math.Abs(c.DayNumber - a.DayNumber)).ThenBy(c => c.DayNumber).First();
    }

    private static DateOnly ResolveWeekday(TimeMention m, DateOnly anchor)
    {
        var weekday = m.Weekday!.Value;
        int back = ((int)anchor.DayOfWeek - (int)weekday + 7) % 7;   // days since the most recent such day
        var date = m.Modifier switch
        {
            WeekdayModifier.Last => anchor.AddDays(back == 0 ? -7 : -back),
            WeekdayModifier.Next => anchor.AddDays(back == 0 ? 7 : 7 - back),
            WeekdayModifier.This => MondayOf(anchor).AddDays(((int)weekday + 6) % 7),
            _ when m.Future => anchor.AddDays(back == 0 ? 7 : 7 - back),
            _ => anchor.AddDays(-back),
        };
        if (m.Day is { } dom && date.Day != dom)
        {
            // "Sunday, the 2nd": the same weekday in a nearby week whose date matches, if any.
            for (int weeks = 1; weeks <= 6; weeks++)
                foreach (var shifted in new[] { date.AddDays(-7 * weeks), date.AddDays(7 * weeks) })
                    if (shifted.Day == dom) return shifted;
        }
        return date;
    }

    private static DateOnly ResolveRelative(TimeMention m, DateOnly anchor)
    {
        if (m.StartOfPeriod) return StartOf(anchor, m.Unit);
        return m.Unit switch
        {
            TimeUnit.Day => anchor.AddDays(m.Offset),
            TimeUnit.Week when m.Precision == DatePrecision.Day => anchor.AddDays(7 * m.Offset),
            TimeUnit.Week => MondayOf(anchor).AddDays(7 * m.Offset),
            TimeUnit.Month when m.Precision == DatePrecision.Day => anchor.AddMonths(m.Offset),
            TimeUnit.Month => StartOf(anchor, TimeUnit.Month).AddMonths(m.Offset),
            _ => StartOf(anchor, TimeUnit.Year).AddYears(m.Offset),
        };
    }

    private static DateOnly StartOf(DateOnly d, TimeUnit unit) => unit switch
    {
        TimeUnit.Week => MondayOf(d),
        TimeUnit.Month => new DateOnly(d.Year, d.Month, 1),
        TimeUnit.Year => new DateOnly(d.Year, 1, 1),
        _ => d,
    };

    public static DateOnly MondayOf(DateOnly d) => d.AddDays(-(((int)d.DayOfWeek + 6) % 7));

    private static DateOnly? Valid(int year, int month, int day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day) : null;
}

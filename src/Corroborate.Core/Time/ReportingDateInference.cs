namespace Corroborate.Core.Time;

/// <summary>
/// The day an article reports from. A publication date given with the article (input metadata, feed or page) is
/// that day: a follow-up published on 5 August that retells a 14 July attack reports on 5 August. Only an article
/// without one gets a day inferred from its text. Candidates are an agency dateline, the days just after the
/// absolute dates the text mentions and, for a story, the days around its other articles' dates. Each candidate is
/// scored by how well the text fits it: "this Saturday" wants a Saturday, "last Sunday, the 2nd" wants a week in
/// which that Sunday was the 2nd, mentioned events should lie in the recent past, and relative expressions should
/// land on days the story's other articles also talk about. When the text's own clock (its dateline and relative
/// expressions) points to a day well away from the given date, the result keeps the given date and says so in
/// <see cref="Result.Conflict"/>, with the text's day in <see cref="Result.TextDate"/>: a note, never an override.
/// </summary>
public static class ReportingDateInference
{
    public const string DatelineConflict = "dateline_conflict";

    /// <summary>Metadata that is this many days away from the text's evidence is flagged as contradicting it.</summary>
    public const int ConflictDays = 3;

    private const double MetadataWeight = 1.5;
    private const double DatelineWeight = 4;
    private const double ReportingWeekdayWeight = 1;
    private const double DayOfMonthWeight = 1.5;
    private const double RecentEventWeight = 0.5;
    private const double StaleEventPenalty = 0.5;
    private const double StoryDateWeight = 1;
    private const double LookbackPenaltyPerDay = 0.05;

    /// <param name="Date">The reporting day: the given date, else the inferred one.</param>
    /// <param name="TextDate">On a conflict, the day the text's own clock points to.</param>
    public sealed record Result(DateOnly? Date, string? Conflict, DateOnly? TextDate = null);

    /// <param name="storyDates">Days that the story's other articles mention, or null for a lone article.</param>
    public static Result Infer(IReadOnlyList<TimeMention> mentions, DateOnly? published, int? yearHint = null, IReadOnlySet<DateOnly>? storyDates = null)
    {
        int? year = published?.Year ?? mentions.FirstOrDefault(m => m.Year is not null && m.Precision == DatePrecision.Day)?.Year ?? yearHint;
        var candidates = new HashSet<DateOnly>();
        if (published is { } p) candidates.Add(p);
        // Dates the text pins down: absolute dates, and weekdays with a day of the month ("last Sunday, the 2nd").
        foreach (var m in mentions.Where(m => m.Kind is TimeKind.Absolute or TimeKind.Dateline && m.Day is not null && m.Month is not null
                                              || m.Kind == TimeKind.Weekday && m.Day is not null && published is not null))
            if (TimeResolver.Resolve(m, published, year) is { } d)
                for (int k = 0; k <= 7; k++) candidates.Add(d.AddDays(k));
        if (storyDates is not null)
            foreach (var d in storyDates)
                for (int k = -3; k <= 3; k++) candidates.Add(d.AddDays(k));
        if (candidates.Count == 0) return new Result(null, null);

        var best = candidates
            .Select(c => (Date: c, Score: Score(c, mentions, published, storyDates, ownClockOnly: false)))
            .OrderByDescending(x => x.Score)
            .ThenBy(x => x.Date == published ? 0 : 1)
            .ThenBy(x => x.Date.DayNumber)
            .First().Date;
        if (published is not { } pub) return new Result(best, null);
        // Mentioning an earlier day is what follow-ups do; only the text's own clock (a dateline, "this Saturday",
        // "arrested Thursday") reading better from the other day, alone or against the story's days, says the given
        // date is wrong.
        bool conflict = Math.Abs(pub.DayNumber - best.DayNumber) >= ConflictDays
            && Score(best, mentions, null, storyDates, ownClockOnly: true) > Score(pub, mentions, null, storyDates, ownClockOnly: true);
        return conflict ? new Result(pub, DatelineConflict, best) : new Result(pub, null);
    }

    private static double Score(DateOnly c, IReadOnlyList<TimeMention> mentions, DateOnly? published, IReadOnlySet<DateOnly>? storyDates, bool ownClockOnly)
    {
        double score = c == published ? MetadataWeight : 0;
        var resolvedDays = new HashSet<DateOnly>();
        foreach (var m in mentions)
        {
            if (TimeResolver.Resolve(m, c) is not { } d) continue;
            if (m.Precision == DatePrecision.Day && m.Role == TimeRole.Point) resolvedDays.Add(d);
            switch (m.Kind)
            {
                case TimeKind.Dateline:
                    if (d == c) score += DatelineWeight;
                    break;
                case TimeKind.Weekday:
                    if (m.Modifier == WeekdayModifier.This && !m.Future && c.DayOfWeek == m.Weekday) score += ReportingWeekdayWeight;
                    // Read from the right day, "last Sunday, the 2nd" needs no shifting to reach the 2nd.
                    if (m.Day is { } dom && TimeResolver.Resolve(m with { Day = null }, c) is { } plain)
                        score += plain.Day == dom ? DayOfMonthWeight : -DayOfMonthWeight;
                    if (!m.Future && m.Modifier != WeekdayModifier.Next) score -= LookbackPenaltyPerDay * (c.DayNumber - d.DayNumber);
                    break;
                case TimeKind.Absolute when m.Day is not null && !m.Future && !ownClockOnly:
                    int gap = c.DayNumber - d.DayNumber;
                    if (gap is >= 0 and <= 7) score += RecentEventWeight;
                    else if (gap > 10) score -= StaleEventPenalty;
                    if (m.Weekday is { } wd && m.Modifier == WeekdayModifier.None && d.DayOfWeek != wd) score -= DayOfMonthWeight;
                    break;
            }
        }
        if (storyDates is not null) score += StoryDateWeight * resolvedDays.Count(storyDates.Contains);
        return score;
    }
}

namespace Corroborate.Core.Time;

public enum DatePrecision { Day, Week, Month, Year }

public enum TimeKind { Absolute, Weekday, Relative, Dateline }

/// <summary>How an expression relates to the events around it: a point, or the start or end of a period.</summary>
public enum TimeRole { Point, Since, Until }

/// <summary>Which occurrence of a weekday is meant.</summary>
public enum WeekdayModifier { None, Last, This, Next }

/// <summary>Calendar units of relative expressions ("two weeks ago", "last month").</summary>
public enum TimeUnit { Day, Week, Month, Year }

/// <summary>
/// A date expression as written, before it is resolved against a reporting date. Only the parts the text gives are
/// set: "8 January" has a month and a day, "on Thursday" a weekday, "a week ago" a relative offset.
/// </summary>
public sealed record TimeMention(TextSpan Span, TimeKind Kind)
{
    public int? Year { get; init; }
    public int? Month { get; init; }
    public int? Day { get; init; }
    public DayOfWeek? Weekday { get; init; }
    public WeekdayModifier Modifier { get; init; }
    /// <summary>For relative expressions: how many units away (negative = past), and the unit.</summary>
    public int Offset { get; init; }
    public TimeUnit Unit { get; init; }
    /// <summary>Relative expressions that name the start of the current period ("since the start of the month").</summary>
    public bool StartOfPeriod { get; init; }
    public TimeRole Role { get; init; }
    /// <summary>The surrounding clause is in the future tense ("will be held on Monday").</summary>
    public bool Future { get; init; }

    public DatePrecision Precision { get; init; } = DatePrecision.Day;
}

/// <summary>A date expression resolved against the article's reporting date; <see cref="Date"/> is null when no anchor was known.</summary>
public sealed record TimeExpression(TextSpan Span, string Text, TimeKind Kind, TimeRole Role, DateOnly? Date, DatePrecision Precision)
{
    /// <summary>The date written to the precision it is known to: 2022-01-06, 2022-W01 is given as its Monday, 2022-01, 2022.</summary>
    public string? Formatted => Date is { } d ? DateFormat.Format(d, Precision) : null;
}

public static class DateFormat
{
    public static string Format(DateOnly date, DatePrecision precision) => precision switch
    {
        DatePrecision.Year => date.ToString("yyyy", System.Globalization.CultureInfo.InvariantCulture),
        DatePrecision.Month => date.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture),
        _ => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
    };
}

namespace Corroborate.Core.Stories;

/// <summary>
/// When an article happened for time decay: its date, and for an article whose metadata date the time stage
/// found contradicting its text, that metadata date as well. Either may be the right one (a crawl date on an old
/// report, or a day inferred from other dates the text mentions), so a story near either date can claim the article.
/// </summary>
public readonly record struct StoryTime(DateTimeOffset? Date, DateTimeOffset? OtherDate = null)
{
    public static implicit operator StoryTime(DateTimeOffset? date) => new(date);

    /// <summary>Of the article's dates, the one nearest <paramref name="reference"/> (the first when there is no reference).</summary>
    public DateTimeOffset? NearestTo(DateTimeOffset? reference) =>
        reference is { } r && Date is { } d && OtherDate is { } o && Math.Abs((o - r).Ticks) < Math.Abs((d - r).Ticks) ? o : Date ?? OtherDate;
}

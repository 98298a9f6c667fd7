namespace Corroborate.Core.Time;

/// <summary>
/// Corpus part of reporting-date inference: the articles of one story check each other. An article without a
/// usable date borrows the story's year, and an article whose relative expressions ("this Saturday", "arrested
/// Thursday") only land on the story's days when read from another day is moved to that day and flagged.
/// </summary>
public static class StoryDateInference
{
    /// <summary>Returns the story's articles, in the same order, with reporting dates and time expressions revised.</summary>
    public static IReadOnlyList<Article> Apply(IReadOnlyList<Article> story)
    {
        if (story.Count < 2) return story;
        int? year = story.Select(a => a.ReportingDate?.Year).OfType<int>()
            .GroupBy(y => y).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).Select(g => (int?)g.Key).FirstOrDefault();
        var dated = story.Select(a => a.ReportingDate is null && year is not null ? TimeStage.Apply(a, year, null) : a).ToList();
        // How many articles mention each day: the days the others mention are those still counted without this
        // article, found in one pass instead of a union over the others for every article.
        var own = dated.Select(a => DaysMentioned(a).ToHashSet()).ToList();
        var articlesMentioning = new Dictionary<DateOnly, int>();
        foreach (var day in own.SelectMany(days => days)) articlesMentioning[day] = articlesMentioning.GetValueOrDefault(day) + 1;
        var revised = new List<Article>(dated.Count);
        for (int i = 0; i < dated.Count; i++)
        {
            var others = articlesMentioning.Where(p => p.Value > (own[i].Contains(p.Key) ? 1 : 0)).Select(p => p.Key).ToHashSet();
            revised.Add(others.Count == 0 || FitsStory(dated[i], others) ? dated[i] : TimeStage.Apply(dated[i], year, others));
        }
        return revised;
    }

    /// <summary>
    /// An article's own reading stands when most of the days it mentions fall within the story's span: nearby
    /// stories mention many days, so matching them is weak evidence, but an article whose every day lies outside
    /// the span has been read from the wrong day.
    /// </summary>
    private static bool FitsStory(Article a, HashSet<DateOnly> storyDays)
    {
        if (a.ReportingDate is null) return false;
        var days = DaysMentioned(a).ToList();
        DateOnly first = storyDays.Min().AddDays(-1), last = storyDays.Max().AddDays(1);
        return days.Count(d => d >= first && d <= last) * 2 >= days.Count;
    }

    /// <summary>The reporting day and the days the article's day-precise expressions point to.</summary>
    private static IEnumerable<DateOnly> DaysMentioned(Article a)
    {
        if (a.ReportingDate is { } r) yield return r;
        foreach (var e in a.TimeExpressions)
            if (e.Date is { } d && e.Precision == DatePrecision.Day && e.Role == TimeRole.Point) yield return d;
    }
}

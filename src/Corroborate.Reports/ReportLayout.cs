using System.Globalization;

namespace Corroborate.Reports;

/// <summary>
/// How report.md and report.html are laid out (docs/report-format.md, "report.md and report.html"). A report of at most
/// <see cref="OnePageArticles"/> articles and <see cref="OnePageStories"/> stories is one page, as it always was: one
/// file is easiest to search, print and pass on, and at that size it still opens at once. A larger report is split: the
/// page starts with an index of every story, most important first (<see cref="StoryImportance"/>), shows the first
/// stories of the index in
/// full, and gives every other story a page of its own under <see cref="StoriesFolder"/>.
/// </summary>
public sealed class ReportLayout
{
    public const int OnePageArticles = 300, OnePageStories = 100;

    /// <summary>A split report's main page shows the first stories of the index in full while they number at most
    /// <see cref="StoriesInFull"/> and hold at most <see cref="ArticlesInFull"/> articles together.</summary>
    public const int StoriesInFull = 25, ArticlesInFull = 200;

    public const string StoriesFolder = "stories";

    private ReportLayout(bool split, IReadOnlyList<IndexedStory> index) => (Split, Index) = (split, index);

    public bool Split { get; }

    /// <summary>Every story of a split report in index order; empty for a one-page report.</summary>
    public IReadOnlyList<IndexedStory> Index { get; }

    public IEnumerable<IndexedStory> InFull => Index.Where(s => s.InFull);

    public IEnumerable<IndexedStory> OnOwnPage => Index.Where(s => !s.InFull);

    public static ReportLayout Of(Report report)
    {
        // Without a stories section there is nothing to split by.
        if (report.Stories is not { } stories || (report.Articles.Count <= OnePageArticles && stories.Count <= OnePageStories))
            return new ReportLayout(false, []);
        var ranked = StoryImportance.Order(report);
        var index = new List<IndexedStory>(ranked.Count);
        int articlesInFull = 0;
        bool filling = true;
        foreach (var (story, importance) in ranked)
        {
            // The stories in full are a prefix of the index, so "in full" always means "among the first".
            filling = filling && index.Count < StoriesInFull && articlesInFull + story.ArticleCount <= ArticlesInFull;
            if (filling) articlesInFull += story.ArticleCount;
            index.Add(new IndexedStory(story, importance, filling));
        }
        return new ReportLayout(true, index);
    }

    /// <summary>A story id as the story analysis sections write it.</summary>
    public static string Key(int storyId) => storyId.ToString(CultureInfo.InvariantCulture);
}

/// <param name="Importance">What places the story in the index (<see cref="StoryImportance"/>).</param>
/// <param name="InFull">Shown in full on the main page; otherwise on its own page.</param>
public sealed record IndexedStory(ReportStory Story, StoryImportance Importance, bool InFull)
{
    public string Key => ReportLayout.Key(Story.Id);

    /// <summary>The story's own page, relative to the report folder: stories/ID.html or stories/ID.md.</summary>
    public string PagePath(string extension) => $"{ReportLayout.StoriesFolder}/{Key}.{extension}";

    /// <summary>First and last day seen, "2024-05-01 – 2024-05-03", or one day, or empty when undated.</summary>
    public string Dates
    {
        get
        {
            string first = Story.FirstSeen?[..10] ?? "", last = Story.LastSeen?[..10] ?? "";
            return first == last ? first : $"{first} – {last}";
        }
    }
}

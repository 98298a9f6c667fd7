using Corroborate.Core.Quantities;
using Corroborate.Core.Store;
using Corroborate.Core.Stories;
using Corroborate.Core.Time;

namespace Corroborate.Core.Claims;

/// <summary>
/// The story step of claim extraction: the articles of one story check each other's reporting dates, and the
/// claims of an article are read again against its revised date so that their as-of dates follow.
/// </summary>
public static class ClaimAnalysis
{
    private static readonly IArticleStage[] Rereads = [new QuantityStage(), new ClaimStage()];

    /// <param name="storyOf">The story of an article id (see <see cref="StoriesOf"/>); articles without one stand alone.</param>
    public static IReadOnlyList<Article> Run(IReadOnlyList<Article> articles, Func<string, int?> storyOf)
    {
        var revised = articles.ToArray();
        var stories = Enumerable.Range(0, articles.Count)
            .Where(i => storyOf(articles[i].Id) is not null)
            .GroupBy(i => storyOf(articles[i].Id)!.Value)
            .Select(g => g.ToList())
            .Where(members => members.Count > 1);
        foreach (var (members, dated) in stories.InOrder().Select(members => (members, Redate(members.Select(i => articles[i]).ToList()))))
            for (int k = 0; k < members.Count; k++) revised[members[k]] = dated[k];
        return revised;
    }

    /// <summary>
    /// One story's articles with their dates checked against each other and, where that changed an article's dates,
    /// its figures read again. An article whose dates stand is returned as it is: its figures were read by the same
    /// stages from the same dates.
    /// </summary>
    private static IReadOnlyList<Article> Redate(IReadOnlyList<Article> story)
    {
        var dated = StoryDateInference.Apply(story);
        return dated.Select((article, k) => ReferenceEquals(article, story[k])
            ? article
            : Rereads.Aggregate(article, (a, stage) => stage.Process(a))).ToList();
    }

    /// <summary>For articles in no store (evals, benchmarks, tests): stories found by <see cref="StoryStage.AssignInMemory"/>.</summary>
    public static IReadOnlyList<Article> RunInMemory(IReadOnlyList<Article> articles) => Run(articles, StoryStage.AssignInMemory(articles));

    /// <summary>The stories the store placed articles in (<see cref="IStoryStore.ListArticleStories()"/>), by article id.</summary>
    public static Func<string, int?> StoriesOf(IEnumerable<ArticleStory> placements)
    {
        var stories = placements.Where(p => p.Story is not null).ToDictionary(p => p.ArticleId, p => p.Story);
        return id => stories.GetValueOrDefault(id);
    }

    /// <summary>All the articles as one story (a story page's members).</summary>
    public static Func<string, int?> OneStory { get; } = _ => 0;
}

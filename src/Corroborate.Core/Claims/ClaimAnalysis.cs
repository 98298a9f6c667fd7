using Corroborate.Core.Quantities;
using Corroborate.Core.Time;

namespace Corroborate.Core.Claims;

/// <summary>
/// The corpus step of claim extraction: related articles check each other's reporting dates, and the claims of
/// an article are read again against its revised date so that their as-of dates follow.
/// </summary>
public static class ClaimAnalysis
{
    private static readonly IArticleStage[] Rereads = [new QuantityStage(), new ClaimStage()];

    /// <summary>Gives stored articles back their annotations (<see cref="Pipeline.Annotate"/>), then runs <see cref="Run"/>.</summary>
    public static IReadOnlyList<Article> Annotate(IReadOnlyList<Article> articles) =>
        Run(articles.AsParallel().AsOrdered().Select(Pipeline.Annotate).ToList());

    public static IReadOnlyList<Article> Run(IReadOnlyList<Article> articles)
    {
        var revised = articles.ToArray();
        foreach (var group in RelatedArticles.Groups(articles).Where(g => g.Count > 1))
        {
            var dated = StoryDateInference.Apply(group.Select(i => articles[i]).ToList());
            for (int k = 0; k < group.Count; k++)
                revised[group[k]] = Rereads.Aggregate(dated[k], (article, stage) => stage.Process(article));
        }
        return revised;
    }
}

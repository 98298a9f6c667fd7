using Corroborate.Core.Entities.Resolution;
using Corroborate.Core.Reconciliation;

namespace Corroborate.Core.Stories;

/// <summary>A term an article shares with the rest of its story: its weight, and how many others have it.</summary>
public sealed record SharedTerm(string Term, double Weight, int OtherArticles);

/// <summary>A canonical entity an article names, with how many other members of its story name it too.</summary>
public sealed record SharedEntity(string Id, string Canonical, string Type, int OtherArticles);

/// <summary>A figure (category and value) an article gives that other members of its story give too.</summary>
public sealed record SharedFigure(string Category, string Figure, int OtherArticles);

/// <summary>Why an article is in its story: what it shares with the story's other articles.</summary>
public sealed record ArticleLinkReasons(
    string ArticleId, IReadOnlyList<SharedTerm> Terms, IReadOnlyList<SharedEntity> Entities,
    IReadOnlyList<SharedFigure> Figures);

/// <summary>
/// Explains a story's membership from the stored annotations: for each article, the terms the story stage weighs
/// that the other members also have, the canonical entities it shares with them and the figures they also give.
/// A term's weight is the one the story stage starts from (log count times the headline or entity boost) times the
/// share of the other members that have it, so a term the whole story uses outranks one that only a single other
/// article repeats. Nothing is re-run: terms come from the text, entities and figures from the stored annotations.
/// </summary>
public static class StoryLinkReasons
{
    public const int MaxTerms = 10, MaxEntities = 10, MaxFigures = 10;

    /// <param name="members">The story's articles, annotated (mentions and claims).</param>
    /// <param name="entities">The canonical entities mentioned in them.</param>
    public static IReadOnlyList<ArticleLinkReasons> Explain(
        IReadOnlyList<Article> members, IReadOnlyList<ResolvedEntity> entities, StoryOptions options)
    {
        var extractor = new TermExtractor(options, new TaggedOrCapitalised());
        var terms = members.ToDictionary(a => a.Id, a => extractor.Extract(a).Terms.ToList());
        var termArticles = Counts(terms.Values.Select(t => t.Select(x => x.Term)));
        var entitiesOf = entities
            .SelectMany(e => e.Mentions.Select(m => (m.ArticleId, Entity: e)))
            .ToLookup(x => x.ArticleId, x => x.Entity);
        var entityArticles = entities.ToDictionary(
            e => e.Id, e => e.Mentions.Select(m => m.ArticleId).Distinct().Count());
        var figures = members.ToDictionary(a => a.Id, a => a.Claims.Select(FigureKey).Distinct().ToList());
        var figureArticles = Counts(figures.Values);
        int others = Math.Max(1, members.Count - 1);
        return members.Select(a => new ArticleLinkReasons(
            a.Id,
            terms[a.Id].Where(t => termArticles[t.Term] > 1)
                .Select(t => (t.Term, t.Count, t.Boost, Sharing: termArticles[t.Term] - 1))
                .Select(t => new SharedTerm(t.Term, Weight(t.Count, t.Boost, t.Sharing, others), t.Sharing))
                .OrderByDescending(t => t.Weight).ThenBy(t => t.Term, StringComparer.Ordinal)
                .Take(MaxTerms).ToList(),
            entitiesOf[a.Id].DistinctBy(e => e.Id).Where(e => entityArticles[e.Id] > 1)
                .Select(e => new SharedEntity(e.Id, e.Canonical, e.Type, entityArticles[e.Id] - 1))
                .OrderByDescending(e => e.OtherArticles).ThenBy(e => e.Canonical, StringComparer.Ordinal)
                .Take(MaxEntities).ToList(),
            figures[a.Id].Where(f => figureArticles[f] > 1)
                .Select(f => new SharedFigure(f.Category, f.Figure, figureArticles[f] - 1))
                .OrderByDescending(f => f.OtherArticles).ThenBy(f => f.Category, StringComparer.Ordinal)
                .Take(MaxFigures).ToList()))
            .ToList();
    }

    private static double Weight(int count, double boost, int sharing, int others) =>
        Math.Round((1 + Math.Log(count)) * boost * sharing / others, 3);

    private static (string Category, string Figure) FigureKey(Claims.NumericClaim c) =>
        (Claims.NumericClaim.CategoryName(c.Category), FigureValue.Describe(c));

    /// <summary>In how many of the given sets each item occurs.</summary>
    private static Dictionary<T, int> Counts<T>(IEnumerable<IEnumerable<T>> sets) where T : notnull
    {
        var counts = new Dictionary<T, int>();
        foreach (var item in sets.SelectMany(s => s.Distinct())) counts[item] = counts.GetValueOrDefault(item) + 1;
        return counts;
    }
}

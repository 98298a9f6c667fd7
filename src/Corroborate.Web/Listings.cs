using Corroborate.Core.Entities.Resolution;
using Corroborate.Core.Provenance;
using Corroborate.Reports;

namespace Corroborate.Web;

/// <summary>
/// The filtered lists behind both the JSON API and the pages, so that a page and its API listing always agree.
/// Each list keeps its items whose articles pass the date, outlet and story filters (<see cref="ListFilter"/>).
/// </summary>
public static class Listings
{
    /// <summary>Stored articles in ingest order; q keeps full-text matches, best first.</summary>
    public static IReadOnlyList<ArticleSummary> Articles(IStore store, ListFilter filter, string? q)
    {
        var articles = store.ListArticles();
        if (filter.ByArticle)
        {
            var passing = filter.Articles(store);
            articles = articles.Where(a => passing.Contains(a.Id)).ToList();
        }
        if (string.IsNullOrWhiteSpace(q)) return articles;
        var rank = store.SearchArticles(q, 1000).Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i);
        return articles.Where(a => rank.ContainsKey(a.Id)).OrderBy(a => rank[a.Id]).ToList();
    }

    /// <summary>Stories, largest first (or by search rank), with an article that passes the filters.</summary>
    public static IReadOnlyList<StoryRecord> Stories(IStore store, ListFilter filter, string? q)
    {
        var stories = Pages.StoryPages.Matching(store, q);
        if (!filter.ByArticle) return stories;
        var kept = StoriesOf(store, filter);
        return stories.Where(s => kept.Contains(s.Id)).ToList();
    }

    /// <summary>Findings of the stories with passing articles, story by story, of the requested kind.</summary>
    public static IReadOnlyList<ReportFinding> Findings(IStore store, StoryReports reports, ListFilter filter)
    {
        var ids = filter.ByArticle ? StoriesOf(store, filter).Order() : store.ListStories().Select(s => s.Id);
        var passing = filter.ByArticle ? filter.Articles(store) : null;
        return ids.SelectMany(id => reports.Get(store, id)?.Findings ?? [])
            .Where(f => filter.KindMatches(f.Kind) && (passing is null || f.Articles.Any(passing.Contains)))
            .ToList();
    }

    /// <summary>Claims of passing articles (of one article, or of one category, when asked).</summary>
    public static IReadOnlyList<ReportClaim> Claims(
        IStore store, CorpusClaims corpus, ListFilter filter, string? article, string? category)
    {
        var passing = filter.ByArticle ? filter.Articles(store) : null;
        return (article is null ? corpus.Get(store) : corpus.OfArticle(store, article))
            .Where(c => category is null || string.Equals(c.Category, category, StringComparison.OrdinalIgnoreCase))
            .Where(c => passing is null || passing.Contains(c.Article))
            .ToList();
    }

    /// <summary>Copied pairs with at least one passing article.</summary>
    public static IReadOnlyList<CopyPair> Copies(IStore store, ListFilter filter)
    {
        var copies = store.GetCopies();
        if (!filter.ByArticle) return copies;
        var passing = filter.Articles(store);
        return copies.Where(c => passing.Contains(c.A) || passing.Contains(c.B)).ToList();
    }

    /// <summary>Canonical entities named in passing articles, of one type when asked, in order of first mention.</summary>
    public static IReadOnlyList<ResolvedEntity> Entities(IStore store, ListFilter filter, string? type)
    {
        var passing = filter.ByArticle ? filter.Articles(store) : null;
        return store.ListEntities()
            .Where(e => type is null || string.Equals(e.Type, type, StringComparison.OrdinalIgnoreCase))
            .Where(e => passing is null || e.Mentions.Any(m => passing.Contains(m.ArticleId)))
            .ToList();
    }

    private static HashSet<int> StoriesOf(IStore store, ListFilter filter)
    {
        var passing = filter.Articles(store);
        return store.ListArticleStories().Where(p => p.Story is not null && passing.Contains(p.ArticleId))
            .Select(p => p.Story!.Value).ToHashSet();
    }
}

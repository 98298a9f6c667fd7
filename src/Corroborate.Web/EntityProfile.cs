namespace Corroborate.Web;

/// <summary>A spelling of an entity: how often it was written and by which outlets (source, else file name).</summary>
public sealed record EntitySpelling(string Text, int Mentions, IReadOnlyList<string> Outlets);

public sealed record EntityArticle(
    string Id, string? Title, string Outlet, DateTimeOffset? Published, int? Story, int Mentions);

public sealed record EntityStory(int Id, string? Title, int Articles);

/// <summary>
/// One canonical entity for its page and the API: its spellings with counts and the outlets that used each, the
/// articles naming it (most mentions first) and the stories those are in (most articles first).
/// </summary>
public sealed record EntityProfile(
    string Id, string Canonical, string Type, int Mentions, IReadOnlyList<EntitySpelling> Spellings,
    IReadOnlyList<EntityStory> Stories, IReadOnlyList<EntityArticle> Articles)
{
    /// <summary>The entity's profile, or null when there is no such entity.</summary>
    public static EntityProfile? Of(IStore store, string id)
    {
        if (store.ListEntities().FirstOrDefault(e => e.Id == id) is not { } entity) return null;
        var ids = entity.Mentions.Select(m => m.ArticleId).Distinct().ToList();
        var placements = store.ListArticleStories(ids).ToDictionary(p => p.ArticleId);
        var titles = store.ListArticles().Where(a => placements.ContainsKey(a.Id))
            .ToDictionary(a => a.Id, a => a.Title);
        string Outlet(string article) =>
            placements.GetValueOrDefault(article) is { } p ? p.Source ?? Path.GetFileName(p.Path ?? article) : article;
        var spellings = entity.Mentions.GroupBy(m => m.Text)
            .Select(g => new EntitySpelling(g.Key, g.Count(), g.Select(m => Outlet(m.ArticleId)).Distinct().ToList()))
            .OrderByDescending(s => s.Mentions).ThenBy(s => s.Text, StringComparer.Ordinal).ToList();
        var articles = entity.Mentions.GroupBy(m => m.ArticleId)
            .Select(g => new EntityArticle(g.Key, titles.GetValueOrDefault(g.Key), Outlet(g.Key),
                placements.GetValueOrDefault(g.Key)?.Published, placements.GetValueOrDefault(g.Key)?.Story, g.Count()))
            .OrderByDescending(a => a.Mentions).ThenBy(a => a.Published).ToList();
        var storyTitles = store.ListStories().ToDictionary(s => s.Id, s => s.Title);
        var stories = articles.Where(a => a.Story is not null).GroupBy(a => a.Story!.Value)
            .Select(g => new EntityStory(g.Key, storyTitles.GetValueOrDefault(g.Key), g.Count()))
            .OrderByDescending(s => s.Articles).ThenBy(s => s.Id).ToList();
        return new EntityProfile(
            entity.Id, entity.Canonical, entity.Type, entity.Mentions.Count, spellings, stories, articles);
    }
}

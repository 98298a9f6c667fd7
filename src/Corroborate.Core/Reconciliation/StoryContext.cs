using Corroborate.Core.Claims;

namespace Corroborate.Core.Reconciliation;

/// <summary>An article of a story with the number it is cited by ([1], [2], ...) and the copy family it counts as.</summary>
public sealed record StorySource(int Number, Article Article, string Family, string Outlet)
{
    /// <summary>The day the article reports from, else its publication day.</summary>
    public DateOnly? Day => Article.ReportingDate ?? (Article.Published is { } p ? DateOnly.FromDateTime(p.DateTime) : null);
}

/// <summary>
/// The articles of one story, numbered in reporting order, each mapped to its independent source: copies of one
/// original share a family and count once wherever sources are counted.
/// </summary>
public sealed class StoryContext
{
    private readonly Dictionary<string, StorySource> _byId;

    public StoryContext(string storyId, IEnumerable<Article> articles, Func<string, string> familyOf)
    {
        StoryId = storyId;
        Sources = articles
            .DistinctBy(a => a.Id)
            .Select((a, i) => (Article: a, Input: i))
            .OrderBy(x => x.Article.ReportingDate ?? DateOnly.MaxValue).ThenBy(x => x.Input)
            .Select((x, i) => new StorySource(i + 1, x.Article, familyOf(x.Article.Id), OutletOf(x.Article)))
            .ToList();
        _byId = Sources.ToDictionary(s => s.Article.Id);
    }

    public string StoryId { get; }

    /// <summary>The story's articles in reporting order; <see cref="StorySource.Number"/> is the position plus one.</summary>
    public IReadOnlyList<StorySource> Sources { get; }

    public StorySource Source(string articleId) => _byId[articleId];

    public IEnumerable<(StorySource Source, NumericClaim Claim)> Claims =>
        Sources.SelectMany(s => s.Article.Claims.Select(c => (s, c)));

    public int IndependentCount(IEnumerable<string> articleIds) => articleIds.Select(id => _byId[id].Family).Distinct().Count();

    /// <summary>Citation markers for the given articles, e.g. "[1][3]", in source order.</summary>
    public string Cite(IEnumerable<string> articleIds) =>
        string.Concat(articleIds.Distinct().Select(id => _byId[id].Number).Order().Select(n => $"[{n}]"));

    /// <summary>The outlet's name, else the host of the URL, else the file name.</summary>
    public static string OutletOf(Article a) =>
        a.Source ?? (Uri.TryCreate(a.Url, UriKind.Absolute, out var uri) ? uri.Host : System.IO.Path.GetFileName(a.Path ?? a.Id));
}

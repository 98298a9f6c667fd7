using Corroborate.Core.Claims;
using Corroborate.Core.Provenance;

namespace Corroborate.Core.Reconciliation;

/// <summary>
/// An article of a story with the number it is cited by ([1], [2], ...) and the independent source it counts as
/// (<see cref="Family"/>: its copy family joined with the other articles of its outlet, see <see cref="IndependentSources"/>).
/// </summary>
public sealed record StorySource(int Number, Article Article, string Family, string Outlet)
{
    /// <summary>The day the article reports from: its given publication day, else the day inferred from its text.</summary>
    public DateOnly? Day => Article.ReportingDate ?? (Article.Published is { } p ? DateOnly.FromDateTime(p.DateTime) : null);

    /// <summary>When the article was published, to the minute when the input says so (the order figures were reported in).</summary>
    public DateTimeOffset? ReportedAt => Article.Published ?? (Day is { } d ? new DateTimeOffset(d.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : null);

    /// <summary>Whether <see cref="ReportedAt"/> has a time of day: inputs that give only the day write midnight.</summary>
    public bool HasTimeOfDay => Article.Published is { } p && p.TimeOfDay != TimeSpan.Zero;
}

/// <summary>
/// The articles of one story, numbered in reporting order, each mapped to its independent source: copies of one
/// original and articles of one outlet count once wherever sources are counted.
/// </summary>
public sealed class StoryContext
{
    private readonly Dictionary<string, StorySource> _byId;

    public StoryContext(string storyId, IEnumerable<Article> articles, Func<string, string> familyOf)
    {
        StoryId = storyId;
        var ordered = articles
            .DistinctBy(a => a.Id)
            .Select((a, i) => (Article: a, Input: i))
            .OrderBy(x => x.Article.ReportingDate ?? DateOnly.MaxValue).ThenBy(x => x.Article.Published ?? DateTimeOffset.MaxValue).ThenBy(x => x.Input)
            .Select(x => x.Article)
            .ToList();
        var sourceOf = IndependentSources.Keys(ordered.Select(a => (a.Id, OutletKeyOf(a))), familyOf);
        Sources = ordered.Select((a, i) => new StorySource(i + 1, a, sourceOf[a.Id], OutletOf(a))).ToList();
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

    public static string OutletKeyOf(Article a) => IndependentSources.OutletKey(a.Url, a.Source, a.Path ?? a.Id);

    /// <summary>The outlet's name, else the host of the URL, else the file name.</summary>
    public static string OutletOf(Article a) =>
        a.Source ?? (Uri.TryCreate(a.Url, UriKind.Absolute, out var uri) ? uri.Host : System.IO.Path.GetFileName(a.Path ?? a.Id));
}

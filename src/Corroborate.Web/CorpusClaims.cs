using System.Collections.Concurrent;
using Corroborate.Core.Claims;
using Corroborate.Core.Store;
using Corroborate.Reports;

namespace Corroborate.Web;

/// <summary>
/// Every stored article's claims, dated against its story, built from the stored annotations (no NLP stage runs).
/// The list is kept until articles are added (the store only grows, and stories and their dating change only when
/// it does); then only the stories whose articles changed are dated again, the others' claims are kept. The claims
/// API and the article pages read the kept list, so an article's figures are the same in both.
/// </summary>
public sealed class CorpusClaims
{
    private readonly BuiltOnce<int, Kept> _corpus = new();

    /// <summary>Per story: its members when its claims were dated, and their claims by article.</summary>
    private readonly ConcurrentDictionary<int, (string Members, IReadOnlyDictionary<string, IReadOnlyList<ReportClaim>> Claims)> _stories = new();

    public IReadOnlyList<ReportClaim> Get(IStore store) => Current(store).All;

    public IReadOnlyList<ReportClaim> OfArticle(IStore store, string articleId) => Current(store).ByArticle[articleId].ToList();

    private Kept Current(IStore store) =>
        _corpus.Get(0, store.CountArticles().ToString(System.Globalization.CultureInfo.InvariantCulture), () => Build(store));

    private Kept Build(IStore store)
    {
        var placements = store.ListArticleStories();
        var stories = placements.Where(p => p.Story is not null).GroupBy(p => p.Story!.Value)
            .ToDictionary(g => g.Key, g => string.Join(',', g.Select(p => p.ArticleId)));
        var changed = stories.Where(s => !_stories.TryGetValue(s.Key, out var kept) || kept.Members != s.Value).Select(s => s.Key).ToHashSet();
        var toDate = placements.Where(p => p.Story is null || changed.Contains(p.Story.Value)).ToList();
        var dated = ClaimAnalysis.Run(AnnotatedArticles.Load(store, toDate.Select(p => p.ArticleId).ToList()), ClaimAnalysis.StoriesOf(toDate))
            .ToDictionary(a => a.Id, a => ReportClaim.From([a]));
        foreach (var story in changed)
        {
            var members = stories[story].Split(',');
            _stories[story] = (stories[story], members.Where(dated.ContainsKey).ToDictionary(id => id, id => dated[id]));
        }
        foreach (var gone in _stories.Keys.Where(id => !stories.ContainsKey(id))) _stories.TryRemove(gone, out _);
        return new Kept(placements
            .SelectMany(p => (p.Story is { } story ? _stories[story].Claims.GetValueOrDefault(p.ArticleId) : dated.GetValueOrDefault(p.ArticleId)) ?? [])
            .ToList());
    }

    private sealed class Kept(IReadOnlyList<ReportClaim> all)
    {
        public IReadOnlyList<ReportClaim> All { get; } = all;
        public ILookup<string, ReportClaim> ByArticle { get; } = all.ToLookup(c => c.Article);
    }
}

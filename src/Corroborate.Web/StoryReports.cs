using System.Collections.Concurrent;
using Corroborate.Core.Briefs;
using Corroborate.Core.Claims;
using Corroborate.Core.Store;
using Corroborate.Reports;

namespace Corroborate.Web;

/// <summary>
/// One story as a report (brief, findings, timeline, entities, copies, sources). Building it re-annotates the
/// story's articles, so the result is kept until the story's membership or the corpus changes (copies and
/// entities are only recomputed when articles are added, so the article count stands for them).
/// </summary>
public sealed class StoryReports
{
    private readonly ConcurrentDictionary<int, (string Key, Report Report)> _cache = new();

    /// <summary>The report of story <paramref name="storyId"/>, or null when there is no such story.</summary>
    public Report? Get(IStore store, int storyId)
    {
        var members = store.ListArticleStories().Where(p => p.Story == storyId).Select(p => p.ArticleId).ToList();
        if (members.Count == 0) return null;
        string key = string.Join(',', members) + "|" + store.CountArticles();
        if (_cache.TryGetValue(storyId, out var cached) && cached.Key == key) return cached.Report;
        var articles = ClaimAnalysis.Annotate(store.GetArticles(members));
        var report = ReportAssembly.Build(store, articles, [], new BriefOptions());
        _cache[storyId] = (key, report);
        return report;
    }
}

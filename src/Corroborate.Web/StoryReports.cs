using System.Collections.Concurrent;
using Corroborate.Core;
using Corroborate.Core.Briefs;
using Corroborate.Core.Store;
using Corroborate.Reports;

namespace Corroborate.Web;

/// <summary>
/// One story as a report (brief, findings, timeline, entities, copies, sources). Building it re-annotates the
/// story's articles, so the result is kept until the story's membership or the corpus changes (copies and
/// entities are only recomputed when articles are added, so the article count stands for them).
/// </summary>
/// <remarks>
/// A story is built once however many requests ask for it at the same time: the first request builds it and the
/// others wait for that build. Without this, every request that came in while a large story was being built
/// started a build of its own (on a cold cache, and again for every story after each ingest), so a story that
/// takes seconds to build took all the cores and memory under load and the waiting requests timed out.
/// </remarks>
public sealed class StoryReports
{
    private sealed record Entry(string Key, Lazy<Report> Report);

    private readonly ConcurrentDictionary<int, Entry> _cache = new();

    /// <summary>The report of story <paramref name="storyId"/>, or null when there is no such story.</summary>
    public Report? Get(IStore store, int storyId)
    {
        var members = store.ListStoryMembers(storyId).ToList();
        if (members.Count == 0) return null;
        string key = string.Join(',', members) + "|" + store.CountArticles();
        var entry = _cache.AddOrUpdate(storyId,
            _ => NewEntry(store, members, key),
            (_, current) => current.Key == key ? current : NewEntry(store, members, key));
        try
        {
            return entry.Report.Value;
        }
        catch
        {
            // Lazy keeps a failure for good; drop the entry so that the next request tries again.
            _cache.TryRemove(new KeyValuePair<int, Entry>(storyId, entry));
            throw;
        }
    }

    /// <summary>
    /// The build reads through the store of the request that made the entry, whichever request runs it. That is safe:
    /// the request that made the entry goes straight on to wait for the build, so its store stays open and no other
    /// thread uses it until the build is done.
    /// </summary>
    private static Entry NewEntry(IStore store, List<string> members, string key) =>
        new(key, new Lazy<Report>(() =>
            ReportAssembly.Build(store, Flow.AnalyzeStory(store, members, new BriefOptions()), []),
            LazyThreadSafetyMode.ExecutionAndPublication));
}

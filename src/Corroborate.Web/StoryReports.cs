using Corroborate.Core;
using Corroborate.Core.Briefs;
using Corroborate.Core.Store;
using Corroborate.Reports;

namespace Corroborate.Web;

/// <summary>
/// One story as a report (brief, findings, timeline, entities, copies, sources). Building it re-annotates the
/// story's articles, so the result is kept until the story's membership or the corpus changes (copies and
/// entities are only recomputed when articles are added, so the article count stands for them), and built once
/// however many requests ask for it at the same time (<see cref="BuiltOnce{TId, TValue}"/>).
/// </summary>
public sealed class StoryReports
{
    private readonly BuiltOnce<int, Report> _reports = new();

    /// <summary>The report of story <paramref name="storyId"/>, or null when there is no such story.</summary>
    public Report? Get(IStore store, int storyId)
    {
        var members = store.ListStoryMembers(storyId).ToList();
        if (members.Count == 0) return null;
        return _reports.Get(storyId, Version(store, members),
            () => ReportAssembly.Build(store, Flow.Analyze(store, members, new BriefOptions()), []));
    }

    /// <summary>What a story's analysis is built from: its members, and the corpus size (copies, entities).</summary>
    public static string Version(IStore store, IReadOnlyList<string> members) =>
        string.Join(',', members) + "|" + store.CountArticles();
}

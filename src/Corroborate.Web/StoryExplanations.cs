using Corroborate.Core.Stories;

namespace Corroborate.Web;

/// <summary>
/// Why each article is in its story (<see cref="StoryLinkReasons"/>), from the stored annotations and entities,
/// kept like the story reports until the story's membership or the corpus changes.
/// </summary>
public sealed class StoryExplanations
{
    private readonly BuiltOnce<int, IReadOnlyList<ArticleLinkReasons>> _explained = new();

    /// <summary>The reasons per article of story <paramref name="storyId"/>, in ingest order; null if no such story.</summary>
    public IReadOnlyList<ArticleLinkReasons>? Get(IStore store, int storyId)
    {
        var members = store.ListStoryMembers(storyId).ToList();
        if (members.Count == 0) return null;
        return _explained.Get(storyId, StoryReports.Version(store, members), () => StoryLinkReasons.Explain(
            AnnotatedArticles.Load(store, members), store.ListEntitiesMentionedIn(members), StoryOptions.Default));
    }
}

using Corroborate.Core.Stories;

namespace Corroborate.Core.Store;

/// <summary>The tables of the story stage: assignments, stories, topics, merges and the state that lets ingest continue the clustering.</summary>
public interface IStoryStore
{
    /// <summary>Stored articles that have no story yet, in ingest order.</summary>
    IReadOnlyList<ArticleSummary> ListUnassignedArticles();

    /// <summary>Document frequencies, clocks and the stories and topics that have not expired under <paramref name="options"/>.</summary>
    StoryIndexState LoadStoryIndex(StoryOptions options);

    /// <summary>Saves changed state, new assignments and merges (which move the merged story's articles), in one transaction.</summary>
    void SaveStoryIndex(StoryIndexState changes, IReadOnlyList<StoryAssignment> assignments, IReadOnlyList<StoryMerge> merges);

    /// <summary>Every stored article with its story and topic (null before the story stage ran), in ingest order.</summary>
    IReadOnlyList<ArticleStory> ListArticleStories();

    /// <summary>The same for the given articles only (unknown ids are left out), in ingest order.</summary>
    IReadOnlyList<ArticleStory> ListArticleStories(IReadOnlyCollection<string> articleIds);

    /// <summary>The ids of a story's articles, in ingest order; empty for an unknown or merged story.</summary>
    IReadOnlyList<string> ListStoryMembers(int story);

    /// <summary>Stories that were not merged into another, by id.</summary>
    IReadOnlyList<StoryRecord> ListStories();

    IReadOnlyList<StoryMerge> ListStoryMerges();
}

public sealed record ArticleStory(string ArticleId, string? Path, string? Url, string? Source, DateTimeOffset? Published, int? Story, int? Topic);

public sealed record StoryRecord(int Id, int Topic, string? Title, IReadOnlyList<string> KeyTerms, DateTimeOffset? FirstSeen, DateTimeOffset? LastSeen, int ArticleCount);

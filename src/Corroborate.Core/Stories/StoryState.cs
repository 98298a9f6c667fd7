namespace Corroborate.Core.Stories;

/// <summary>The saved form of a story or topic (a topic has no parent and no title).</summary>
public sealed record ClusterState(
    int Id, int Parent, int Count, DateTimeOffset? FirstSeen, DateTimeOffset? LastSeen, long LastItem,
    string? Title, double TitleScore, IReadOnlyList<string> KeyTerms, IReadOnlyList<TermWeight> Centroid);

public readonly record struct TermWeight(string Term, float Weight);

/// <summary>A level's clocks and id counter, plus its active clusters (all of them when loading, changed ones when saving).</summary>
public sealed record LevelState(int NextId, long Items, DateTimeOffset? Latest, IReadOnlyList<ClusterState> Clusters);

/// <summary>
/// What the story stage keeps between runs so that ingesting more articles continues the same online
/// clustering: document frequencies and both levels. When saving, only what changed is listed.
/// </summary>
public sealed record StoryIndexState(
    long Documents, IReadOnlyList<(string Term, int DocumentFrequency)> DocumentFrequencies, LevelState Stories, LevelState Topics)
{
    public static StoryIndexState Empty { get; } = new(0, [], new LevelState(1, 0, null, []), new LevelState(1, 0, null, []));
}

/// <summary>An article's place: its story, that story's topic, and its decayed similarity to the story when it joined (0 when it opened it).</summary>
public sealed record StoryAssignment(string ArticleId, int Story, int Topic, double Similarity);

/// <summary>A bridging article joined <see cref="Into"/> and was this similar to <see cref="From"/> too, so the two became one.</summary>
public sealed record StoryMerge(int Into, int From, string ArticleId, double Similarity);

/// <summary>An article as the story stage sees it.</summary>
public sealed record StoryArrival(string ArticleId, StoryTime Time, string? Title, TermBag Terms);

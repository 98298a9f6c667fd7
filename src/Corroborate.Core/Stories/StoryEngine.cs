namespace Corroborate.Core.Stories;

/// <summary>
/// Assigns articles one at a time, in the order given, to stories, and opens each new story in a topic.
/// Both levels run the same <see cref="OnlineClusterer"/>: stories with a tight threshold and fast
/// decay, topics with a loose threshold and slow decay. A topic's centroid sums the vectors of its
/// stories' articles, so a new story is placed by comparing its first article with whole topics.
/// </summary>
public sealed class StoryEngine
{
    private const int KeyTermCount = 8;
    private readonly StoryOptions _options;
    private readonly HashSet<int>? _changedStories;
    private readonly HashSet<int>? _changedTopics;

    public Vocabulary Vocabulary { get; }
    public OnlineClusterer Stories { get; }
    public OnlineClusterer Topics { get; }

    /// <param name="trackChanges">Remember what changed so that <see cref="TakeChanges"/> can save it.</param>
    public StoryEngine(StoryOptions options, bool trackChanges = false)
    {
        _options = options;
        Vocabulary = new Vocabulary(trackChanges);
        Stories = new OnlineClusterer(options.Stories, options, Vocabulary, keepRetired: trackChanges);
        Topics = new OnlineClusterer(options.Topics, options, Vocabulary, keepRetired: trackChanges);
        if (trackChanges) (_changedStories, _changedTopics) = ([], []);
    }

    /// <summary>Merges made since the last <see cref="TakeChanges"/>.</summary>
    public List<StoryMerge> Merges { get; } = [];

    public StoryAssignment Add(StoryArrival arrival)
    {
        var v = SparseVector.FromTerms(arrival.Terms, Vocabulary, _options.ArticleTerms);
        var time = arrival.Time;
        Stories.Tick(time.Date);
        Topics.Tick(time.Date);
        var match = Stories.FindBest(v, time);
        Cluster story;
        double similarity = 0;
        if (match.Best is { } best && match.BestSimilarity >= _options.Stories.JoinThreshold)
        {
            story = best;
            similarity = match.BestSimilarity;
            Stories.Add(story, v, time);
            if (match.Second is { } second && _options.Stories.MergeThreshold > 0 && match.SecondSimilarity >= _options.Stories.MergeThreshold)
                story = Merge(best, second, arrival.ArticleId, match.SecondSimilarity);
            if (Topics.TryGet(story.Parent, out var topic)) Topics.Add(topic, v, time);
            else story.Parent = PlaceInTopic(v, time);
        }
        else
        {
            story = Stories.Create(v, time);
            story.Parent = PlaceInTopic(v, time);
        }
        if (arrival.Title is { } title && (story.Title is null || similarity > story.TitleScore))
            (story.Title, story.TitleScore) = (title, similarity);
        _changedStories?.Add(story.Id);
        _changedTopics?.Add(story.Parent);
        return new StoryAssignment(arrival.ArticleId, story.Id, story.Parent, similarity);
    }

    // The older story survives, so ids already shown to users stay valid.
    private Cluster Merge(Cluster a, Cluster b, string articleId, double similarity)
    {
        var (into, from) = a.Id < b.Id ? (a, b) : (b, a);
        Stories.Merge(into, from);
        Merges.Add(new StoryMerge(into.Id, from.Id, articleId, similarity));
        _changedStories?.Add(from.Id);
        return into;
    }

    private int PlaceInTopic(SparseVector v, StoryTime time)
    {
        var match = Topics.FindBest(v, time);
        if (match.Best is { } topic && match.BestSimilarity >= _options.Topics.JoinThreshold)
        {
            Topics.Add(topic, v, time);
            return topic.Id;
        }
        return Topics.Create(v, time).Id;
    }

    /// <summary>Everything changed since the last call: counts, touched stories and topics, merges.</summary>
    public (StoryIndexState State, IReadOnlyList<StoryMerge> Merges) TakeChanges()
    {
        var state = new StoryIndexState(
            Vocabulary.Documents, Vocabulary.TakeChanged(),
            Snapshot(Stories, _changedStories), Snapshot(Topics, _changedTopics));
        var merges = Merges.ToList();
        Merges.Clear();
        return (state, merges);
    }

    private LevelState Snapshot(OnlineClusterer level, HashSet<int>? changed)
    {
        var clusters = (changed ?? []).Order()
            .Select(id => level.TryGetLatestState(id, out var c) ? Save(c) : null)
            .OfType<ClusterState>().ToList();
        changed?.Clear();
        level.ForgetRetired();
        return new LevelState(level.NextId, level.Items, level.Latest, clusters);
    }

    private ClusterState Save(Cluster c) => new(
        c.Id, c.Parent, c.Count, c.FirstSeen, c.LastSeen, c.LastItem, c.Title, c.TitleScore, KeyTerms(c),
        c.Terms.OrderBy(kv => kv.Key).Select(kv => new TermWeight(Vocabulary.Term(kv.Key), kv.Value)).ToList());

    /// <summary>The heaviest centroid terms, leaving out single words already inside a chosen name.</summary>
    public IReadOnlyList<string> KeyTerms(Cluster c)
    {
        var chosen = new List<string>();
        foreach (int id in c.TopTerms(KeyTermCount * 3, Vocabulary))
        {
            string term = Vocabulary.Term(id);
            if (chosen.Any(t => t.Split(' ').Contains(term))) continue;
            chosen.RemoveAll(t => !t.Contains(' ') && term.Split(' ').Contains(t));
            chosen.Add(term);
            if (chosen.Count == KeyTermCount) break;
        }
        return chosen;
    }

    /// <summary>Continues from a saved state.</summary>
    public void Restore(StoryIndexState state)
    {
        Vocabulary.Restore(state.Documents, state.DocumentFrequencies);
        Restore(Stories, state.Stories);
        Restore(Topics, state.Topics);
    }

    private void Restore(OnlineClusterer level, LevelState saved)
    {
        (level.NextId, level.Items, level.Latest) = (saved.NextId, saved.Items, saved.Latest);
        foreach (var s in saved.Clusters)
        {
            var c = new Cluster(s.Id)
            {
                Parent = s.Parent, Count = s.Count, FirstSeen = s.FirstSeen, LastSeen = s.LastSeen, LastItem = s.LastItem,
                Title = s.Title, TitleScore = s.TitleScore,
            };
            c.Restore(s.Centroid.Select(t => (Vocabulary.Id(t.Term), t.Weight)));
            level.Restore(c);
        }
    }
}

namespace Corroborate.Core.Stories;

/// <summary>The best and second-best active clusters for a vector, with decayed similarities.</summary>
public readonly record struct ClusterMatch(Cluster? Best, double BestSimilarity, Cluster? Second, double SecondSimilarity);

/// <summary>
/// One level of single-pass clustering (stories, or topics over stories). Candidates come from an
/// inverted index term → recently fed clusters (short capped posting lists), never from a scan of all
/// clusters, so the cost per item does not grow with the corpus. Clusters idle for longer than the
/// level's expiry leave the active set; by then time decay has made them unreachable anyway.
/// </summary>
/// <param name="keepRetired">Keep clusters that leave the active set until <see cref="ForgetRetired"/>, so that a
/// caller saving changes can still save them (a story made and expired within one batch was otherwise never saved,
/// while its articles' assignments were).</param>
public sealed class OnlineClusterer(ClusterLevelOptions level, StoryOptions options, Vocabulary vocabulary, bool keepRetired = false)
{
    private readonly Dictionary<int, Cluster> _retired = [];
    private const int SweepEvery = 1024;
    private readonly Dictionary<int, Cluster> _active = [];
    private readonly Dictionary<int, List<int>> _postings = [];
    private readonly Dictionary<int, double> _scores = [];
    private readonly List<int> _top = [];

    public ClusterLevelOptions Level { get; } = level;
    public int NextId { get; set; } = 1;
    /// <summary>Items seen by this level, the clock that expires undated clusters.</summary>
    public long Items { get; set; }
    /// <summary>The latest publication date seen, the clock that expires dated clusters.</summary>
    public DateTimeOffset? Latest { get; set; }

    public int ActiveCount => _active.Count;
    public IEnumerable<Cluster> Active => _active.Values;

    public bool TryGet(int id, out Cluster cluster) => _active.TryGetValue(id, out cluster!);

    /// <summary>An active cluster, or one that left the active set since <see cref="ForgetRetired"/>.</summary>
    public bool TryGetLatestState(int id, out Cluster cluster) => _active.TryGetValue(id, out cluster!) || _retired.TryGetValue(id, out cluster!);

    public void ForgetRetired() => _retired.Clear();

    private void Retire(Cluster c)
    {
        _active.Remove(c.Id);
        if (keepRetired) _retired[c.Id] = c;
    }

    /// <summary>Advances the clocks for a new item and, now and then, drops expired clusters.</summary>
    public void Tick(DateTimeOffset? published)
    {
        Items++;
        if (published is { } p && (Latest is null || p > Latest)) Latest = p;
        if (Items % SweepEvery != 0) return;
        foreach (var c in _active.Values.Where(IsExpired).ToList()) Retire(c);
    }

    public bool IsExpired(Cluster c) =>
        Items - c.LastItem > Level.ExpiryItems
        || (Latest is { } now && c.LastSeen is { } last && (now - last).TotalDays > Level.ExpiryDays);

    public ClusterMatch FindBest(SparseVector v, StoryTime time)
    {
        _scores.Clear();
        for (int i = 0; i < Math.Min(options.QueryTerms, v.Length); i++)
        {
            if (!_postings.TryGetValue(v.Ids[i], out var list)) continue;
            foreach (int id in list)
                _scores[id] = _scores.GetValueOrDefault(id) + v.Weights[i];
        }
        var match = new ClusterMatch(null, 0, null, 0);
        foreach (int id in TopScored())
        {
            var c = _active[id];
            double cosine = c.Cosine(v, vocabulary);
            double sim = cosine * Decay(c, time, cosine);
            if (sim > match.BestSimilarity || (sim == match.BestSimilarity && match.Best is not null && c.Id < match.Best.Id))
                match = new ClusterMatch(c, sim, match.Best, match.BestSimilarity);
            else if (sim > match.SecondSimilarity)
                match = match with { Second = c, SecondSimilarity = sim };
        }
        return match;
    }

    // The best-scored candidates, highest first, ties by id: a small insertion list, no full sort.
    private List<int> TopScored()
    {
        _top.Clear();
        foreach (var (id, score) in _scores)
        {
            if (!_active.ContainsKey(id)) continue; // expired or merged; its postings age out of the capped lists
            int at = _top.Count;
            while (at > 0 && Better(id, score, _top[at - 1])) at--;
            if (at >= options.Candidates) continue;
            _top.Insert(at, id);
            if (_top.Count > options.Candidates) _top.RemoveAt(_top.Count - 1);
        }
        return _top;

        bool Better(int id, double score, int other) => score > _scores[other] || (score == _scores[other] && id < other);
    }

    public Cluster Create(SparseVector v, StoryTime time)
    {
        var c = new Cluster(NextId++);
        _active.Add(c.Id, c);
        Add(c, v, time);
        return c;
    }

    public void Add(Cluster c, SparseVector v, StoryTime time)
    {
        c.Add(v, Level.CentroidTerms, vocabulary);
        c.Touch(time.NearestTo(c.LastSeen), Items);
        for (int i = 0; i < Math.Min(options.QueryTerms, v.Length); i++) Post(v.Ids[i], c.Id);
        if (IsPowerOfTwo(c.Count)) IndexCentroid(c);
    }

    /// <summary>Folds <paramref name="from"/> into <paramref name="into"/>; <paramref name="from"/> leaves the active set.</summary>
    public void Merge(Cluster into, Cluster from)
    {
        into.Absorb(from, Level.CentroidTerms, vocabulary);
        Retire(from);
        IndexCentroid(into);
    }

    /// <summary>Puts back a cluster loaded from the store.</summary>
    public void Restore(Cluster c)
    {
        _active[c.Id] = c;
        IndexCentroid(c);
    }

    // A close match is a follow-up (an analysis, a profile, a court date weeks later) and fades more slowly.
    private double Decay(Cluster c, StoryTime time, double cosine) =>
        time.NearestTo(c.LastSeen) is { } p && c.LastSeen is { } last
            ? Math.Exp(-Math.Abs((p - last).TotalDays) / (cosine >= Level.FollowUpCosine ? Level.FollowUpDecayDays : Level.DecayDays))
            : 1.0;

    private void IndexCentroid(Cluster c)
    {
        foreach (int id in c.TopTerms(options.QueryTerms, vocabulary)) Post(id, c.Id);
    }

    // Most recently fed clusters sit at the end; the oldest posting drops out when the list is full.
    private void Post(int termId, int clusterId)
    {
        if (!_postings.TryGetValue(termId, out var list)) _postings[termId] = list = new List<int>(4);
        int at = list.LastIndexOf(clusterId);
        if (at >= 0) list.RemoveAt(at);
        list.Add(clusterId);
        if (list.Count > options.PostingsPerTerm) list.RemoveAt(0);
    }

    private static bool IsPowerOfTwo(int n) => (n & (n - 1)) == 0;
}

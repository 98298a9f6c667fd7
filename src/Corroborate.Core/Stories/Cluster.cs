namespace Corroborate.Core.Stories;

/// <summary>
/// A story or a topic while it is active: the sum of its members' unit vectors (pruned to the heaviest
/// terms), its member count and when it was last fed, by publication date and by arrival.
/// </summary>
public sealed class Cluster(int id)
{
    private readonly Dictionary<int, float> _sum = [];
    private double _normSquared;

    public int Id { get; } = id;
    public int Count { get; set; }
    public DateTimeOffset? FirstSeen { get; set; }
    public DateTimeOffset? LastSeen { get; set; }
    /// <summary>The arrival counter of the level when this cluster was last fed.</summary>
    public long LastItem { get; set; }
    /// <summary>For a story, its topic.</summary>
    public int Parent { get; set; }
    /// <summary>A representative headline and how well it matched the cluster when its article joined.</summary>
    public string? Title { get; set; }
    public double TitleScore { get; set; }

    public int TermCount => _sum.Count;

    public IEnumerable<KeyValuePair<int, float>> Terms => _sum;

    public double Cosine(SparseVector v)
    {
        if (_normSquared <= 0) return 0;
        double dot = 0;
        for (int i = 0; i < v.Length; i++)
            if (_sum.TryGetValue(v.Ids[i], out float w)) dot += w * v.Weights[i];
        return dot / Math.Sqrt(_normSquared);
    }

    public void Add(SparseVector v, int maxTerms)
    {
        for (int i = 0; i < v.Length; i++) AddWeight(v.Ids[i], v.Weights[i]);
        PruneIfLarge(maxTerms);
    }

    public void Absorb(Cluster other, int maxTerms)
    {
        foreach (var (id, w) in other._sum) AddWeight(id, w);
        Count += other.Count;
        FirstSeen = Earliest(FirstSeen, other.FirstSeen);
        LastSeen = Latest(LastSeen, other.LastSeen);
        LastItem = Math.Max(LastItem, other.LastItem);
        if (other.TitleScore > TitleScore) (Title, TitleScore) = (other.Title, other.TitleScore);
        PruneIfLarge(maxTerms);
    }

    /// <summary>Records a member's arrival: counts, dates and the arrival clock.</summary>
    public void Touch(DateTimeOffset? published, long item)
    {
        Count++;
        FirstSeen = Earliest(FirstSeen, published);
        LastSeen = Latest(LastSeen, published);
        LastItem = item;
    }

    public IEnumerable<(int Id, float Weight)> TopTerms(int k) =>
        _sum.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key).Take(k).Select(kv => (kv.Key, kv.Value));

    public void Restore(IEnumerable<(int Id, float Weight)> terms)
    {
        foreach (var (id, w) in terms) AddWeight(id, w);
    }

    private void AddWeight(int id, float w)
    {
        _sum.TryGetValue(id, out float old);
        float now = old + w;
        _sum[id] = now;
        _normSquared += (double)now * now - (double)old * old;
    }

    // Pruning only when the map doubles keeps its amortised cost per update constant.
    private void PruneIfLarge(int maxTerms)
    {
        if (_sum.Count <= 2 * maxTerms) return;
        var keep = TopTerms(maxTerms).ToList();
        _sum.Clear();
        _normSquared = 0;
        foreach (var (id, w) in keep) AddWeight(id, w);
    }

    private static DateTimeOffset? Earliest(DateTimeOffset? a, DateTimeOffset? b) => a is null ? b : b is null ? a : a < b ? a : b;
    private static DateTimeOffset? Latest(DateTimeOffset? a, DateTimeOffset? b) => a is null ? b : b is null ? a : a > b ? a : b;
}

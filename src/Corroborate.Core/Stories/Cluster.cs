namespace Corroborate.Core.Stories;

/// <summary>
/// A story or a topic while it is active: the sum of its members' vector masses (see
/// <see cref="SparseVector.Mass"/>), pruned to the heaviest terms, weighted by the current IDF when
/// compared; its member count; and when it was last fed, by publication date and by arrival.
/// </summary>
public sealed class Cluster(int id)
{
    private readonly Dictionary<int, float> _sum = [];
    // The IDF-weighted norm costs a pass over every centroid term, so it is kept up to date as mass is
    // added (with the IDF of the moment) and recomputed in full once the corpus has grown by 1% since.
    private double _squares = -1;
    private long _normDocuments;

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

    public double Cosine(SparseVector v, Vocabulary vocabulary)
    {
        double norm = Norm(vocabulary);
        if (norm <= 0) return 0;
        double dot = 0;
        for (int i = 0; i < v.Length; i++)
            if (_sum.TryGetValue(v.Ids[i], out float mass)) dot += mass * vocabulary.Idf(v.Ids[i]) * v.Weights[i];
        return dot / norm;
    }

    private double Norm(Vocabulary vocabulary)
    {
        if (_squares < 0 || vocabulary.Documents > _normDocuments * 1.01)
        {
            _squares = 0;
            foreach (var (id, mass) in _sum)
            {
                double w = mass * vocabulary.Idf(id);
                _squares += w * w;
            }
            _normDocuments = vocabulary.Documents;
        }
        return Math.Sqrt(Math.Max(_squares, 0));
    }

    public void Add(SparseVector v, int maxTerms, Vocabulary vocabulary)
    {
        for (int i = 0; i < v.Length; i++) AddMass(v.Ids[i], v.Mass[i], vocabulary);
        PruneIfLarge(maxTerms, vocabulary);
    }

    public void Absorb(Cluster other, int maxTerms, Vocabulary vocabulary)
    {
        foreach (var (id, mass) in other._sum) AddMass(id, mass, vocabulary);
        Count += other.Count;
        FirstSeen = Earliest(FirstSeen, other.FirstSeen);
        LastSeen = Latest(LastSeen, other.LastSeen);
        LastItem = Math.Max(LastItem, other.LastItem);
        if (other.TitleScore > TitleScore) (Title, TitleScore) = (other.Title, other.TitleScore);
        PruneIfLarge(maxTerms, vocabulary);
    }

    /// <summary>Records a member's arrival: counts, dates and the arrival clock.</summary>
    public void Touch(DateTimeOffset? published, long item)
    {
        Count++;
        FirstSeen = Earliest(FirstSeen, published);
        LastSeen = Latest(LastSeen, published);
        LastItem = item;
    }

    /// <summary>The <paramref name="k"/> terms weighing most under the current IDF, heaviest first.</summary>
    public IEnumerable<int> TopTerms(int k, Vocabulary vocabulary)
    {
        var ids = new int[_sum.Count];
        var keys = new double[_sum.Count];
        int n = 0;
        foreach (var (id, mass) in _sum) (ids[n], keys[n++]) = (id, -mass * vocabulary.Idf(id));
        Array.Sort(keys, ids); // primitive keys: this runs on every prune of a busy topic
        return ids.Take(k);
    }

    public void Restore(IEnumerable<(int Id, float Mass)> terms)
    {
        foreach (var (id, mass) in terms) _sum[id] = mass;
        _squares = -1;
    }

    private void AddMass(int id, float mass, Vocabulary vocabulary)
    {
        _sum.TryGetValue(id, out float old);
        float now = old + mass;
        _sum[id] = now;
        if (_squares < 0) return;
        double idf = vocabulary.Idf(id);
        _squares += ((double)now * now - (double)old * old) * idf * idf;
    }

    // Pruning only when the map doubles keeps its amortised cost per update constant.
    private void PruneIfLarge(int maxTerms, Vocabulary vocabulary)
    {
        if (_sum.Count <= 2 * maxTerms) return;
        foreach (int id in TopTerms(int.MaxValue, vocabulary).Skip(maxTerms)) _sum.Remove(id);
        _squares = -1;
    }

    private static DateTimeOffset? Earliest(DateTimeOffset? a, DateTimeOffset? b) => a is null ? b : b is null ? a : a < b ? a : b;
    private static DateTimeOffset? Latest(DateTimeOffset? a, DateTimeOffset? b) => a is null ? b : b is null ? a : a > b ? a : b;
}

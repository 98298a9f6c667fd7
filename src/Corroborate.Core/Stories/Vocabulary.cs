namespace Corroborate.Core.Stories;

/// <summary>
/// Term ids and document frequencies, maintained incrementally as articles arrive: an article's IDF
/// weights are those of the corpus up to and including it, so earlier assignments never change.
/// </summary>
public sealed class Vocabulary
{
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly List<string> _terms = [];
    private readonly List<int> _documentFrequency = [];
    private readonly HashSet<int>? _changed;

    /// <param name="trackChanges">Remember which counts changed, for saving them (<see cref="TakeChanged"/>).</param>
    public Vocabulary(bool trackChanges = false) => _changed = trackChanges ? [] : null;

    public long Documents { get; private set; }

    public int TermCount => _terms.Count;

    public string Term(int id) => _terms[id];

    public int DocumentFrequency(int id) => _documentFrequency[id];

    public int Id(string term)
    {
        if (_ids.TryGetValue(term, out int id)) return id;
        id = _terms.Count;
        _ids.Add(term, id);
        _terms.Add(term);
        _documentFrequency.Add(0);
        return id;
    }

    /// <summary>Counts one more document containing each of <paramref name="termIds"/> (each id once).</summary>
    public void CountDocument(IEnumerable<int> termIds)
    {
        Documents++;
        foreach (int id in termIds)
        {
            _documentFrequency[id]++;
            _changed?.Add(id);
        }
    }

    /// <summary>The terms whose counts changed since the last call, with their counts now.</summary>
    public IReadOnlyList<(string Term, int DocumentFrequency)> TakeChanged()
    {
        if (_changed is null) return [];
        var changed = _changed.Order().Select(id => (_terms[id], _documentFrequency[id])).ToList();
        _changed.Clear();
        return changed;
    }

    /// <summary>Restores saved counts (loading the stage's state from the store).</summary>
    public void Restore(long documents, IEnumerable<(string Term, int DocumentFrequency)> counts)
    {
        Documents = documents;
        foreach (var (term, df) in counts) _documentFrequency[Id(term)] = df;
    }

    /// <summary>Smoothed inverse document frequency; stays positive for a term in every document.</summary>
    public double Idf(int id) => Math.Log((Documents + 1.0) / (_documentFrequency[id] + 1.0)) + 1.0;
}

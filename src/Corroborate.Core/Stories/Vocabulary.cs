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
    private readonly List<double> _logDocumentFrequency = []; // cached: IDF is computed for every centroid term of every candidate
    private double _logDocuments;
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
        _logDocumentFrequency.Add(0);
        return id;
    }

    /// <summary>Counts one more document containing each of <paramref name="termIds"/> (each id once).</summary>
    public void CountDocument(IEnumerable<int> termIds)
    {
        Documents++;
        _logDocuments = Math.Log(Documents + 1.0);
        foreach (int id in termIds)
        {
            _documentFrequency[id]++;
            _logDocumentFrequency[id] = Math.Log(_documentFrequency[id] + 1.0);
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
        _logDocuments = Math.Log(documents + 1.0);
        foreach (var (term, df) in counts)
        {
            int id = Id(term);
            _documentFrequency[id] = df;
            _logDocumentFrequency[id] = Math.Log(df + 1.0);
        }
    }

    /// <summary>Smoothed inverse document frequency now; stays positive for a term in every document.</summary>
    public double Idf(int id) => _logDocuments - _logDocumentFrequency[id] + 1.0;
}

namespace Corroborate.Core.Stories;

/// <summary>
/// The terms of one article before weighting: occurrence counts and the highest boost a term earned
/// (headline, named entity). The bench builds these directly from synthetic term streams.
/// </summary>
public sealed class TermBag
{
    private readonly Dictionary<string, (int Count, double Boost)> _terms = new(StringComparer.Ordinal);

    public int Count => _terms.Count;

    public void Add(string term, double boost = 1.0)
    {
        _terms.TryGetValue(term, out var t);
        _terms[term] = (t.Count + 1, Math.Max(t.Boost, boost));
    }

    /// <summary>Raises the boost of a term already counted, or counts it once with that boost.</summary>
    public void Boost(string term, double boost)
    {
        if (_terms.TryGetValue(term, out var t)) _terms[term] = (t.Count, Math.Max(t.Boost, boost));
        else _terms[term] = (1, boost);
    }

    public IEnumerable<(string Term, int Count, double Boost)> Terms =>
        _terms.Select(kv => (kv.Key, kv.Value.Count, kv.Value.Boost));
}

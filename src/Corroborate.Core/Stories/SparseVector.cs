namespace Corroborate.Core.Stories;

/// <summary>A unit-length sparse vector over term ids, entries sorted by weight, heaviest first.</summary>
public sealed class SparseVector
{
    public int[] Ids { get; }
    public float[] Weights { get; }

    public SparseVector(IEnumerable<(int Id, double Weight)> entries, int maxTerms)
    {
        var top = entries.Where(e => e.Weight > 0)
            .OrderByDescending(e => e.Weight).ThenBy(e => e.Id)
            .Take(maxTerms).ToArray();
        double norm = Math.Sqrt(top.Sum(e => e.Weight * e.Weight));
        Ids = top.Select(e => e.Id).ToArray();
        Weights = top.Select(e => (float)(norm == 0 ? 0 : e.Weight / norm)).ToArray();
    }

    public int Length => Ids.Length;

    /// <summary>Sublinear TF-IDF: (1 + ln tf) · idf · boost. Counts the document in the vocabulary first.</summary>
    public static SparseVector FromTerms(TermBag bag, Vocabulary vocabulary, int maxTerms)
    {
        var terms = bag.Terms.Select(t => (Id: vocabulary.Id(t.Term), t.Count, t.Boost)).ToList();
        vocabulary.CountDocument(terms.Select(t => t.Id));
        return new SparseVector(terms.Select(t => (t.Id, (1 + Math.Log(t.Count)) * vocabulary.Idf(t.Id) * t.Boost)), maxTerms);
    }
}

namespace Corroborate.Core.Stories;

/// <summary>
/// An article's unit-length TF-IDF vector over term ids, entries sorted by weight, heaviest first.
/// <see cref="Mass"/> is the same vector without the IDF factor: centroids sum masses and apply the IDF
/// of the moment when compared, so that clusters opened while frequencies were still rough get fair
/// weights later.
/// </summary>
public sealed class SparseVector
{
    public int[] Ids { get; }
    public float[] Weights { get; }
    public float[] Mass { get; }

    private SparseVector(int[] ids, float[] weights, float[] mass) => (Ids, Weights, Mass) = (ids, weights, mass);

    public int Length => Ids.Length;

    /// <summary>Sublinear TF-IDF: (1 + ln tf) · boost · idf. Counts the document in the vocabulary first.</summary>
    public static SparseVector FromTerms(TermBag bag, Vocabulary vocabulary, int maxTerms)
    {
        var terms = bag.Terms.Select(t => (Id: vocabulary.Id(t.Term), Tf: (1 + Math.Log(t.Count)) * t.Boost)).ToList();
        vocabulary.CountDocument(terms.Select(t => t.Id));
        var top = terms.Select(t => (t.Id, t.Tf, Weight: t.Tf * vocabulary.Idf(t.Id)))
            .OrderByDescending(t => t.Weight).ThenBy(t => t.Id)
            .Take(maxTerms).ToArray();
        double norm = Math.Sqrt(top.Sum(t => t.Weight * t.Weight));
        if (norm == 0) return new SparseVector([], [], []);
        return new SparseVector(
            top.Select(t => t.Id).ToArray(),
            top.Select(t => (float)(t.Weight / norm)).ToArray(),
            top.Select(t => (float)(t.Tf / norm)).ToArray());
    }
}

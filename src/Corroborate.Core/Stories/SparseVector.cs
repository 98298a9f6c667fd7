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
        int n = bag.Count;
        var ids = new int[n];
        var tf = new double[n];
        int k = 0;
        foreach (var (term, count, boost) in bag.Terms)
        {
            ids[k] = vocabulary.Id(term);
            tf[k++] = (1 + Math.Log(count)) * boost;
        }
        vocabulary.CountDocument(ids);
        var weights = new double[n];
        for (int i = 0; i < n; i++) weights[i] = tf[i] * vocabulary.Idf(ids[i]);
        var order = new int[n];
        var keys = new double[n];
        for (int i = 0; i < n; i++) (order[i], keys[i]) = (i, -weights[i]);
        Array.Sort(keys, order); // a primitive-key sort; the bag's order is deterministic, so ties are too
        int m = Math.Min(n, maxTerms);
        double norm = 0;
        for (int i = 0; i < m; i++) norm += weights[order[i]] * weights[order[i]];
        norm = Math.Sqrt(norm);
        if (norm == 0) return new SparseVector([], [], []);
        var vector = new SparseVector(new int[m], new float[m], new float[m]);
        for (int i = 0; i < m; i++)
        {
            int j = order[i];
            (vector.Ids[i], vector.Weights[i], vector.Mass[i]) = (ids[j], (float)(weights[j] / norm), (float)(tf[j] / norm));
        }
        return vector;
    }
}

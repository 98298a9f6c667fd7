namespace Corroborate.Core.Entities;

/// <summary>
/// Builds the <see cref="WordLexicon"/> from running text: casing habits, and word clusters found by spherical
/// k-means over each word's left and right neighbours among the most frequent words. Words that occur in the
/// same company (city names after "in", surnames after "Mr.") land in the same cluster, which lets the tagger
/// generalise from words it saw labelled to words it only saw in plain text.
/// </summary>
public static class WordLexiconBuilder
{
    private const int ContextWords = 400, MinCount = 3, FineClusters = 256, CoarseClusters = 32, Iterations = 12;

    public static WordLexicon Build(IReadOnlyList<string[]> sentences, Action<string>? log = null)
    {
        var casing = WordLexicon.CountCasing(sentences);
        var lowered = sentences.Select(s => s.Select(w => w.ToLowerInvariant()).ToArray()).ToList();
        var counts = new Dictionary<string, int>();
        foreach (var s in lowered) foreach (var w in s) counts[w] = counts.GetValueOrDefault(w) + 1;
        var byFrequency = counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).ToList();
        var contextIndex = byFrequency.Take(ContextWords).Select((c, i) => (c.Key, i)).ToDictionary(x => x.Key, x => x.i);
        var vocabulary = byFrequency.Where(c => c.Value >= MinCount && c.Key.Any(char.IsLetter)).Select(c => c.Key).ToList();
        var wordIndex = vocabulary.Select((w, i) => (w, i)).ToDictionary(x => x.w, x => x.i);

        var vectors = ContextVectors(lowered, wordIndex, contextIndex);
        var fine = KMeans(vectors, Math.Min(FineClusters, vectors.Length), 2 * ContextWords);
        var coarse = KMeans(vectors, Math.Min(CoarseClusters, vectors.Length), 2 * ContextWords);
        log?.Invoke($"clusters: {vocabulary.Count} words in {FineClusters} and {CoarseClusters} clusters");

        var entries = new Dictionary<string, WordLexicon.Entry>();
        foreach (var (word, c) in casing) entries[word] = new WordLexicon.Entry(c, -1, -1);
        for (int i = 0; i < vocabulary.Count; i++)
            entries[vocabulary[i]] = new WordLexicon.Entry(casing.GetValueOrDefault(vocabulary[i]), (short)fine[i], (short)coarse[i]);
        return new WordLexicon(entries);
    }

    /// <summary>Sparse, L2-normalised vectors of log counts of the left (first half) and right (second half) neighbours.</summary>
    private static (int[] Index, float[] Value)[] ContextVectors(List<string[]> sentences, Dictionary<string, int> words, Dictionary<string, int> contexts)
    {
        var counts = new Dictionary<int, int>[words.Count];
        for (int i = 0; i < counts.Length; i++) counts[i] = [];
        foreach (var s in sentences)
            for (int i = 0; i < s.Length; i++)
            {
                if (!words.TryGetValue(s[i], out int w)) continue;
                if (i > 0 && contexts.TryGetValue(s[i - 1], out int left)) counts[w][left] = counts[w].GetValueOrDefault(left) + 1;
                if (i + 1 < s.Length && contexts.TryGetValue(s[i + 1], out int right)) counts[w][contexts.Count + right] = counts[w].GetValueOrDefault(contexts.Count + right) + 1;
            }
        return counts.Select(c =>
        {
            var index = c.Keys.Order().ToArray();
            var value = index.Select(k => MathF.Log(1 + c[k])).ToArray();
            float norm = MathF.Sqrt(value.Sum(v => v * v));
            if (norm > 0) for (int k = 0; k < value.Length; k++) value[k] /= norm;
            return (index, value);
        }).ToArray();
    }

    /// <summary>Spherical k-means, started deterministically from the k most frequent words.</summary>
    private static int[] KMeans((int[] Index, float[] Value)[] vectors, int k, int dimensions)
    {
        var assignment = new int[vectors.Length];
        if (k == 0) return assignment;
        var centroids = new float[k][];
        for (int c = 0; c < k; c++)
        {
            centroids[c] = new float[dimensions];
            var (index, value) = vectors[c];
            for (int j = 0; j < index.Length; j++) centroids[c][index[j]] = value[j];
        }
        for (int iteration = 0; iteration < Iterations; iteration++)
        {
            Parallel.For(0, vectors.Length, i =>
            {
                var (index, value) = vectors[i];
                int best = 0;
                float bestScore = float.MinValue;
                for (int c = 0; c < k; c++)
                {
                    float dot = 0;
                    var centroid = centroids[c];
                    for (int j = 0; j < index.Length; j++) dot += centroid[index[j]] * value[j];
                    if (dot > bestScore) { bestScore = dot; best = c; }
                }
                assignment[i] = best;
            });
            foreach (var centroid in centroids) Array.Clear(centroid);
            for (int i = 0; i < vectors.Length; i++)
            {
                var (index, value) = vectors[i];
                var centroid = centroids[assignment[i]];
                for (int j = 0; j < index.Length; j++) centroid[index[j]] += value[j];
            }
            foreach (var centroid in centroids)
            {
                float norm = MathF.Sqrt(centroid.Sum(v => v * v));
                if (norm > 0) for (int j = 0; j < centroid.Length; j++) centroid[j] /= norm;
            }
        }
        return assignment;
    }
}

namespace Corroborate.Core.Provenance;

/// <summary>
/// A MinHash sketch of an article's word shingles, made by one-permutation hashing: every shingle is
/// hashed once, the top bits pick one of k bins and each bin keeps its smallest low 32 bits. That costs
/// one hash per shingle instead of k, and two articles agree on a bin with probability close to the
/// Jaccard similarity of their shingle sets, as with k independent permutations. Bins left empty (very
/// short texts) borrow the next filled bin's value, shifted by the distance, so empty bins stay
/// comparable (rotation densification).
///
/// Banding: each bin is its own LSH band (b = k, r = 1), and its band key is the bin number mixed with
/// the minimum. We need to catch pairs where half of the shorter article is copied, which leaves a shingle
/// Jaccard near 0.3 or less (a 50% truncation with edits); with r = 1 the chance to miss such a pair is
/// (1 - J)^k = 1.4% at J = 0.3 and k = 12. Any r ≥ 2 needs b ≥ 32 bands for the same recall, and the
/// index budget (≤ 200 bytes per article) does not allow that. The price of r = 1, more false
/// candidates at low similarity, is paid by the exact verification that follows.
/// </summary>
public static class MinHashSketch
{
    /// <summary>Writes the k band keys of <paramref name="tokens"/>; false when the text has no words.</summary>
    public static bool TryCompute(WordTokens tokens, int shingleWords, Span<uint> bandKeys)
    {
        int k = bandKeys.Length;
        if (tokens.Count == 0) return false;
        Span<ulong> mins = stackalloc ulong[k];
        mins.Fill(ulong.MaxValue);
        var words = tokens.Hashes;
        int w = Math.Min(shingleWords, words.Length);
        for (int i = 0; i + w <= words.Length; i++)
        {
            ulong h = ShingleHash(words, i, w);
            int bin = (int)(((h >> 32) * (ulong)k) >> 32);
            ulong value = (uint)h;
            if (value < mins[bin]) mins[bin] = value;
        }
        for (int bin = 0; bin < k; bin++)
        {
            ulong value = mins[bin];
            for (int step = 1; value == ulong.MaxValue; step++)
            {
                ulong donor = mins[(bin + step) % k];
                if (donor != ulong.MaxValue) value = (uint)FastHash.Mix(donor + (ulong)step);
            }
            bandKeys[bin] = (uint)FastHash.Mix(((ulong)bin << 32) | value);
        }
        return true;
    }

    /// <summary>The hash of the <paramref name="w"/> words starting at <paramref name="start"/>.</summary>
    public static ulong ShingleHash(ReadOnlySpan<ulong> words, int start, int w)
    {
        ulong h = words[start];
        for (int t = 1; t < w; t++) h = FastHash.Combine(h, words[start + t]);
        return h;
    }
}

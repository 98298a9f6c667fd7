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
/// (1 - J)^k = 2.8% at J = 0.3 and k = 10. Any r ≥ 2 needs b ≥ 32 bands for the same recall, and the
/// index budget (≤ 200 bytes per article) does not allow that. The price of r = 1, more false
/// candidates at low similarity, is paid by the exact verification that follows.
///
/// Jaccard similarity undercounts containment: a wire copy cut to its first quarter has J ≈ 0.25 or less
/// with the full story. Copies are cut from the end (news is written most important first), so two more
/// bins sketch only the lede, the first words of the article, where such a copy and its source agree
/// almost entirely.
/// </summary>
public static class MinHashSketch
{
    public static int KeyCount(ProvenanceOptions options) => options.SketchBins + options.LedeBins;

    /// <summary>Writes the band keys of <paramref name="tokens"/> (whole-text bins, then lede bins); false when the text has no words.</summary>
    public static bool TryCompute(WordTokens tokens, ProvenanceOptions options, Span<uint> bandKeys)
    {
        var words = tokens.Hashes;
        if (words.Length == 0) return false;
        int lede = Math.Min(words.Length, options.LedeWords);
        Sketch(words, tokens.IsContent, options.ShingleWords, bandKeys[..options.SketchBins], firstBin: 0);
        Sketch(words[..lede], tokens.IsContent[..lede], options.ShingleWords, bandKeys[options.SketchBins..KeyCount(options)], options.SketchBins);
        return true;
    }

    // Shingles made only of short function words are skipped: they recur across unrelated articles, and
    // as bin minimums they would fill LSH buckets with false candidates that grow with the corpus.
    // A text with no other shingle keeps them all.
    private static void Sketch(ReadOnlySpan<ulong> words, ReadOnlySpan<bool> content, int shingleWords, Span<uint> bandKeys, int firstBin)
    {
        int k = bandKeys.Length;
        Span<ulong> mins = stackalloc ulong[k];
        int w = Math.Min(shingleWords, words.Length);
        bool any = false;
        for (int pass = 0; pass < 2 && !any; pass++)
        {
            mins.Fill(ulong.MaxValue);
            int contentInWindow = 0;
            for (int i = 0; i < w - 1; i++) if (content[i]) contentInWindow++;
            for (int i = 0; i + w <= words.Length; i++)
            {
                if (content[i + w - 1]) contentInWindow++;
                if (i > 0 && content[i - 1]) contentInWindow--;
                if (contentInWindow == 0 && pass == 0) continue;
                any = true;
                ulong h = ShingleHash(words, i, w);
                int bin = (int)(((h >> 32) * (ulong)k) >> 32);
                ulong value = (uint)h;
                if (value < mins[bin]) mins[bin] = value;
            }
        }
        for (int bin = 0; bin < k; bin++)
        {
            ulong value = mins[bin];
            for (int step = 1; value == ulong.MaxValue; step++)
            {
                ulong donor = mins[(bin + step) % k];
                if (donor != ulong.MaxValue) value = (uint)FastHash.Mix(donor + (ulong)step);
            }
            bandKeys[bin] = (uint)FastHash.Mix(((ulong)(firstBin + bin) << 32) | value);
        }
    }

    /// <summary>The hash of the <paramref name="w"/> words starting at <paramref name="start"/>.</summary>
    public static ulong ShingleHash(ReadOnlySpan<ulong> words, int start, int w)
    {
        ulong h = words[start];
        for (int t = 1; t < w; t++) h = FastHash.Combine(h, words[start + t]);
        return h;
    }
}

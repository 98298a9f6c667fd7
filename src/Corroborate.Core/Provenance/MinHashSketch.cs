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
        int w = Math.Min(shingleWords, words.Length);
        var bins = new BinMinimums(k, ContentShingles(content, w));
        ForEachShingle(words, w, ref bins);
        if (!bins.Any)
        {
            bins = new BinMinimums(k, null);
            ForEachShingle(words, w, ref bins);
        }
        for (int bin = 0; bin < k; bin++)
        {
            ulong value = bins.Mins[bin];
            for (int step = 1; value == ulong.MaxValue; step++)
            {
                ulong donor = bins.Mins[(bin + step) % k];
                if (donor != ulong.MaxValue) value = (uint)FastHash.Mix(donor + (ulong)step);
            }
            bandKeys[bin] = (uint)FastHash.Mix(((ulong)(firstBin + bin) << 32) | value);
        }
    }

    /// <summary>The hash of every run of <paramref name="w"/> words, by start position.</summary>
    public static ulong[] ShingleHashes(ReadOnlySpan<ulong> words, int w)
    {
        var collect = new Collect(new ulong[Math.Max(0, words.Length - w + 1)]);
        ForEachShingle(words, w, ref collect);
        return collect.Hashes;
    }

    private readonly struct Collect(ulong[] hashes) : IShingleVisitor
    {
        public ulong[] Hashes => hashes;
        public void Visit(int position, ulong hash) => hashes[position] = hash;
    }

    // For each shingle position, whether the shingle holds a content word.
    private static bool[] ContentShingles(ReadOnlySpan<bool> content, int w)
    {
        var result = new bool[Math.Max(0, content.Length - w + 1)];
        int inWindow = 0;
        for (int i = 0; i < content.Length; i++)
        {
            if (content[i]) inWindow++;
            if (i >= w && content[i - w]) inWindow--;
            if (i >= w - 1) result[i - w + 1] = inWindow > 0;
        }
        return result;
    }

    private struct BinMinimums(int k, bool[]? allowed) : IShingleVisitor
    {
        public readonly ulong[] Mins = CreateMins(k);
        public bool Any;

        private static ulong[] CreateMins(int k)
        {
            var mins = new ulong[k];
            Array.Fill(mins, ulong.MaxValue);
            return mins;
        }

        public void Visit(int position, ulong hash)
        {
            if (allowed is not null && !allowed[position]) return;
            Any = true;
            int bin = (int)(((hash >> 32) * (ulong)Mins.Length) >> 32);
            ulong value = (uint)hash;
            if (value < Mins[bin]) Mins[bin] = value;
        }
    }

    /// <summary>
    /// Calls <paramref name="visit"/> with the position and hash of every run of <paramref name="w"/> words.
    /// A rolling polynomial over the (already well mixed) word hashes costs two multiplications per
    /// position whatever w is; the finaliser then spreads it over all 64 bits.
    /// </summary>
    public static void ForEachShingle<TVisitor>(ReadOnlySpan<ulong> words, int w, ref TVisitor visit) where TVisitor : struct, IShingleVisitor
    {
        if (words.Length < w) return;
        const ulong p = 0x9E3779B97F4A7C15UL;
        ulong top = 1; // p^(w-1)
        for (int t = 1; t < w; t++) top *= p;
        ulong h = 0;
        for (int t = 0; t < w; t++) h = h * p + words[t];
        for (int i = 0; ; i++)
        {
            visit.Visit(i, FastHash.Mix(h));
            if (i + w >= words.Length) break;
            h = (h - words[i] * top) * p + words[i + w];
        }
    }
}

/// <summary>Receives shingles from <see cref="MinHashSketch.ForEachShingle"/>; a struct so the call inlines.</summary>
public interface IShingleVisitor
{
    void Visit(int position, ulong hash);
}

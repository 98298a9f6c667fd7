namespace Corroborate.Core.Provenance;

/// <summary>The knobs of copy detection; the defaults are the values the copies eval was run with (docs/cli.md).</summary>
public sealed record ProvenanceOptions
{
    /// <summary>Words per shingle in the MinHash sketch: five, because shorter shingles of common words recur across unrelated articles and crowd the LSH buckets as the corpus grows.</summary>
    public int ShingleWords { get; init; } = 5;

    /// <summary>Bins of the one-permutation MinHash sketch, each an LSH band of one value (see <see cref="MinHashSketch"/>).</summary>
    public int SketchBins { get; init; } = 10;

    /// <summary>Extra sketch bins over the lede only, so that copies cut short still meet their source.</summary>
    public int LedeBins { get; init; } = 2;

    /// <summary>Words counted as the lede.</summary>
    public int LedeWords { get; init; } = 60;

    /// <summary>Words in an alignment seed: a shared word trigram starts a candidate match.</summary>
    public int AnchorWords { get; init; } = 3;

    /// <summary>Largest run of differing words (an edit, an inserted clause) bridged inside one passage.</summary>
    public int MaxGapWords { get; init; } = 10;

    /// <summary>Matched words a passage needs; shorter coincidences ("the president of the") are not passages.</summary>
    public int MinPassageWords { get; init; } = 8;

    /// <summary>Pairs whose similarity is below this are not stored at all.</summary>
    public double StoreThreshold { get; init; } = 0.05;

    /// <summary>A pair is called a copy from this similarity on (the share of the more-copied article found in the other).</summary>
    public double CopyThreshold { get; init; } = 0.3;

    /// <summary>
    /// Articles joined by pairs at least this similar form one syndication family. Calibrated on real
    /// copies (samples/realnews-copies, dev half): wire copies and partial republications score 0.47 and
    /// up, independent reports of the same event at most 0.31 once quoted words are left out, and 0.4
    /// sits between the two. At 0.5, a wire story republished in part (half of one side) fell out of its family.
    /// </summary>
    public double FamilyThreshold { get; init; } = 0.4;

    public static ProvenanceOptions Default { get; } = new();
}

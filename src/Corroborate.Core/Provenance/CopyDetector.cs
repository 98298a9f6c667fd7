namespace Corroborate.Core.Provenance;

/// <summary>
/// Verifies one candidate pair: aligns the two texts and, when they share enough, decides for every
/// passage where it comes from. The origin is the earlier published article; when either date is
/// unknown, the one ingested first; when both were published at the same moment, the article where the
/// passage is more complete (the copy is usually the trimmed one).
/// </summary>
public sealed class CopyDetector(ProvenanceOptions options)
{
    private readonly PassageAligner _aligner = new(options);

    /// <summary>The pair, or null when it shares less than <see cref="ProvenanceOptions.StoreThreshold"/>.</summary>
    public CopyPair? Compare(Article earlier, WordTokens earlierWords, Article later, WordTokens laterWords)
    {
        var alignment = _aligner.Align(earlier.Text, earlierWords, later.Text, laterWords);
        if (alignment.Passages.Count == 0 || alignment.Similarity < options.StoreThreshold) return null;
        var passages = alignment.Passages
            .Select(p => new SharedPassage(p.A, p.B, Origin(earlier, later, p).Id))
            .ToList();
        return new CopyPair(earlier.Id, later.Id, Round(alignment.Similarity), Round(alignment.CoverageA), Round(alignment.CoverageB), passages);
    }

    private static Article Origin(Article earlier, Article later, AlignedPassage passage)
    {
        if (earlier.Published is not { } first || later.Published is not { } second) return earlier;
        if (first != second) return first < second ? earlier : later;
        return passage.B.Length > passage.A.Length ? later : earlier;
    }

    // Four decimals keep report.json stable across platforms without losing anything a reader needs.
    private static double Round(double x) => Math.Round(x, 4);
}

namespace Corroborate.Core.Provenance;

/// <summary>
/// Why two articles are a copied pair: how similar they are, the passages they share (offsets in both), which one
/// is the origin and on what grounds. The grounds restate <see cref="CopyDetector"/>'s rule for the pair's dates:
/// the earlier publication is the origin; without both dates, the one stored first; at the same moment, the one
/// whose passages are the longer (a copy is usually trimmed).
/// </summary>
public sealed record CopyExplanation(
    CopyPair Pair, string Origin, string Copy, string Reason,
    int OriginPassages, int OriginCharacters, int SharedCharacters)
{
    /// <param name="publishedA">When <see cref="CopyPair.A"/> (the one stored first) was published, if known.</param>
    /// <param name="publishedB">The same for <see cref="CopyPair.B"/>.</param>
    public static CopyExplanation Of(CopyPair pair, DateTimeOffset? publishedA, DateTimeOffset? publishedB)
    {
        string origin = pair.Origin;
        var fromOrigin = pair.Passages.Where(p => p.Origin == origin).ToList();
        return new CopyExplanation(
            pair, origin, pair.Copy, Grounds(origin == pair.A, publishedA, publishedB),
            fromOrigin.Count, fromOrigin.Sum(p => p.A.Length), pair.Passages.Sum(p => p.A.Length));
    }

    private static string Grounds(bool originIsA, DateTimeOffset? a, DateTimeOffset? b)
    {
        if (a is not { } first || b is not { } second)
            return "a publication date is missing, so the article stored first counts as the origin";
        if (first == second)
            return $"both were published at {Stamp(first)}, so the origin is where the shared passages are longer";
        // With two different dates every passage comes from the earlier article, so the origin is the earlier one.
        var (earlier, later) = originIsA ? (first, second) : (second, first);
        return $"published {Stamp(earlier)}, {Gap(later - earlier)} before the other ({Stamp(later)})";
    }

    private static string Stamp(DateTimeOffset t) =>
        t.ToUniversalTime().ToString("yyyy-MM-dd HH:mm 'UTC'", System.Globalization.CultureInfo.InvariantCulture);

    private static string Gap(TimeSpan gap) =>
        gap.TotalDays >= 1 ? FormattableString.Invariant($"{gap.TotalDays:0.#} days")
        : gap.TotalHours >= 1 ? FormattableString.Invariant($"{gap.TotalHours:0.#} hours")
        : FormattableString.Invariant($"{gap.TotalMinutes:0} minutes");
}

namespace Corroborate.Core.Text;

/// <summary>
/// Lookups in annotations kept in text order (quantities, time expressions, mentions): the ones inside a span by
/// binary search, so that asking for each sentence's annotations costs log n, not a scan of the article.
/// </summary>
public static class SortedByStart
{
    /// <summary>The index of the first item starting at or after <paramref name="offset"/>.</summary>
    public static int FirstAtOrAfter<T>(IReadOnlyList<T> sorted, Func<T, int> start, int offset)
    {
        int lo = 0, hi = sorted.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) / 2;
            if (start(sorted[mid]) < offset) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    /// <summary>The items that lie wholly inside <paramref name="range"/>.</summary>
    public static List<T> Within<T>(IReadOnlyList<T> sorted, Func<T, TextSpan> span, TextSpan range)
    {
        var result = new List<T>();
        for (int i = FirstAtOrAfter(sorted, x => span(x).Start, range.Start); i < sorted.Count && span(sorted[i]).Start < range.End; i++)
            if (span(sorted[i]).End <= range.End) result.Add(sorted[i]);
        return result;
    }
}

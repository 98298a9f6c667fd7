namespace Corroborate.Core;

/// <summary>
/// A compact map from offsets in a derived text to offsets in the text it came from. It stores only the
/// anchors where the shift between the two changes, so an article that normalisation barely touched costs
/// a handful of integers.
/// </summary>
public sealed class OffsetMap
{
    // Pairs (derivedOffset, originalOffset), sorted by derivedOffset; between anchors the shift is constant.
    private readonly int[] _derived;
    private readonly int[] _original;

    public OffsetMap(IReadOnlyList<(int Derived, int Original)> anchors)
    {
        _derived = anchors.Select(a => a.Derived).ToArray();
        _original = anchors.Select(a => a.Original).ToArray();
    }

    public static OffsetMap Identity { get; } = new([(0, 0)]);

    public IEnumerable<(int Derived, int Original)> Anchors => _derived.Zip(_original);

    /// <summary>Builds the map from a per-character origin array (origin[i] = source offset of char i).</summary>
    public static OffsetMap FromOrigins(IReadOnlyList<int> origins, int originalLength)
    {
        var anchors = new List<(int, int)>();
        int lastShift = int.MinValue;
        for (int i = 0; i < origins.Count; i++)
        {
            int shift = origins[i] - i;
            if (shift != lastShift) { anchors.Add((i, origins[i])); lastShift = shift; }
        }
        int endShift = originalLength - origins.Count;
        if (endShift != lastShift) anchors.Add((origins.Count, originalLength));
        if (anchors.Count == 0) anchors.Add((0, 0));
        return new OffsetMap(anchors);
    }

    public int ToOriginal(int derivedOffset)
    {
        int i = Array.BinarySearch(_derived, derivedOffset);
        if (i < 0) i = ~i - 1;
        if (i < 0) return derivedOffset;
        return _original[i] + (derivedOffset - _derived[i]);
    }
}

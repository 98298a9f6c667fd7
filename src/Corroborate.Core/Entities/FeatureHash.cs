namespace Corroborate.Core.Entities;

/// <summary>
/// Stable 64-bit hashing for feature hashing: the same feature gets the same bucket in every process
/// (string.GetHashCode is randomised per process, so it cannot be used for a saved model).
/// </summary>
internal static class FeatureHash
{
    private const ulong Offset = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    public static ulong Of(ReadOnlySpan<char> s)
    {
        ulong h = Offset;
        foreach (char c in s) h = (h ^ c) * Prime;
        return Finish(h);
    }

    public static ulong Of(int value) => Finish((ulong)(uint)value * 0x9E3779B97F4A7C15UL + 0x632BE59BD9B4E019UL);

    public static ulong Combine(ulong a, ulong b) => Finish(a * 31UL + b + 0x9E3779B97F4A7C15UL);

    /// <summary>The murmur3 finaliser: spreads every input bit over the whole word.</summary>
    private static ulong Finish(ulong h)
    {
        h ^= h >> 33;
        h *= 0xff51afd7ed558ccdUL;
        h ^= h >> 33;
        h *= 0xc4ceb9fe1a85ec53UL;
        h ^= h >> 33;
        return h;
    }
}

using Corroborate.Core.Provenance;

namespace Corroborate.Core.Entities;

/// <summary>
/// Stable 64-bit hashing for feature hashing: the same feature gets the same bucket in every process
/// (string.GetHashCode is randomised per process, so it cannot be used for a saved model). The character
/// steps and the finaliser are the provenance stage's <see cref="FastHash"/>, so both stages hash alike.
/// </summary>
internal static class FeatureHash
{
    public static ulong Of(ReadOnlySpan<char> s)
    {
        ulong h = FastHash.Seed;
        foreach (char c in s) h = FastHash.Step(h, c);
        return Finish(h);
    }

    public static ulong Of(int value) => Finish((ulong)(uint)value * 0x9E3779B97F4A7C15UL + 0x632BE59BD9B4E019UL);

    public static ulong Combine(ulong a, ulong b) => Finish(a * 31UL + b + 0x9E3779B97F4A7C15UL);

    private static ulong Finish(ulong h) => FastHash.Mix(h);
}

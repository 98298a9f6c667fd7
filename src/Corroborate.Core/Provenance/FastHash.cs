namespace Corroborate.Core.Provenance;

/// <summary>
/// Small 64-bit hashing primitives of our own. Token hashes are built one folded character at a time
/// (multiply-xor, like FNV-1a but on 16-bit chars) so that no string is ever allocated, then finished
/// with a strong avalanche mix so that every output bit depends on every input bit; MinHash relies on
/// the finished hashes behaving like random numbers.
/// </summary>
public static class FastHash
{
    public const ulong Seed = 0xCBF29CE484222325UL;
    private const ulong Prime = 0x100000001B3UL;

    public static ulong Step(ulong state, char c) => (state ^ c) * Prime;

    /// <summary>The 64-bit finaliser of MurmurHash3: full avalanche in five cheap operations.</summary>
    public static ulong Mix(ulong h)
    {
        h ^= h >> 33;
        h *= 0xFF51AFD7ED558CCDUL;
        h ^= h >> 33;
        h *= 0xC4CEB9FE1A85EC53UL;
        h ^= h >> 33;
        return h;
    }
}

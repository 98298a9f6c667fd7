namespace Corroborate.Core.Provenance;

/// <summary>
/// In-memory LSH bucket table: band key → article numbers, as one open-addressing table of
/// (32-bit key, 32-bit article) slots. A key shared by many articles simply occupies several slots of the
/// same probe run, so there are no per-bucket lists to allocate. It grows by half when three quarters
/// full, so a slot costs 8 bytes at 50–75% load: with 12 bands, 128–192 bytes per article.
/// A bucket holds at most <see cref="MaxBucket"/> articles: a key that common is boilerplate, not
/// evidence of copying, and the cap keeps the cost of every lookup and insert flat as the corpus grows.
/// </summary>
public sealed class LshIndex
{
    public const int MaxBucket = 64;
    private const double MaxLoad = 0.75;
    private uint[] _keys;
    private int[] _articles;
    private int _count;

    public LshIndex(int capacity = 1024)
    {
        _keys = new uint[capacity];
        _articles = new int[capacity];
        Array.Fill(_articles, -1);
    }

    public long Bytes => (long)_keys.Length * (sizeof(uint) + sizeof(int));

    public void Add(int article, ReadOnlySpan<uint> bandKeys)
    {
        if (_count + bandKeys.Length > _keys.Length * MaxLoad) Grow(_count + bandKeys.Length);
        foreach (uint key in bandKeys)
        {
            int slot = Slot(key, _keys.Length), same = 0;
            for (; _articles[slot] >= 0; slot = Next(slot))
                if (_keys[slot] == key && ++same == MaxBucket) break;
            if (same < MaxBucket) Place(slot, key, article);
        }
    }

    /// <summary>Adds to <paramref name="candidates"/> every article sharing at least one band key.</summary>
    public void Query(ReadOnlySpan<uint> bandKeys, HashSet<int> candidates)
    {
        foreach (uint key in bandKeys)
        {
            for (int slot = Slot(key, _keys.Length); _articles[slot] >= 0; slot = Next(slot))
                if (_keys[slot] == key) candidates.Add(_articles[slot]);
        }
    }

    private void Insert(uint key, int article)
    {
        int slot = Slot(key, _keys.Length);
        while (_articles[slot] >= 0) slot = Next(slot);
        Place(slot, key, article);
    }

    private void Place(int slot, uint key, int article)
    {
        _keys[slot] = key;
        _articles[slot] = article;
        _count++;
    }

    private int Next(int slot) => slot + 1 == _keys.Length ? 0 : slot + 1;

    // Multiply-shift maps a 32-bit key onto any table size without a power-of-two mask or a division.
    private static int Slot(uint key, int size) => (int)(((ulong)key * (uint)size) >> 32);

    private void Grow(int needed)
    {
        var (keys, articles) = (_keys, _articles);
        int size = keys.Length;
        while (needed > size * MaxLoad) size += size / 2;
        _keys = new uint[size];
        _articles = new int[size];
        Array.Fill(_articles, -1);
        _count = 0;
        for (int i = 0; i < keys.Length; i++)
            if (articles[i] >= 0) Insert(keys[i], articles[i]);
    }
}

namespace Corroborate.Core.Entities.Resolution;

/// <summary>Disjoint sets over 0..count-1; each set's root is its smallest member.</summary>
internal sealed class UnionFind(int count)
{
    private readonly int[] _parent = Enumerable.Range(0, count).ToArray();

    public int Find(int i) => _parent[i] == i ? i : _parent[i] = Find(_parent[i]);

    public void Union(int a, int b)
    {
        int ra = Find(a), rb = Find(b);
        if (ra != rb) _parent[Math.Max(ra, rb)] = Math.Min(ra, rb);
    }
}

namespace Corroborate.Core;

/// <summary>Disjoint sets over 0..count-1; each set's root is its smallest member.</summary>
internal sealed class UnionFind(int count)
{
    private readonly int[] _parent = Enumerable.Range(0, count).ToArray();

    /// <summary>The root of i's set; halves the path on the way, without recursion (chains can be long).</summary>
    public int Find(int i)
    {
        while (_parent[i] != i) i = _parent[i] = _parent[_parent[i]];
        return i;
    }

    public void Union(int a, int b)
    {
        int ra = Find(a), rb = Find(b);
        if (ra != rb) _parent[Math.Max(ra, rb)] = Math.Min(ra, rb);
    }
}

namespace Corroborate.Core.Provenance;

/// <summary>
/// Syndication families: articles joined, directly or through others, by pairs at least
/// <see cref="ProvenanceOptions.FamilyThreshold"/> similar. Later stages count a family as one
/// independent source: <see cref="FamilyOf"/> gives every article the id of its family's first article
/// (itself when it has no copies).
/// </summary>
public sealed class FamilyIndex
{
    private readonly Dictionary<string, string> _familyOf;

    private FamilyIndex(Dictionary<string, string> familyOf, IReadOnlyList<IReadOnlyList<string>> families)
    {
        _familyOf = familyOf;
        Families = families;
    }

    /// <summary>Families of two or more articles; members and families in the order of the given articles.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Families { get; }

    public string FamilyOf(string articleId) => _familyOf.GetValueOrDefault(articleId, articleId);

    /// <param name="articleIds">The articles to group, in ingest order; pairs with other articles are ignored.</param>
    public static FamilyIndex Build(IReadOnlyList<string> articleIds, IEnumerable<CopyPair> pairs, double threshold)
    {
        var position = new Dictionary<string, int>(articleIds.Count);
        foreach (var id in articleIds) position.TryAdd(id, position.Count);
        var sets = new UnionFind(position.Count); // the root is always the earliest member
        foreach (var pair in pairs)
        {
            if (pair.Similarity < threshold || !position.TryGetValue(pair.A, out int a) || !position.TryGetValue(pair.B, out int b)) continue;
            sets.Union(a, b);
        }
        var ordered = position.OrderBy(p => p.Value).Select(p => p.Key).ToList();
        var familyOf = new Dictionary<string, string>();
        var members = new Dictionary<int, List<string>>();
        foreach (var (id, i) in ordered.Select((id, i) => (id, i)))
        {
            int root = sets.Find(i);
            familyOf[id] = ordered[root];
            members.AddToList(root, id);
        }
        var families = members.OrderBy(m => m.Key).Select(m => (IReadOnlyList<string>)m.Value).Where(f => f.Count > 1).ToList();
        return new FamilyIndex(familyOf, families);
    }
}

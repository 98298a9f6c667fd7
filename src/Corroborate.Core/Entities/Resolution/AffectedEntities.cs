using Corroborate.Core.Store;

namespace Corroborate.Core.Entities.Resolution;

/// <summary>
/// The per-article entities an ingest must resolve again: the new ones, and every stored entity that one of
/// them could join, retype, attach a surname to or make an expansion's word proper, followed transitively (a new
/// full name can make a surname elsewhere unambiguous) and a whole entity at a time. Entities outside the set
/// share no key with it that <see cref="LocalEntityKeys.MayInteract"/> accepts, so resolving them again would
/// change nothing; the set is found through the store's key index, never by scanning the corpus.
/// </summary>
public sealed class AffectedEntities
{
    private readonly IEntityStore _store;
    private readonly Dictionary<(string ArticleId, int Ordinal), StoredLocalEntity> _locals = [];
    private readonly Dictionary<(string ArticleId, int Ordinal), LocalEntityKeys> _keys = [];
    private readonly Dictionary<string, bool> _properOutside = new(StringComparer.Ordinal);

    private AffectedEntities(IEntityStore store) => _store = store;

    /// <summary>The stored entities the set takes in: they are replaced by its resolution.</summary>
    public HashSet<string> EntityIds { get; } = new(StringComparer.Ordinal);

    /// <param name="pending">The per-article entities in no entity yet.</param>
    /// <param name="redone">Entities that must be resolved again whatever the keys say.</param>
    public static AffectedEntities Find(IEntityStore store, IReadOnlyList<StoredLocalEntity> pending, IReadOnlySet<string> redone)
    {
        var set = new AffectedEntities(store);
        var fresh = pending.Select(l => l.Ref).ToHashSet();
        var frontier = set.Take(pending).Concat(set.TakeEntities(redone)).ToList();
        while (frontier.Count > 0)
        {
            // New names may make an expansion's word proper (whether a word is proper follows the types the articles
            // gave, which resolution never changes). A name repeated across the batch's articles is probed once.
            var probes = new Dictionary<string, List<LocalEntityKeys>>(StringComparer.Ordinal);
            foreach (var (keys, isNew) in frontier.Select(l => (Keys: set.KeysOf(l), IsNew: fresh.Contains(l.Ref)))
                .DistinctBy(p => (p.Keys.Content, p.IsNew)))
                foreach (var key in keys.Links().Concat(isNew ? keys.ProperWordProbes() : []).Distinct())
                    probes.AddToList(key, keys);
            var joined = new HashSet<string>(StringComparer.Ordinal);
            foreach (var found in set._store.FindResolvedLocalEntities(probes.Keys).GroupBy(f => f.Local.Ref))
            {
                var local = found.First().Local;
                if (set.EntityIds.Contains(local.EntityId!) || joined.Contains(local.EntityId!)) continue;
                var candidate = set.KeysOf(local);
                if (found.SelectMany(f => probes[f.Key]).Distinct().Any(p => p.MayInteract(candidate))) joined.Add(local.EntityId!);
            }
            frontier = set.TakeEntities(joined);
        }
        return set;
    }

    public List<StoredLocalEntity> InCorpusOrder() => _locals.Values.OrderBy(l => l.Position).ToList();

    /// <summary>
    /// Whether a word is proper through a name outside the set: a word spelt like it of a stored per-article entity
    /// its article did not type ORG. The set's own names the resolver sees itself.
    /// </summary>
    public bool ProperWordOutside(string word)
    {
        if (_properOutside.TryGetValue(word, out bool known)) return known;
        string key = NameKey.Key(word);
        return _properOutside[word] = _store.FindResolvedLocalEntities(LocalEntityKeys.ProperWordKeys(word).ToList())
            .Any(found => !_locals.ContainsKey(found.Local.Ref) && found.Local.Local.Type != "ORG" &&
                KeysOf(found.Local).HasWordLike(key));
    }

    private List<StoredLocalEntity> TakeEntities(IReadOnlySet<string> entityIds)
    {
        var added = entityIds.Where(EntityIds.Add).ToList();
        return added.Count == 0 ? [] : Take(_store.LoadEntityMembers(added));
    }

    private List<StoredLocalEntity> Take(IEnumerable<StoredLocalEntity> locals) => locals.Where(l => _locals.TryAdd(l.Ref, l)).ToList();

    public LocalEntityKeys KeysOf(StoredLocalEntity local)
    {
        if (!_keys.TryGetValue(local.Ref, out var keys)) _keys[local.Ref] = keys = new LocalEntityKeys(local.Local);
        return keys;
    }
}

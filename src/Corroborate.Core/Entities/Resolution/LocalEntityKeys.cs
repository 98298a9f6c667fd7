namespace Corroborate.Core.Entities.Resolution;

/// <summary>
/// What incremental resolution looks a local entity up by, and the test that two local entities could affect
/// each other's resolution. Every rule of <see cref="CorpusResolver"/> relates two entities that share an index
/// key: multi-word names that match word for word share a one-deletion variant of their first word's key (n);
/// a surname or a first name and a full name, or two one-word names, one of their last (or first) word's (s); reordered
/// names their sorted
/// content words (r); an acronym and its owner or another holder the acronym (a); two expansions, or an
/// expansion and a name whose word may make it proper, a stem of a word (x). The test is loose on purpose (types
/// are ignored, since resolution may retype an entity, see <see cref="TypeVote"/>): it may relate entities the
/// resolver keeps apart, never the other way.
/// </summary>
public sealed class LocalEntityKeys
{
    private readonly LocalEntity _local;
    private readonly List<string[]> _names;
    private readonly HashSet<string> _texts;
    private readonly List<string> _expansion;
    private readonly HashSet<string> _reordered;
    private readonly List<string> _wordKeys;

    public LocalEntityKeys(LocalEntity local)
    {
        _local = local;
        _texts = local.Mentions.Select(m => m.Text).ToHashSet(StringComparer.Ordinal);
        _names = _texts.Select(t => NameKey.Words(t).Select(NameKey.Key).ToArray()).Where(k => k.Length > 0)
            .DistinctBy(k => string.Join(' ', k)).ToList();
        _expansion = local.Expansion is null ? [] : CorpusResolver.ContentWords(local.Expansion).Select(NameKey.Key).ToList();
        _reordered = _texts.Select(ReorderKey).OfType<string>().ToHashSet(StringComparer.Ordinal);
        _wordKeys = _texts.SelectMany(NameKey.Words).Select(NameKey.Key).Distinct().ToList();
    }

    /// <summary>What <see cref="MayInteract"/> reads of the entity, as text: entities with the same content interact alike.</summary>
    public string Content => field ??= string.Join('|', [_local.Type, .. _texts.Order(StringComparer.Ordinal), "#", .. _local.Acronyms, "#", _local.Expansion ?? ""]);

    /// <summary>The keys the local entity is stored under: its <see cref="Links"/>, and the stems of its words if they may be proper.</summary>
    public IEnumerable<string> Index() =>
        _local.Type == "ORG" ? Links() : Links().Concat(_wordKeys.SelectMany(Stems).Distinct().Select(s => "p:" + s));

    /// <summary>The keys of the entities this one could join: each rule's candidates share one with it.</summary>
    public IEnumerable<string> Links()
    {
        foreach (var name in _names)
        {
            if (name.Length > 1)
                foreach (var v in NameKey.OneDeletionVariants(name[0]))
                {
                    yield return $"n{name.Length}:{v}";
                    yield return "s:" + v;   // a first name alone meets its full name where a surname would
                }
            foreach (var v in NameKey.OneDeletionVariants(name[^1])) yield return "s:" + v;
        }
        foreach (var reordered in _reordered) yield return "r:" + reordered;
        foreach (var acronym in _local.Acronyms) yield return "a:" + acronym;
        if (IsAcronymUse) yield return "a:" + _local.Mentions[0].Text;
        foreach (var stem in _expansion.SelectMany(Stems).Distinct()) yield return "x:" + stem;
    }

    /// <summary>
    /// The expansions this entity's words could make differ from "proper" to not (see CorpusResolver.SameExpansion):
    /// looked up for new entities (whether a word is proper follows the type the article gave, never the entity's).
    /// </summary>
    public IEnumerable<string> ProperWordProbes() =>
        _local.Type == "ORG" ? [] : _wordKeys.SelectMany(Stems).Distinct().Select(s => "x:" + s);

    /// <summary>The keys under which stored entities whose names contain a word spelt like <paramref name="word"/> are found.</summary>
    public static IEnumerable<string> ProperWordKeys(string word) => Stems(NameKey.Key(word)).Select(s => "p:" + s);

    /// <summary>Whether a word of the entity's mentions is spelt like the given word key (<see cref="CorpusResolver.SameKey"/>).</summary>
    public bool HasWordLike(string key) => _wordKeys.Any(w => CorpusResolver.SameKey(w, key));

    private bool IsAcronymUse => _local.Acronyms.Count == 0 && _texts.Count == 1;

    /// <summary>Whether the resolver could put the two entities in one, or let one decide the other's type or merges.</summary>
    public bool MayInteract(LocalEntityKeys other) =>
        _names.Any(a => other._names.Any(b => NamesRelate(a, b))) ||
        _reordered.Overlaps(other._reordered) ||
        _local.Acronyms.Any(a => other._local.Acronyms.Contains(a) || other._texts.Contains(a)) ||
        other._local.Acronyms.Any(_texts.Contains) ||
        ExpansionsClose(other) ||
        ProperWordIn(other) || other.ProperWordIn(this);

    private static bool NamesRelate(string[] a, string[] b) =>
        NameKey.NamesMatch(a, b) ||
        (a.Length == 1 && b.Length > 1 && (NameKey.KeysMatch(a[0], b[^1]) || NameKey.KeysMatch(a[0], b[0]))) ||
        (b.Length == 1 && a.Length > 1 && (NameKey.KeysMatch(b[0], a[^1]) || NameKey.KeysMatch(b[0], a[0])));

    /// <summary>Expansions of one length that differ in at most one word each: the loosest SameExpansion accepts.</summary>
    private bool ExpansionsClose(LocalEntityKeys other)
    {
        if (_expansion.Count < 2 || _expansion.Count != other._expansion.Count) return false;
        return _expansion.Count(w => !other._expansion.Any(v => CorpusResolver.SameKey(w, v))) <= 1 &&
            other._expansion.Count(v => !_expansion.Any(w => CorpusResolver.SameKey(w, v))) <= 1;
    }

    private bool ProperWordIn(LocalEntityKeys expanded) =>
        _local.Type != "ORG" && expanded._expansion.Any(HasWordLike);

    private static string? ReorderKey(string text)
    {
        var words = CorpusResolver.ContentWords(text).Select(NameKey.Key).Order(StringComparer.Ordinal).ToList();
        return words.Count < 2 ? null : string.Join(' ', words);
    }

    /// <summary>
    /// Four-letter stems of a word key such that two keys <see cref="CorpusResolver.SameKey"/> accepts (one edit
    /// apart, or one a prefix of the other) share one: the first five letters less any one, cut to four.
    /// </summary>
    internal static IEnumerable<string> Stems(string key) =>
        key.Length < 5 ? [key] : NameKey.OneDeletionVariants(key[..5]).Select(v => v[..4]).Distinct();
}

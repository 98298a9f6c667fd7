using System.Security.Cryptography;
using System.Text;
using Corroborate.Core.Lexicons;

namespace Corroborate.Core.Entities.Resolution;

/// <summary>
/// Merges the per-article entities of a corpus into canonical entities. Types must agree. Two entities merge
/// when one of their names matches word for word up to spelling (<see cref="NameKey"/>); when they share an
/// acronym; or when their acronyms expand to the same words in any order (CSTO "Collective Security Treaty
/// Organization" = ODKB "Organization of the Collective Security Treaty"). A person named by surname alone
/// joins the one full name it fits, and stays apart when it fits two people or none.
/// </summary>
public static class CorpusResolver
{
    public static List<ResolvedEntity> Resolve(IReadOnlyList<LocalEntity> tagged)
    {
        var locals = RetypeMisc(tagged);
        var sets = new UnionFind(locals.Count);
        foreach (var sameType in Enumerable.Range(0, locals.Count).GroupBy(i => locals[i].Type))
        {
            var ids = sameType.ToList();
            MergeMatchingNames(locals, ids, sets);
            if (sameType.Key != "PER") MergeReorderedNames(locals, ids, sets);
            MergeAcronyms(locals, ids, sets, ProperWords(locals));
            AttachShortNames(locals, ids, sets);
        }
        // Groups come out in order of first mention: articles in the given order, then text order.
        var entities = Enumerable.Range(0, locals.Count).GroupBy(sets.Find).OrderBy(g => g.Min())
            .Select(g => Build(g.Select(i => locals[i]).ToList())).ToList();
        return UniqueIds(entities);
    }

    /// <summary>
    /// The tagger's commonest confusion is MISC for a name it has not seen. A MISC entity named exactly like a
    /// person (or that person's surname), place or organisation of one type elsewhere in the corpus takes that
    /// type; PER, LOC and ORG are never changed, so a city and a person of the same name stay apart.
    /// </summary>
    private static List<LocalEntity> RetypeMisc(IReadOnlyList<LocalEntity> locals)
    {
        var named = locals.Where(l => l.Type != "MISC")
            .SelectMany(l => l.Mentions.Select(m => (l.Type, Keys: KeysOf(m.Text)))).Where(n => n.Keys.Length > 0)
            .DistinctBy(n => (n.Type, string.Join(' ', n.Keys))).ToList();
        // A one-word MISC name may also be a person's surname, found through the surname's one-deletion variants.
        var byFirstWord = ByFirstWord(named.Select(n => n.Keys).ToList());
        var personBySurname = new Dictionary<string, List<int>>();
        for (int n = 0; n < named.Count; n++)
            if (named[n].Type == "PER" && named[n].Keys.Length > 1)
                foreach (var variant in NameKey.OneDeletionVariants(named[n].Keys[^1])) personBySurname.AddToList(variant, n);
        return locals.Select(l =>
        {
            if (l.Type != "MISC") return l;
            var keys = KeysOf(l.Name);
            if (keys.Length == 0) return l;
            var variants = NameKey.OneDeletionVariants(keys[0]).ToList();
            var candidates = variants.SelectMany(v => byFirstWord.GetValueOrDefault((keys.Length, v)) ?? [])
                .Concat(keys.Length == 1 ? variants.SelectMany(v => personBySurname.GetValueOrDefault(v) ?? []) : [])
                .Distinct().Select(n => named[n]);
            var types = candidates.Where(n => NameKey.NamesMatch(n.Keys, keys) || (n.Type == "PER" && keys.Length == 1 && n.Keys.Length > 1 && NameKey.KeysMatch(n.Keys[^1], keys[0])))
                .Select(n => n.Type).Distinct().ToList();
            return types.Count == 1 ? l with { Type = types[0] } : l;
        }).ToList();
    }

    private static string[] KeysOf(string name) => NameKey.Words(name).Select(NameKey.Key).ToArray();

    /// <summary>
    /// Names (as word keys) by their length and each one-deletion variant of their first word's key. Only names
    /// whose first words match can match, and those share such a variant, so a bucket holds every candidate and
    /// no name is compared with all the others.
    /// </summary>
    private static Dictionary<(int Length, string Variant), List<int>> ByFirstWord(IReadOnlyList<string[]> names)
    {
        var buckets = new Dictionary<(int Length, string Variant), List<int>>();
        for (int n = 0; n < names.Count; n++)
            foreach (var variant in NameKey.OneDeletionVariants(names[n][0])) buckets.AddToList((names[n].Length, variant), n);
        return buckets;
    }

    /// <summary>Entities whose full names (two words or more for people) match word for word.</summary>
    private static void MergeMatchingNames(IReadOnlyList<LocalEntity> locals, List<int> ids, UnionFind sets)
    {
        // Each name once per entity: a long article repeats its names many times.
        var names = ids.SelectMany(i => OwnNames(locals[i]).Select(w => (Id: i, Keys: w.Select(NameKey.Key).ToArray())))
            .DistinctBy(n => (n.Id, string.Join(' ', n.Keys)))
            .ToList();
        var buckets = ByFirstWord(names.Select(n => n.Keys).ToList());
    foreach (var bucket in buckets.Values)
            for (int a = 0; a < bucket.Count; a++)
                for (int b = a + 1; b < bucket.Count; b++)
                {
                    var (first, second) = (names[bucket[a]], names[bucket[b]]);
                    if (sets.Find(first.Id) != sets.Find(second.Id) && NameKey.NamesMatch(first.Keys, second.Keys)) sets.Union(first.Id, second.Id);
                }
    }

    /// <summary>The names an entity is matched by: a person's full names, or the surname when it never has more.</summary>
    private static IEnumerable<string[]> OwnNames(LocalEntity entity)
    {
        var names = entity.Mentions.Select(m => NameKey.Words(m.Text)).Where(w => w.Length > 0).ToList();
        bool surnameOnly = names.All(w => w.Length == 1);
        return names.Where(w => entity.Type != "PER" || w.Length > 1 || surnameOnly);
    }

    /// <summary>Places and organisations named with the same content words in another order ("Square of the Republic" = "Republic Square").</summary>
    private static void MergeReorderedNames(IReadOnlyList<LocalEntity> locals, List<int> ids, UnionFind sets)
    {
        var byWords = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (int i in ids)
            foreach (var text in locals[i].Mentions.Select(m => m.Text).Distinct())
            {
                var words = ContentWords(text).Select(NameKey.Key).Order(StringComparer.Ordinal).ToList();
                if (words.Count < 2) continue;
                string key = string.Join(' ', words);
                if (byWords.TryGetValue(key, out int other)) sets.Union(i, other); else byWords[key] = i;
            }
    }

    /// <summary>Words of the corpus's place, person and other names: words that tell organisations apart.</summary>
    private static List<string> ProperWords(IReadOnlyList<LocalEntity> locals) =>
        locals.Where(l => l.Type != "ORG").SelectMany(l => l.Mentions).SelectMany(m => NameKey.Words(m.Text)).Distinct().ToList();

    private static void MergeAcronyms(IReadOnlyList<LocalEntity> locals, List<int> ids, UnionFind sets, List<string> properWords)
    {
        var byAcronym = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (int i in ids)
        {
            foreach (var acronym in locals[i].Acronyms)
                if (byAcronym.TryGetValue(acronym, out int other)) sets.Union(i, other); else byAcronym[acronym] = i;
        }
        // Expansions with the same content words in any order: an acronym translated into another language.
        var expanded = ids.Where(i => locals[i].Expansion is not null).ToList();
        for (int a = 0; a < expanded.Count; a++)
            for (int b = a + 1; b < expanded.Count; b++)
                if (SameExpansion(locals[expanded[a]], locals[expanded[b]], properWords)) sets.Union(expanded[a], expanded[b]);
        // An article that uses an acronym without defining it: the entity that defines it elsewhere.
        foreach (int i in ids)
            if (locals[i].Acronyms.Count == 0 && locals[i].Mentions.All(m => m.Text == locals[i].Mentions[0].Text) && byAcronym.TryGetValue(locals[i].Mentions[0].Text, out int owner))
                sets.Union(i, owner);
    }

    /// <summary>
    /// Whether two expansions name one organisation: every content word of each matches one of the other (up to
    /// spelling, or as a stem: North = Northern). With four or more content words one word on each side may differ
    /// ("Rights of Man" = "Human Rights") when the acronyms agree on all letters but one and neither word is part
    /// of a name seen elsewhere (the Lindavian and the Valdorian ministries stay apart).
    /// </summary>
    private static bool SameExpansion(LocalEntity a, LocalEntity b, List<string> properWords)
    {
        var wa = ContentWords(a.Expansion!);
        var wb = ContentWords(b.Expansion!);
        if (wa.Count < 2 || wa.Count != wb.Count) return false;
        var onlyA = wa.Where(w => !wb.Any(v => SameWord(w, v))).ToList();
        var onlyB = wb.Where(v => !wa.Any(w => SameWord(w, v))).ToList();
        if (onlyA.Count == 0 && onlyB.Count == 0) return true;
        return onlyA.Count == 1 && onlyB.Count == 1 && wa.Count >= 4 &&
            !onlyA.Concat(onlyB).Any(w => properWords.Any(p => SameWord(w, p))) &&
            a.Acronyms.Any(x => b.Acronyms.Any(y => SharedLetters(x, y) >= Math.Max(x.Length, y.Length) - 1));
    }

    private static List<string> ContentWords(string name) =>
        NameKey.Words(name).Where(w => !FunctionWords.InNames.Contains(w.ToLowerInvariant())).ToList();

    private static bool SameWord(string a, string b)
    {
        if (NameKey.WordsMatch(a, b)) return true;
        string ka = NameKey.Key(a), kb = NameKey.Key(b);
        return Math.Min(ka.Length, kb.Length) >= 4 && (ka.StartsWith(kb, StringComparison.Ordinal) || kb.StartsWith(ka, StringComparison.Ordinal));
    }

    private static int SharedLetters(string x, string y)
    {
        var pool = y.ToUpperInvariant().ToList();
        return x.ToUpperInvariant().Count(c => pool.Remove(c));
    }

    /// <summary>A single-word person joins the one multi-word person whose surname it matches (exact spelling key first).</summary>
    private static void AttachShortNames(IReadOnlyList<LocalEntity> locals, List<int> ids, UnionFind sets)
    {
        if (locals[ids[0]].Type != "PER") return;
        var full = ids.Where(i => NameKey.Words(locals[i].Name).Length > 1).ToList();
        // Surname keys of the full names, and their one-deletion variants: a lookup per short name, not a scan.
        var bySurname = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var bySurnameVariant = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var surnameKey = new Dictionary<int, string>();
        foreach (int j in full)
        {
            string key = surnameKey[j] = NameKey.Key(NameKey.Words(locals[j].Name)[^1]);
            bySurname.AddToList(key, j);
            foreach (var variant in NameKey.OneDeletionVariants(key)) bySurnameVariant.AddToList(variant, j);
        }
        foreach (int i in ids.Except(full))
        {
            string key = NameKey.Key(NameKey.Words(locals[i].Name)[0]);
            var exact = Roots(bySurname.GetValueOrDefault(key) ?? []);
            var fuzzy = Roots(NameKey.OneDeletionVariants(key).SelectMany(v => bySurnameVariant.GetValueOrDefault(v) ?? [])
                .Distinct().Where(j => NameKey.KeysMatch(surnameKey[j], key)));
            var chosen = exact.Count == 1 ? exact : exact.Count == 0 && fuzzy.Count == 1 ? fuzzy : [];
            if (chosen.Count == 1) sets.Union(i, chosen[0]);
        }

        List<int> Roots(IEnumerable<int> people) => people.Select(sets.Find).Distinct().ToList();
    }

    private static ResolvedEntity Build(List<LocalEntity> members)
    {
        string type = members[0].Type;
        var mentions = members.SelectMany(m => m.Mentions).ToList();
        var acronyms = members.SelectMany(m => m.Acronyms).ToHashSet();
        var forms = mentions.Select(m => m.Text).Where(t => !acronyms.Contains(t)).ToList();
        if (forms.Count == 0) forms = mentions.Select(m => m.Text).ToList();
        int most = forms.Max(f => Math.Min(NameKey.Words(f).Length, 2));
        string canonical = forms.Where(f => Math.Min(NameKey.Words(f).Length, 2) == most)
            .GroupBy(f => f).OrderByDescending(g => g.Count()).ThenByDescending(g => NameKey.Words(g.Key).Length).ThenBy(g => g.Key, StringComparer.Ordinal)
            .First().Key;
        var variants = mentions.Select(m => m.Text).Distinct().ToList();
        return new ResolvedEntity(Id(type, canonical), canonical, type, variants, mentions);
    }

    private static string Id(string type, string canonical) =>
        "e" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(type + "|" + NameKey.Fold(canonical))))[..11];

    private static List<ResolvedEntity> UniqueIds(List<ResolvedEntity> entities)
    {
        var seen = new Dictionary<string, int>();
        return entities.Select(e =>
        {
            int n = seen[e.Id] = seen.GetValueOrDefault(e.Id) + 1;
            return n == 1 ? e : e with { Id = $"{e.Id}-{n}" };
        }).ToList();
    }

    private sealed class UnionFind(int count)
    {
        private readonly int[] _parent = Enumerable.Range(0, count).ToArray();

        public int Find(int i) => _parent[i] == i ? i : _parent[i] = Find(_parent[i]);

        public void Union(int a, int b)
        {
            int ra = Find(a), rb = Find(b);
            if (ra != rb) _parent[Math.Max(ra, rb)] = Math.Min(ra, rb);
        }
    }
}

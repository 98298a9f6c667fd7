using System.Security.Cryptography;
using System.Text;
using Corroborate.Core.Lexicons;

namespace Corroborate.Core.Entities.Resolution;

/// <summary>
/// Merges the per-article entities of a corpus into canonical entities. Each name's type is first decided by its
/// mentions across the corpus (<see cref="TypeVote"/>); then types must agree. Two entities merge
/// when one of their names matches word for word up to spelling (<see cref="NameKey"/>); when they share an
/// acronym; or when their acronyms expand to the same words in any order (CSTO "Collective Security Treaty
/// Organization" = ODKB "Organization of the Collective Security Treaty"). A person named by surname alone
/// joins the one full name it fits, and stays apart when it fits two people or none.
/// </summary>
public static class CorpusResolver
{
    /// <summary>The canonical entities of the given per-article entities, ids made unique by suffixes in order of first mention.</summary>
    public static List<ResolvedEntity> Resolve(IReadOnlyList<LocalEntity> tagged) =>
        WithUniqueIds(Group(tagged, _ => false).Select(g => g.Entity).ToList(), _ => false);

    /// <summary>
    /// The entities of <paramref name="tagged"/>, each with the indexes of its members, in order of first mention
    /// (articles in the given order, then text order). Ids are not yet made unique.
    /// </summary>
    /// <param name="properElsewhere">Whether a word is proper (see <see cref="SameExpansion"/>) through names outside <paramref name="tagged"/>.</param>
    public static List<(ResolvedEntity Entity, List<int> Members)> Group(IReadOnlyList<LocalEntity> tagged, Func<string, bool> properElsewhere)
    {
        var locals = TypeVote.InCorpus(RetypeMisc(tagged));
        var sets = new UnionFind(locals.Count);
        // Proper words follow the types the articles gave: a retyped entity would otherwise change them for
        // expansions that share no name key with it, which incremental resolution could not find.
        var properWords = new ProperWords(tagged, properElsewhere);
        foreach (var sameType in Enumerable.Range(0, locals.Count).GroupBy(i => locals[i].Type))
        {
            var ids = sameType.ToList();
            MergeMatchingNames(locals, ids, sets);
            if (sameType.Key != "PER") MergeReorderedNames(locals, ids, sets);
            MergeAcronyms(locals, ids, sets, properWords);
            AttachShortNames(locals, ids, sets);
        }
        return Enumerable.Range(0, locals.Count).GroupBy(sets.Find).OrderBy(g => g.Min())
            .Select(g => (Build(g.Select(i => locals[i]).ToList()), g.ToList())).ToList();
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

    /// <summary>
    /// Words of the corpus's place, person and other names, as the articles typed them: words that tell
    /// organisations apart. Indexed by the
    /// stems <see cref="SameKey"/> needs, so a word is looked up rather than compared with every name's words.
    /// </summary>
    private sealed class ProperWords(IReadOnlyList<LocalEntity> locals, Func<string, bool> elsewhere)
    {
        private readonly Dictionary<string, List<string>> _byStem = BuildIndex(locals);

        private static Dictionary<string, List<string>> BuildIndex(IReadOnlyList<LocalEntity> locals)
        {
            var byStem = new Dictionary<string, List<string>>(StringComparer.Ordinal);
            foreach (var key in locals.Where(l => l.Type != "ORG").SelectMany(l => l.Mentions).SelectMany(m => NameKey.Words(m.Text)).Select(NameKey.Key).Distinct())
                foreach (var stem in LocalEntityKeys.Stems(key)) byStem.AddToList(stem, key);
            return byStem;
        }

        public bool Contains(string word)
        {
            string key = NameKey.Key(word);
            return LocalEntityKeys.Stems(key).Any(s => _byStem.GetValueOrDefault(s)?.Any(p => SameKey(key, p)) == true) || elsewhere(word);
        }
    }

    private static void MergeAcronyms(IReadOnlyList<LocalEntity> locals, List<int> ids, UnionFind sets, ProperWords properWords)
    {
        var byAcronym = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (int i in ids)
        {
            foreach (var acronym in locals[i].Acronyms)
                if (byAcronym.TryGetValue(acronym, out int other)) sets.Union(i, other); else byAcronym[acronym] = i;
        }
        // Expansions with the same content words in any order: an acronym translated into another language.
        // Expansions that can be the same share the stem of a content word (all match but at most one of four or more).
        var byStem = new Dictionary<(int Words, string Stem), List<int>>();
        foreach (int i in ids.Where(i => locals[i].Expansion is not null))
        {
            var words = ContentWords(locals[i].Expansion!);
            foreach (var stem in words.SelectMany(w => LocalEntityKeys.Stems(NameKey.Key(w))).Distinct()) byStem.AddToList((words.Count, stem), i);
        }
        foreach (var bucket in byStem.Values)
            for (int a = 0; a < bucket.Count; a++)
                for (int b = a + 1; b < bucket.Count; b++)
                    if (sets.Find(bucket[a]) != sets.Find(bucket[b]) && SameExpansion(locals[bucket[a]], locals[bucket[b]], properWords)) sets.Union(bucket[a], bucket[b]);
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
    private static bool SameExpansion(LocalEntity a, LocalEntity b, ProperWords properWords)
    {
        var wa = ContentWords(a.Expansion!);
        var wb = ContentWords(b.Expansion!);
        if (wa.Count < 2 || wa.Count != wb.Count) return false;
        var onlyA = wa.Where(w => !wb.Any(v => SameWord(w, v))).ToList();
        var onlyB = wb.Where(v => !wa.Any(w => SameWord(w, v))).ToList();
        if (onlyA.Count == 0 && onlyB.Count == 0) return true;
        return onlyA.Count == 1 && onlyB.Count == 1 && wa.Count >= 4 &&
            !onlyA.Concat(onlyB).Any(properWords.Contains) &&
            a.Acronyms.Any(x => b.Acronyms.Any(y => SharedLetters(x, y) >= Math.Max(x.Length, y.Length) - 1));
    }

    internal static List<string> ContentWords(string name) =>
        NameKey.Words(name).Where(w => !FunctionWords.InNames.Contains(w.ToLowerInvariant())).ToList();

    private static bool SameWord(string a, string b) => SameKey(NameKey.Key(a), NameKey.Key(b));

    /// <summary>Whether two word keys match up to spelling, or as a stem (North = Northern).</summary>
    internal static bool SameKey(string ka, string kb) =>
        NameKey.KeysMatch(ka, kb) ||
        (Math.Min(ka.Length, kb.Length) >= 4 && (ka.StartsWith(kb, StringComparison.Ordinal) || kb.StartsWith(ka, StringComparison.Ordinal)));

    private static int SharedLetters(string x, string y)
    {
        var pool = y.ToUpperInvariant().ToList();
        return x.ToUpperInvariant().Count(c => pool.Remove(c));
    }

    /// <summary>
    /// A single-word person joins the one multi-word person whose surname it matches (exact spelling key first).
    /// One that fits no surname joins the one person with that first name whose surname its article writes alone
    /// too: an article that writes "Quentin" and "Tarantino" but never "Quentin Tarantino".
    /// </summary>
    private static void AttachShortNames(IReadOnlyList<LocalEntity> locals, List<int> ids, UnionFind sets)
    {
        if (locals[ids[0]].Type != "PER") return;
        var full = ids.Where(i => NameKey.Words(locals[i].Name).Length > 1).ToList();
        var shortNames = ids.Except(full).ToList();
        // Surname and first-name keys of the full names, and their one-deletion variants: a lookup per short name, not
        // a scan.
        var bySurname = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var bySurnameVariant = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var byFirstNameVariant = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var surnameKey = new Dictionary<int, string>();
        var firstNameKey = new Dictionary<int, string>();
        foreach (int j in full)
        {
            var words = NameKey.Words(locals[j].Name);
            string key = surnameKey[j] = NameKey.Key(words[^1]);
            bySurname.AddToList(key, j);
            foreach (var variant in NameKey.OneDeletionVariants(key)) bySurnameVariant.AddToList(variant, j);
            firstNameKey[j] = NameKey.Key(words[0]);
            foreach (var variant in NameKey.OneDeletionVariants(firstNameKey[j]))
                byFirstNameVariant.AddToList(variant, j);
        }
        // The one-word mentions of each article's people, whichever entity of the article they joined.
        var shortKeysOfArticle = ids
            .SelectMany(i => locals[i].Mentions.Select(m => NameKey.Words(m.Text)).Where(w => w.Length == 1)
                .Select(w => (locals[i].ArticleId, Key: NameKey.Key(w[0]))))
            .Distinct().ToLookup(x => x.ArticleId, x => x.Key);
        var byFirstName = new List<(int Short, List<int> People)>();
        foreach (int i in shortNames)
        {
            string key = NameKey.Key(NameKey.Words(locals[i].Name)[0]);
            var exact = Roots(bySurname.GetValueOrDefault(key) ?? []);
            var fuzzy = Roots(Matching(bySurnameVariant, surnameKey, key));
            var chosen = exact.Count == 1 ? exact : exact.Count == 0 && fuzzy.Count == 1 ? fuzzy : [];
            if (chosen.Count == 1) sets.Union(i, chosen[0]);
            else if (exact.Count == 0 && fuzzy.Count == 0)
                byFirstName.Add((i, Matching(byFirstNameVariant, firstNameKey, key)
                    .Where(j => shortKeysOfArticle[locals[i].ArticleId].Any(s => NameKey.KeysMatch(s, surnameKey[j])))
                    .ToList()));
        }
        // One-word names already merged across articles ("Quentin" here and there) take a first name's person only
        // when every article of theirs that points to one points to the same: else two people would become one.
        foreach (var group in byFirstName.GroupBy(x => sets.Find(x.Short)).ToList())
        {
            var people = group.Select(x => Roots(x.People)).ToList();
            if (people.Any(p => p.Count > 1)) continue;
            var chosen = people.SelectMany(p => p).Distinct().ToList();
            if (chosen.Count == 1) sets.Union(group.Key, chosen[0]);
        }

        List<int> Roots(IEnumerable<int> people) => people.Select(sets.Find).Distinct().ToList();
    }

    private static IEnumerable<int> Matching(
        Dictionary<string, List<int>> byVariant, Dictionary<int, string> keyOf, string key) =>
        NameKey.OneDeletionVariants(key).SelectMany(v => byVariant.GetValueOrDefault(v) ?? []).Distinct()
            .Where(j => NameKey.KeysMatch(keyOf[j], key));

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

    /// <summary>
    /// Entities with ids made unique: an id the same type and canonical name already gave (<paramref name="taken"/>,
    /// or an earlier entity of the list) gets the first free suffix -2, -3, ...
    /// </summary>
    public static List<ResolvedEntity> WithUniqueIds(IReadOnlyList<ResolvedEntity> entities, Func<string, bool> taken)
    {
        var given = new HashSet<string>(StringComparer.Ordinal);
        return entities.Select(e =>
        {
            string id = e.Id;
            for (int n = 2; taken(id) || !given.Add(id); n++) id = $"{e.Id}-{n}";
            return e with { Id = id };
        }).ToList();
    }
}

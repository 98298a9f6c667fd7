namespace Corroborate.Core.Entities.Resolution;

public static partial class ArticleCoreference
{
    /// <summary>
    /// The names of an article's groups so far, by the spelling of each word and its place counted from the
    /// name's end. A name is looked up through its first word, which a name the same length must match at the
    /// same place and a fuller name must match where the short name would start in it; so a look-up reads a
    /// few buckets instead of every name seen, which made coreference quadratic in an article's mentions.
    /// </summary>
    private sealed class NameIndex
    {
        private sealed record Entry(Group Group, string[] Keys);

        private readonly Dictionary<(string Type, int FromEnd, string Variant), List<Entry>> _buckets = [];
        private readonly HashSet<(Group, string)> _added = [];
        /// <summary>The words of people's names of two words or more, at any place, by one-deletion variant.</summary>
        private readonly Dictionary<string, List<(Group Group, string Key)>> _personWords = [];

        /// <param name="keys">The <see cref="NameKey.Key"/> of each word of the name.</param>
        public void Add(Group group, string[] keys)
        {
            // The same name again adds nothing to look up, and a long article repeats its names many times.
            if (!_added.Add((group, string.Join(' ', keys)))) return;
            var entry = new Entry(group, keys);
            for (int i = 0; i < keys.Length; i++)
            {
                foreach (var variant in NameKey.OneDeletionVariants(keys[i]))
                {
                    _buckets.AddToList((group.Type, keys.Length - i, variant), entry);
                    if (group.Type == "PER" && keys.Length > 1) _personWords.AddToList(variant, (group, keys[i]));
                }
            }
        }

        /// <summary>
        /// The first group with this name up to spelling; else the one group, if only one, with a fuller name
        /// that ends in it ("Nazarbayev" in "Nursultan Nazarbayev"); else, for a one-word person, the one person
        /// with this word elsewhere in a fuller name, if <paramref name="firstNames"/>; else null.
        /// </summary>
        /// <param name="firstNames">
        /// False where the words around the name make it a place (a city named after a president).
        /// </param>
        public Group? Find(string type, string[] keys, bool firstNames)
        {
            Group? exact = null, fuller = null;
            bool ambiguous = false;
            foreach (var variant in NameKey.OneDeletionVariants(keys[0]))
            {
                if (!_buckets.TryGetValue((type, keys.Length, variant), out var entries)) continue;
                foreach (var e in entries)
                {
                    if (e.Keys.Length == keys.Length)
                    {
                        if ((exact is null || e.Group.Order < exact.Order) && KeysMatchFrom(e.Keys, keys)) exact = e.Group;
                    }
                    else if (!ambiguous && e.Group != fuller && KeysMatchFrom(e.Keys, keys))
                    {
                        ambiguous = fuller is not null;
                        fuller = e.Group;
                    }
                }
            }
            if (exact is not null || ambiguous) return exact;
            return fuller ?? (firstNames && type == "PER" && keys.Length == 1 ? PersonWithWord(keys[0]) : null);
        }

        /// <summary>
        /// The one person of the article whose fuller name has this word at another place than the end: a first
        /// name ("Bruce" for "Bruce M. Steinberg") or the first of two surnames ("Solis" for "Solis Rivera").
        /// </summary>
        private Group? PersonWithWord(string key)
        {
            var people = NameKey.OneDeletionVariants(key).SelectMany(v => _personWords.GetValueOrDefault(v) ?? [])
                .Where(p => NameKey.KeysMatch(p.Key, key)).Select(p => p.Group).Distinct().Take(2).ToList();
            return people.Count == 1 ? people[0] : null;
        }

        /// <summary>Whether <paramref name="tail"/> matches the end of <paramref name="full"/> word by word.</summary>
        private static bool KeysMatchFrom(string[] full, string[] tail)
        {
            int offset = full.Length - tail.Length;
            for (int i = 0; i < tail.Length; i++)
                if (!NameKey.KeysMatch(full[offset + i], tail[i])) return false;
            return true;
        }
    }
}

using Corroborate.Core.Lexicons;

namespace Corroborate.Core.Entities.Resolution;

/// <summary>
/// One type for each name, whatever the tagger said of each mention: the mentions that name one thing vote, and
/// all take the type with most votes (on a tie each keeps its own). Names vote together when they match word for
/// word up to spelling, or when one word matches the last word of a person's fuller name in the same article
/// ("Ukibai" and "Aidos Ukibái"). The tagger tagged Tokayev as a place in one seed article and as a person in the
/// others; voting makes him one person. Both families are relations <see cref="LocalEntityKeys.MayInteract"/>
/// accepts, so incremental resolution still resolves every entity a vote can change.
/// </summary>
public static class TypeVote
{
    /// <summary>
    /// The weight for "person" of a title before a mention ("President", "Mr."), on top of the tagger's vote.
    /// </summary>
    private const double TitleWeight = 2;

    /// <summary>
    /// The weight for "person" of a verb of speech after a mention: organisations and countries speak too.
    /// </summary>
    private const double SpeechWeight = 0.5;

    /// <summary>The weight for "place" of a place word around a mention ("in", "the capital, X").</summary>
    private const double PlaceWeight = 0.5;

    private static readonly string[] Types = ["PER", "ORG", "LOC", "MISC"];

    /// <summary>
    /// An article's mentions, each with the type its name's mentions in the article vote for, with context.
    /// </summary>
    public static List<EntityMention> InArticle(string text, IReadOnlyList<EntityMention> mentions)
    {
        var names = mentions.Select(m => (IReadOnlyList<string[]>)[KeysOf(m.Text)]).ToList();
        var families = Families(names, i => mentions[i].Type == "PER", _ => "");
        var votes = new Dictionary<int, double[]>();
        for (int i = 0; i < mentions.Count; i++)
        {
            var v = VotesOf(votes, families.Find(i));
            v[Array.IndexOf(Types, mentions[i].Type)] += 1;
            v[0] += PersonContext(text, mentions[i]);
            if (HasPlaceContext(text, mentions[i])) v[Array.IndexOf(Types, "LOC")] += PlaceWeight;
        }
        return mentions.Select((m, i) => Winner(votes[families.Find(i)]) is { } type ? m with { Type = type } : m)
            .ToList();
    }

    /// <summary>
    /// A corpus's per-article entities, each with the type its name's entities vote for, by their mentions.
    /// </summary>
    public static List<LocalEntity> InCorpus(IReadOnlyList<LocalEntity> locals)
    {
        var names = locals.Select(l => (IReadOnlyList<string[]>)l.Mentions.Select(m => m.Text).Distinct().Select(KeysOf)
            .Where(k => k.Length > 0).ToList()).ToList();
        var families = Families(names, i => locals[i].Type == "PER", i => locals[i].ArticleId);
        var votes = new Dictionary<int, double[]>();
        for (int i = 0; i < locals.Count; i++)
            VotesOf(votes, families.Find(i))[Array.IndexOf(Types, locals[i].Type)] += locals[i].Mentions.Count;
        return locals
            .Select((l, i) => Winner(votes[families.Find(i)]) is { } type && type != l.Type
                ? l with { Type = type } : l)
            .ToList();
    }

    private static double[] VotesOf(Dictionary<int, double[]> votes, int family) =>
        votes.TryGetValue(family, out var v) ? v : votes[family] = new double[Types.Length];

    private static string? Winner(double[] votes)
    {
        double best = votes.Max();
        return votes.Count(v => v == best) == 1 ? Types[Array.IndexOf(votes, best)] : null;
    }

    private static string[] KeysOf(string name) => NameKey.Words(name).Select(NameKey.Key).ToArray();

    /// <summary>
    /// How much the words around a mention say it is a person: a title before it, a verb of speech after it.
    /// </summary>
    internal static double PersonContext(string text, EntityMention m)
    {
        double weight = 0;
        var before = WordBefore(text, m.Start);
        if (before is not null && PersonCues.Titles.Contains(before)) weight += TitleWeight;
        int at = m.End;
        if (text.AsSpan(at).StartsWith("'s") || text.AsSpan(at).StartsWith("’s")) return weight;
        var after = WordAfter(text, ref at);
        if (after is not null && PersonCues.SpeechAdverbs.Contains(after)) after = WordAfter(text, ref at);
        if (after is not null && PersonCues.SpeechVerbs.Contains(after)) weight += SpeechWeight;
        return weight;
    }

    /// <summary>
    /// Whether a place word stands right before the mention, or after it and a comma ("X, the capital").
    /// </summary>
    internal static bool HasPlaceContext(string text, EntityMention m)
    {
        if (WordBefore(text, m.Start) is { } before && PersonCues.PlaceWords.Contains(before)) return true;
        int at = m.End;
        if (at >= text.Length || text[at] != ',') return false;
        at++;
        var after = WordAfter(text, ref at);
        if (after is "the" or "a") after = WordAfter(text, ref at);
        return after is not null && PersonCues.PlaceWords.Contains(after);
    }

    /// <summary>
    /// The word right before a place, on its line (spaces or a comma between), without its full stop.
    /// </summary>
    private static string? WordBefore(string text, int at)
    {
        int end = at;
        while (end > 0 && text[end - 1] is ' ' or '\t' or ',') end--;
        if (end > 0 && text[end - 1] == '.') end--;
        int start = end;
        while (start > 0 && char.IsLetter(text[start - 1])) start--;
        return start < end ? text[start..end] : null;
    }

    /// <summary>The word right after a place on its line (only spaces between), moving the place past it.</summary>
    private static string? WordAfter(string text, ref int at)
    {
        int start = at;
        while (start < text.Length && text[start] is ' ' or '\t') start++;
        if (start == at) return null;
        int end = start;
        while (end < text.Length && char.IsLetter(text[end])) end++;
        at = end;
        return end > start ? text[start..end] : null;
    }

    /// <summary>
    /// Items (mentions, or per-article entities with several names) in families: two items are in one when a name
    /// of each matches word for word, or when a one-word name matches the last word of a person's fuller name of
    /// the same scope. Found through buckets of one-deletion variants, never by comparing every pair.
    /// </summary>
    private static UnionFind Families(
        IReadOnlyList<IReadOnlyList<string[]>> names, Func<int, bool> isPerson, Func<int, string> scope)
    {
        var families = new UnionFind(names.Count);
        var byFirstWord = new Dictionary<(int Length, string Variant), List<(int Item, string[] Keys)>>();
        var bySurname = new Dictionary<string, List<(int Item, string Surname)>>(StringComparer.Ordinal);
        for (int i = 0; i < names.Count; i++)
            foreach (var keys in names[i].Where(k => k.Length > 0))
            {
                foreach (var variant in NameKey.OneDeletionVariants(keys[0]))
                    byFirstWord.AddToList((keys.Length, variant), (i, keys));
                if (keys.Length > 1 && isPerson(i))
                    foreach (var variant in NameKey.OneDeletionVariants(keys[^1]))
                        bySurname.AddToList(variant, (i, keys[^1]));
            }
        foreach (var bucket in byFirstWord.Values)
            for (int a = 0; a < bucket.Count; a++)
                for (int b = a + 1; b < bucket.Count; b++)
                {
                    var (first, second) = (bucket[a], bucket[b]);
                    bool apart = families.Find(first.Item) != families.Find(second.Item);
                    if (apart && NameKey.NamesMatch(first.Keys, second.Keys))
                        families.Union(first.Item, second.Item);
                }
        for (int i = 0; i < names.Count; i++)
            foreach (var keys in names[i].Where(k => k.Length == 1))
                foreach (var variant in NameKey.OneDeletionVariants(keys[0]))
                    foreach (var (person, surname) in bySurname.GetValueOrDefault(variant) ?? [])
                        if (scope(person) == scope(i) && NameKey.KeysMatch(surname, keys[0])) families.Union(i, person);
        return families;
    }
}

namespace Corroborate.Core;

/// <summary>Dictionaries of lists, the shape of every index here (names by spelling, words to sentences, lines by title).</summary>
public static class ListsByKey
{
    /// <summary>Adds <paramref name="item"/> to the list under <paramref name="key"/>, making the list when it is the first.</summary>
    public static void AddToList<TKey, TItem>(this Dictionary<TKey, List<TItem>> lists, TKey key, TItem item) where TKey : notnull
    {
        if (!lists.TryGetValue(key, out var list)) lists[key] = list = [];
        list.Add(item);
    }
}

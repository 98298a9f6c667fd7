namespace Corroborate.Core.Entities;

/// <summary>
/// What plain running text says about a word, independent of any labels: how often it is written capitalised
/// where capitals are not forced (not first in a sentence, not in an all-caps line), and its distributional
/// cluster. Keys are lower-case words.
/// </summary>
public sealed class WordLexicon
{
    /// <summary>Capitalisation habit of a word in running text.</summary>
    public enum Casing : byte { Unknown, MostlyLower, Mixed, MostlyCapitalised }

    public readonly record struct Entry(Casing Casing, short Cluster, short CoarseCluster);

    private readonly Dictionary<string, Entry> _entries;

    public WordLexicon(Dictionary<string, Entry> entries) => _entries = entries;

    public int Count => _entries.Count;
    internal IReadOnlyDictionary<string, Entry> Entries => _entries;

    public Entry Lookup(string lower) => _entries.GetValueOrDefault(lower, new Entry(Casing.Unknown, -1, -1));

    /// <summary>Counts casing over sentences of words; a word seen fewer than <paramref name="minCount"/> times stays unknown.</summary>
    public static Dictionary<string, Casing> CountCasing(IEnumerable<string[]> sentences, int minCount = 2)
    {
        var counts = new Dictionary<string, (int Lower, int Upper)>();
        foreach (var words in sentences)
        {
            if (words.Count(w => w.Any(char.IsLetter)) > 2 && words.All(w => !w.Any(char.IsLower))) continue;
            for (int i = 1; i < words.Length; i++)
            {
                string w = words[i];
                if (w.Length == 0 || !char.IsLetter(w[0]) || words[i - 1] is "\"" or "``" or "'" or ":" or "(" or "-") continue;
                string lower = w.ToLowerInvariant();
                var (lo, up) = counts.GetValueOrDefault(lower);
                counts[lower] = char.IsUpper(w[0]) ? (lo, up + 1) : (lo + 1, up);
            }
        }
        var result = new Dictionary<string, Casing>();
        foreach (var (word, (lo, up)) in counts)
        {
            if (lo + up < minCount) continue;
            double capitalised = (double)up / (lo + up);
            result[word] = capitalised < 0.2 ? Casing.MostlyLower : capitalised > 0.8 ? Casing.MostlyCapitalised : Casing.Mixed;
        }
        return result;
    }
}

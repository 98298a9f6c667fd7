using System.Text.RegularExpressions;
using Corroborate.Core.Lexicons;

namespace Corroborate.Core.Text;

/// <summary>Content words of a sentence, lower-cased with accents folded, for comparing sentences across outlets.</summary>
public static partial class SentenceWords
{
    [GeneratedRegex(@"\p{L}[\p{L}\p{M}'’-]*|\d[\d,.]*")]
    private static partial Regex Word();

    /// <summary>A wire dateline at the start of a sentence: "KORVAST, March 12 (MPA) – ".</summary>
    [GeneratedRegex(@"^\p{Lu}[\p{Lu}\p{M} .'-]+,[^–—\n]{0,40}?\s[–—-]+\s")]
    private static partial Regex Dateline();

    public static IReadOnlySet<string> Of(string sentence) =>
        Word().Matches(sentence).Select(m => Fold(m.Value)).Where(w => !StopWords.Commonest.Contains(w) && w.Length > 1).ToHashSet();

    public static IEnumerable<string> Sequence(string sentence) =>
        Word().Matches(sentence).Select(m => Fold(m.Value)).Where(w => !StopWords.Commonest.Contains(w) && w.Length > 1);

    /// <summary>Jaccard overlap of two word sets.</summary>
    public static double Overlap(IReadOnlySet<string> a, IReadOnlySet<string> b)
    {
        if (a.Count == 0 || b.Count == 0) return 0;
        int shared = a.Count(b.Contains);
        return (double)shared / (a.Count + b.Count - shared);
    }

    public static string WithoutDateline(string sentence) => Dateline().Replace(sentence, "");

    private static string Fold(string word) => Diacritics.Remove(word.ToLowerInvariant()).Replace('’', '\'');
}

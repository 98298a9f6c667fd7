using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Corroborate.Core.Text;

/// <summary>Content words of a sentence, lower-cased with accents folded, for comparing sentences across outlets.</summary>
public static partial class SentenceWords
{
    [GeneratedRegex(@"\p{L}[\p{L}\p{M}'’-]*|\d[\d,.]*")]
    private static partial Regex Word();

    /// <summary>A wire dateline at the start of a sentence: "KORVAST, March 12 (MPA) – ".</summary>
    [GeneratedRegex(@"^\p{Lu}[\p{Lu}\p{M} .'-]+,[^–—\n]{0,40}?\s[–—-]+\s")]
    private static partial Regex Dateline();

    private static readonly HashSet<string> Stop = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "and", "or", "but", "of", "in", "on", "at", "to", "for", "from", "by", "with", "as", "that", "this", "these",
        "those", "is", "are", "was", "were", "be", "been", "has", "have", "had", "it", "its", "he", "she", "they", "his", "her", "their",
        "said", "says", "who", "which", "also", "after", "before", "since", "than", "more", "about", "not", "will", "would", "there",
    };

    public static IReadOnlySet<string> Of(string sentence) =>
        Word().Matches(sentence).Select(m => Fold(m.Value)).Where(w => !Stop.Contains(w) && w.Length > 1).ToHashSet();

    public static IEnumerable<string> Sequence(string sentence) =>
        Word().Matches(sentence).Select(m => Fold(m.Value)).Where(w => !Stop.Contains(w) && w.Length > 1);

    /// <summary>Jaccard overlap of two word sets.</summary>
    public static double Overlap(IReadOnlySet<string> a, IReadOnlySet<string> b)
    {
        if (a.Count == 0 || b.Count == 0) return 0;
        int shared = a.Count(b.Contains);
        return (double)shared / (a.Count + b.Count - shared);
    }

    public static string WithoutDateline(string sentence) => Dateline().Replace(sentence, "");

    private static string Fold(string word)
    {
        var sb = new StringBuilder(word.Length);
        foreach (char c in word.ToLowerInvariant().Normalize(NormalizationForm.FormD))
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark) sb.Append(c == '’' ? '\'' : c);
        return sb.ToString();
    }
}

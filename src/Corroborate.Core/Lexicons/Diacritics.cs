using System.Globalization;
using System.Text;

namespace Corroborate.Core.Lexicons;

/// <summary>
/// Accents and the letters that readers take for accented variants of a plain letter. Names reach the news in
/// many transliterations (Nazarbayev, Nazarbaïev; Alanić, Alanic), so every stage that compares words across
/// outlets strips accents the same way, here.
/// </summary>
public static class Diacritics
{
    /// <summary>
    /// Latin letters that Unicode does not decompose into a base letter and an accent, with their spelling in plain
    /// letters (ß → ss, Ø → o). Both cases are listed because callers look them up before lower-casing.
    /// </summary>
    public static readonly IReadOnlyDictionary<char, string> PlainSpellings = new Dictionary<char, string>
    {
        ['ß'] = "ss", ['æ'] = "ae", ['Æ'] = "ae", ['œ'] = "oe", ['Œ'] = "oe", ['ø'] = "o", ['Ø'] = "o",
        ['đ'] = "d", ['Đ'] = "d", ['ł'] = "l", ['Ł'] = "l", ['ı'] = "i",
    };

    /// <summary>
    /// The text in canonical decomposition without its accents (non-spacing marks): "Nazarbaïev" → "Nazarbaiev".
    /// Case and the letters of <see cref="PlainSpellings"/> are left as written; callers that need a composed
    /// form (Hangul syllables decompose into letters, not accents) normalise the result again.
    /// </summary>
    public static string Remove(string text)
    {
        if (Ascii.IsValid(text)) return text;   // nothing decomposes, and most news words are ASCII
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var kept = new StringBuilder(decomposed.Length);
        foreach (char c in decomposed)
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark) kept.Append(c);
        return kept.ToString();
    }
}

using System.Text;
using Corroborate.Core.Lexicons;

namespace Corroborate.Core.Entities.Resolution;

/// <summary>
/// Spelling-insensitive comparison of names across languages and transliterations. A word is folded to a key:
/// lower case, háček and acute consonants spelt out (ž → zh, ć → ch), other diacritics stripped, the letters
/// that transliterations of one sound disagree on made equal (zh/j, ch/tch/c, y/i, k/c/q, ou/u, ph/f, w/v,
/// x/ks), doubled letters collapsed. Two words then match when
/// their keys are equal, or differ by one edit in a word long enough for one edit not to make a different name,
/// unless the edit is a demonym's ending (Russia, Russian).
/// </summary>
public static class NameKey
{
    /// <summary>Lower case without diacritics: "Nazarbaïev" → "nazarbaiev".</summary>
    public static string Fold(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (char c in Diacritics.Remove(text))
        {
            if (Diacritics.PlainSpellings.TryGetValue(c, out var plain)) sb.Append(plain);
            else sb.Append(char.ToLowerInvariant(c));
        }
        return sb.ToString();
    }

    /// <summary>The transliteration-insensitive key of one word.</summary>
    public static string Key(string word)
    {
        string s = Fold(SpellOutConsonants(word.ToLowerInvariant()));
        s = s.Replace("ph", "f").Replace("ou", "u").Replace("x", "ks").Replace("ck", "k").Replace("dzh", "j").Replace("zh", "j")
            .Replace("tch", "ch").Replace("ch", "c").Replace("sh", "s");
        var sb = new StringBuilder(s.Length);
        foreach (char c in s)
        {
            if (!char.IsLetterOrDigit(c)) continue;
            char m = c switch { 'y' => 'i', 'c' or 'q' => 'k', 'w' => 'v', _ => c };
            if (sb.Length > 0 && sb[^1] == m) continue;   // doubled letters: Massimov = Masimov
            sb.Append(m);
        }
        return sb.ToString();
    }

    /// <summary>Slavic consonants with a háček or acute, written as the digraphs other transliterations use.</summary>
    private static string SpellOutConsonants(string lower) =>
        lower.IndexOfAny(['ž', 'š', 'č', 'ć']) < 0 ? lower : lower.Replace("ž", "zh").Replace("š", "sh").Replace("č", "ch").Replace("ć", "ch");

    /// <summary>Whether two words name the same thing up to spelling.</summary>
    public static bool WordsMatch(string a, string b) => KeysMatch(Key(a), Key(b));

    /// <summary>Whether two names, as the keys of their words, match word for word.</summary>
    public static bool NamesMatch(string[] keysA, string[] keysB)
    {
        if (keysA.Length != keysB.Length) return false;
        for (int i = 0; i < keysA.Length; i++)
            if (!KeysMatch(keysA[i], keysB[i])) return false;
        return true;
    }

    /// <summary><see cref="WordsMatch"/> on keys already made, for callers that compare one word many times.</summary>
    public static bool KeysMatch(string ka, string kb)
    {
        if (ka == kb) return ka.Length > 0;
        int shorter = Math.Min(ka.Length, kb.Length);
        if (shorter < 5 || ka[0] != kb[0] || DemonymPair(ka, kb)) return false;
        return WithinOneEdit(ka, kb);
    }

    /// <summary>
    /// Whether two keys differ only in their last letter (one has it added, or another in its place) and that letter
    /// is a demonym's ending on one side: Russia, Russian; German, Germany, Germans.
    /// </summary>
    private static bool DemonymPair(string ka, string kb)
    {
        string shorter = ka.Length <= kb.Length ? ka : kb, longer = ka.Length <= kb.Length ? kb : ka;
        int stem = longer.Length == shorter.Length ? shorter.Length - 1 : shorter.Length;
        if (longer.Length - shorter.Length > 1 || !longer.AsSpan(0, stem).SequenceEqual(shorter.AsSpan(0, stem)))
            return false;
        return DemonymEndings.KeyLetters.Contains(longer[^1]) ||
            (stem < shorter.Length && DemonymEndings.KeyLetters.Contains(shorter[^1]));
    }

    /// <summary>The words of a name, folded: title, possessive and punctuation gone.</summary>
    public static string[] Words(string name) =>
        name.Split([' ', '-', '.', ',', '\'', '’', '"', '“', '”', '(', ')'], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w.Any(char.IsLetterOrDigit)).ToArray();

    /// <summary>
    /// The key and the key without each one of its letters. Two keys are within one edit of each other exactly
    /// when these sets meet, so an index by them finds every candidate for <see cref="KeysMatch"/>.
    /// </summary>
    public static IEnumerable<string> OneDeletionVariants(string key) =>
        key.Length == 0 ? [] : Enumerable.Range(0, key.Length).Select(i => key.Remove(i, 1)).Prepend(key).Distinct();

    private static bool WithinOneEdit(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 1) return false;
        int i = 0, j = 0, edits = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j]) { i++; j++; continue; }
            if (++edits > 1) return false;
            if (a.Length > b.Length) i++;
            else if (b.Length > a.Length) j++;
            else { i++; j++; }
        }
        return edits + (a.Length - i) + (b.Length - j) <= 1;
    }
}

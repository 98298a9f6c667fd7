namespace Corroborate.Core.Entities;

/// <summary>Orthographic shape of a word: Xx for capitalised, d for digits, punctuation kept ("Jean-Luc" → "Xxxx-Xxx", short "Xx-Xx").</summary>
internal static class WordShape
{
    public static char Class(char c) =>
        char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : char.IsLetter(c) ? 'x' : c;

    /// <summary>Hashes of the long shape (runs longer than 4 cut to 4) and the short shape (runs collapsed).</summary>
    public static (ulong Long, ulong Short) Hashes(string word)
    {
        Span<char> full = stackalloc char[Math.Min(word.Length, 64)];
        Span<char> brief = stackalloc char[full.Length];
        int n = 0, m = 0, run = 0;
        char last = '\0';
        foreach (char ch in word.AsSpan(0, full.Length))
        {
            char c = Class(ch);
            run = c == last ? run + 1 : 1;
            if (run <= 4) full[n++] = c;
            if (run == 1) brief[m++] = c;
            last = c;
        }
        return (FeatureHash.Of(full[..n]), FeatureHash.Of(brief[..m]));
    }

    public static bool IsCapitalised(string word) => word.Length > 0 && char.IsUpper(word[0]);

    public static bool HasLetter(string word)
    {
        foreach (char c in word) if (char.IsLetter(c)) return true;
        return false;
    }

    public static bool IsAllCaps(string word)
    {
        bool letter = false;
        foreach (char c in word)
        {
            if (char.IsLower(c)) return false;
            letter |= char.IsLetter(c);
        }
        return letter;
    }
}

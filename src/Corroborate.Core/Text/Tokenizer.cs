using System.Globalization;
using Corroborate.Core.Lexicons;

namespace Corroborate.Core.Text;

/// <summary>
/// Splits news text into tokens with offsets into the text. Keeps together what a reader sees as one unit:
/// numbers with separators (4,000 and 1,000.5), hyphenated and apostrophe names (Jean-Luc, O'Brien), dotted
/// abbreviations and initials (U.S., Mr., J.), ellipses and dashes. Possessive and negation clitics ('s, n't)
/// become tokens of their own, as in Penn Treebank and CoNLL data.
/// </summary>
public static class Tokenizer
{
    /// <summary>Words that take a dot without ending a sentence (lower case, without the dot).</summary>
    private static readonly HashSet<string> Abbreviations = new(
    [
        "mr", "mrs", "ms", "dr", "prof", "st", "sr", "jr", "gen", "col", "lt", "sgt", "capt", "cmdr", "adm", "maj",
        "sen", "rep", "gov", "pres", "rev", "hon", "amb", "supt", "insp", "mt", "ft", "ave", "blvd", "rd",
        .. MonthNames.Abbreviations, .. WeekdayNames.Abbreviations,
        "inc", "corp", "ltd", "co", "plc", "bros", "dept", "univ", "assn", "govt",
        "vs", "etc", "approx", "est", "no", "nos", "vol", "pp", "fig", "al", "cf", "ca",
    ], StringComparer.OrdinalIgnoreCase);

    /// <summary>Abbreviations that are never the last word of a sentence (titles stand before a name).</summary>
    internal static readonly HashSet<string> Titles = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "sgt", "capt", "cmdr", "adm", "maj", "sen", "rep", "gov",
        "pres", "rev", "hon", "amb", "supt", "insp", "mt", "st",
    };

    public static List<Token> Tokenize(string text) => Tokenize(text, 0, text.Length);

    public static List<Token> Tokenize(string text, int start, int end)
    {
        var tokens = new List<Token>();
        int i = start;
        while (i < end)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c) || char.IsControl(c)) { i++; continue; }
            int next = IsWordChar(c) ? ScanWord(text, i, end) : ScanSymbol(text, i, end);
            tokens.Add(new Token(i, next));
            i = next;
        }
        return tokens;
    }

    public static bool IsWordChar(char c) =>
        char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    private static bool IsApostrophe(char c) => c is '\'' or '’';
    private static bool IsHyphen(char c) => c is '-' or '‐' or '‑';

    /// <summary>Scans a word from <paramref name="i"/> and returns its end.</summary>
    private static int ScanWord(string text, int i, int end)
    {
        int start = i;
        while (i < end)
        {
            char c = text[i];
            if (IsWordChar(c)) { i++; continue; }
            bool inside = i + 1 < end && IsWordChar(text[i + 1]);
            if (!inside) break;
            bool digitsAround = char.IsDigit(text[i - 1]) && char.IsDigit(text[i + 1]);
            if ((c is ',' or '.') && digitsAround) { i++; continue; }             // 4,000 and 2.2
            if (IsHyphen(c) || c == '&' && char.IsUpper(text[i - 1])) { i++; continue; }  // Jean-Luc, AT&T
            if (c == '/' && digitsAround) { i++; continue; }                         // 24/7, 1/2
            if (IsApostrophe(c))
            {
                // "n't" and "'s", "'re", "'ve", "'ll", "'d", "'m" at the end of a word split off.
                int wordEnd = i + 1;
                while (wordEnd < end && IsWordChar(text[wordEnd])) wordEnd++;
                string tail = text[(i + 1)..wordEnd];
                if (IsClitic(tail)) break;
                if (tail.Equals("t", StringComparison.OrdinalIgnoreCase) && i - 1 > start && (text[i - 1] is 'n' or 'N'))
                    return i - 1;                                                    // do|n't
                i++;
                continue;
            }
            if (c == '.' && IsDottedAbbreviation(text, start, i, end)) { i++; continue; }  // U.S.A
            break;
        }
        if (i < end && text[i] == '.' && TakesDot(text, start, i, end)) i++;
        return i;
    }

    private static bool IsClitic(string tail) =>
        tail.ToLowerInvariant() is "s" or "re" or "ve" or "ll" or "d" or "m";

    /// <summary>Inside "U.S.A." every part is a single letter followed by a dot.</summary>
    private static bool IsDottedAbbreviation(string text, int start, int dot, int end) =>
        dot - start == 1 && char.IsLetter(text[start]) && dot + 2 <= end && char.IsLetter(text[dot + 1]) &&
        (dot + 2 == end || !IsWordChar(text[dot + 2]));

    /// <summary>Whether the dot after the word belongs to it: initials, dotted abbreviations and known abbreviations.</summary>
    private static bool TakesDot(string text, int start, int dot, int end)
    {
        int length = dot - start;
        if (length == 1 && char.IsUpper(text[start])) return true;                       // initial: J. Smith
        if (length >= 3 && text[start + 1] == '.') return true;                          // U.S. , U.S.A.
        if (!char.IsLetter(text[start])) return false;
        string word = text[start..dot];
        if (!Abbreviations.Contains(word)) return false;
        // "No." only before a number; otherwise "no." is the word no at a sentence end.
        if (word.Equals("no", StringComparison.OrdinalIgnoreCase) || word.Equals("nos", StringComparison.OrdinalIgnoreCase))
            return NextNonSpaceIsDigit(text, dot + 1, end);
        return true;
    }

    private static bool NextNonSpaceIsDigit(string text, int i, int end)
    {
        while (i < end && text[i] == ' ') i++;
        return i < end && char.IsDigit(text[i]);
    }

    private static int ScanSymbol(string text, int i, int end)
    {
        char c = text[i];
        if (IsApostrophe(c) && i + 1 < end && IsWordChar(text[i + 1]) && i > 0 && IsWordChar(text[i - 1]))
        {
            int j = i + 1;
            while (j < end && IsWordChar(text[j])) j++;
            return j;                                                                     // clitic 's after a word
        }
        if (c is '.' or '-' or '!' or '?' or '=' or '*' or '_')
        {
            int j = i;
            while (j < end && text[j] == c) j++;
            return j;                                                                     // ... -- !!! ===
        }
        if (char.IsHighSurrogate(c) && i + 1 < end) return i + 2;
        return i + 1;
    }
}

using System.Globalization;
using System.Text;

namespace Corroborate.Core.Text;

/// <summary>
/// Canonical form for article text: NFC, LF line endings, straight quotes, single spaces, at most one
/// blank line between paragraphs, no control or zero-width characters. Every output character keeps the
/// offset of the input character it came from.
/// </summary>
public static class TextNormalizer
{
    public static MappedText Normalize(string original)
    {
        var b = new MappedText.Builder();
        int i = 0;
        while (i < original.Length)
        {
            int clusterEnd = NextClusterEnd(original, i);
            string cluster = original[i..clusterEnd];
            if (!cluster.IsNormalized(NormalizationForm.FormC)) cluster = cluster.Normalize(NormalizationForm.FormC);
            foreach (char c in cluster) AppendNormalized(b, c, i, original, clusterEnd);
            i = clusterEnd;
        }
        b.TrimEnd(c => c is ' ' or '\n');
        return TrimLeadingBlank(b.Build());
    }

    // A base character plus the combining marks after it: NFC never merges across such a boundary.
    private static int NextClusterEnd(string s, int start)
    {
        int i = start + (char.IsHighSurrogate(s[start]) && start + 1 < s.Length ? 2 : 1);
        while (i < s.Length && IsCombining(s[i])) i++;
        return i;
    }

    private static bool IsCombining(char c) => CharUnicodeInfo.GetUnicodeCategory(c) is
        UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;

    private static void AppendNormalized(MappedText.Builder b, char c, int origin, string original, int next)
    {
        switch (c)
        {
            case '\r':
                if (next < original.Length && original[next] == '\n') return; // CRLF: the LF follows
                AppendNewline(b, origin);
                return;
            case '\n' or '\u2028' or '\u2029' or '\u0085':
                AppendNewline(b, origin);
                return;
            case '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2032':
                AppendChar(b, '\'', origin);
                return;
            case '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u00AB' or '\u00BB' or '\u2033':
                AppendChar(b, '"', origin);
                return;
            case '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u00AD':
                return; // invisible: zero-width characters, byte-order marks, soft hyphens
        }
        if (c == '\t' || IsSpace(c)) { AppendSpace(b, origin); return; }
        if (char.IsControl(c)) return;
        AppendChar(b, c, origin);
    }

    private static bool IsSpace(char c) => c != '\n' && char.IsWhiteSpace(c);

    private static void AppendChar(MappedText.Builder b, char c, int origin) => b.Append(c, origin);

    private static void AppendSpace(MappedText.Builder b, int origin)
    {
        if (b.Length == 0 || b[b.Length - 1] is ' ' or '\n') return;
        b.Append(' ', origin);
    }

    private static void AppendNewline(MappedText.Builder b, int origin)
    {
        b.TrimEnd(ch => ch == ' ');
        if (b.Length == 0) return;
        // Keep at most one blank line: "\n\n" separates paragraphs.
        if (b.Length >= 2 && b[b.Length - 1] == '\n' && b[b.Length - 2] == '\n') return;
        b.Append('\n', origin);
    }

    private static MappedText TrimLeadingBlank(MappedText t)
    {
        int start = 0;
        while (start < t.Length && t.Text[start] is ' ' or '\n') start++;
        return start == 0 ? t : t.Slice(start, t.Length);
    }
}

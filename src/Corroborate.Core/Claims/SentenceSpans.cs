using System.Text.RegularExpressions;
using Corroborate.Core.Lexicons;

namespace Corroborate.Core.Claims;

/// <summary>
/// Sentences for claim extraction: the segmentation stage's sentences when it has run, otherwise a plain split at
/// sentence-final punctuation and line breaks that is good enough for attributing figures.
/// </summary>
public static partial class SentenceSpans
{
    [GeneratedRegex(@"[.!?]+[""”’»)]*(?=\s+[""“‘«(]?[\p{Lu}\d])|\n+")]
    private static partial Regex Boundary();

    [GeneratedRegex(@"(?:\b(?:Mr|Mrs|Ms|Dr|Prof|St|Gen|Col|Lt|Sgt|Capt|Gov|Sen|Rep|Rev|No|" + MonthNames.AbbreviationPattern + @"|Inc|Corp|Ltd|Co|vs|approx|U\.S|U\.N|U\.K|[A-Z]))\.$")]
    private static partial Regex Abbreviation();

    public static IReadOnlyList<TextSpan> Of(Article article) => article.Sentences.Count > 0 ? article.Sentences : Split(article.Text);

    public static IReadOnlyList<TextSpan> Split(string text)
    {
        var spans = new List<TextSpan>();
        int start = 0;
        foreach (Match m in Boundary().Matches(text))
        {
            if (m.Value[0] != '\n' && Abbreviation().IsMatch(text[Math.Max(0, m.Index - 6)..(m.Index + 1)])) continue;
            Add(spans, text, start, m.Value[0] == '\n' ? m.Index : m.Index + m.Length);
            start = m.Index + m.Length;
        }
        Add(spans, text, start, text.Length);
        return spans;
    }

    private static void Add(List<TextSpan> spans, string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        if (end > start) spans.Add(new TextSpan(start, end));
    }
}

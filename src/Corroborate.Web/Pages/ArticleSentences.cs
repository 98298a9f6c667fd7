using Corroborate.Core;
using Corroborate.Core.Claims;
using static Corroborate.Web.Pages.Html;

namespace Corroborate.Web.Pages;

/// <summary>
/// An article's text as paragraphs of sentences, each sentence a span with a stable anchor (#s-N: its number in the
/// article's sentence list, from 0), so that a citation can link to it and the page highlight it. The sentences are
/// the ones the claims and the brief were cut from.
/// </summary>
public static class ArticleSentences
{
    public const string Style = ".s.hl,.s:target{background:#ffe08a;outline:2px solid #e9b400}";

    public static string Url(string articleId, int sentence) =>
        string.Create(CultureInfo.InvariantCulture, $"/articles/{Uri.EscapeDataString(articleId)}?hl={sentence}#s-{sentence}");

    /// <summary>The link to the sentence holding a character offset, resolved by the article page.</summary>
    public static string AtOffset(string articleId, int offset) =>
        $"/articles/{Uri.EscapeDataString(articleId)}?at={offset.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>The number of the sentence holding <paramref name="offset"/>, or of the last one before it; null if none.</summary>
    public static int? Holding(IReadOnlyList<TextSpan> sentences, int offset)
    {
        int? found = null;
        for (int i = 0; i < sentences.Count && sentences[i].Start <= offset; i++) found = i;
        return found;
    }

    /// <summary>The sentence numbers of an hl parameter ("3" or "3,4"); what is not a number is ignored.</summary>
    public static IReadOnlySet<int> Parse(string? hl) =>
        (hl ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(x => int.TryParse(x, NumberStyles.None, CultureInfo.InvariantCulture, out int n) ? n : -1)
            .Where(n => n >= 0).ToHashSet();

    public static void AppendText(StringBuilder b, Article a, IReadOnlySet<int> highlighted)
    {
        var sentences = SentenceSpans.Of(a);
        int next = 0;
        foreach (var p in a.Paragraphs)
        {
            b.Append("<p>");
            int at = p.Start;
            // A sentence that runs over a paragraph break is cut there; its anchor stays on its first part.
            while (next > 0 && sentences[next - 1].End > at) next--;
            for (int i = next; i < sentences.Count && sentences[i].Start < p.End; i++)
            {
                int start = Math.Max(sentences[i].Start, at), end = Math.Min(sentences[i].End, p.End);
                if (end <= start) continue;
                string anchor = start == sentences[i].Start ? string.Create(CultureInfo.InvariantCulture, $" id=\"s-{i}\"") : "";
                string hl = highlighted.Contains(i) ? " hl" : "";
                b.Append(E(a.Text[at..start])).Append($"<span class=\"s{hl}\"{anchor}>");
                b.Append(E(a.Text[start..end])).Append("</span>");
                at = end;
                next = i + 1;
            }
            b.Append(E(a.Text[at..p.End])).Append("</p>");
        }
    }
}

using System.Net;
using System.Text;
using Corroborate.Core;

namespace Corroborate.Reports;

/// <summary>Article text as escaped HTML with the given spans wrapped in &lt;mark&gt; (overlapping spans merged).</summary>
public static class HighlightedText
{
    public static void Append(StringBuilder h, string text, IEnumerable<TextSpan> spans)
    {
        int at = 0;
        foreach (var span in Merge(spans))
        {
            int start = Math.Clamp(span.Start, at, text.Length), end = Math.Clamp(span.End, start, text.Length);
            h.Append(WebUtility.HtmlEncode(text[at..start])).Append("<mark>").Append(WebUtility.HtmlEncode(text[start..end])).Append("</mark>");
            at = end;
        }
        h.Append(WebUtility.HtmlEncode(text[at..]));
    }

    private static List<TextSpan> Merge(IEnumerable<TextSpan> spans)
    {
        var merged = new List<TextSpan>();
        foreach (var s in spans.OrderBy(s => s.Start))
        {
            if (merged.Count > 0 && s.Start <= merged[^1].End) merged[^1] = merged[^1] with { End = Math.Max(merged[^1].End, s.End) };
            else merged.Add(s);
        }
        return merged;
    }
}

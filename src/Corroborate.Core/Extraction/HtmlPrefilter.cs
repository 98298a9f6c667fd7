using System.Text;

namespace Corroborate.Core.Extraction;

/// <summary>
/// One linear pass over the raw HTML before the real parser sees it. It drops what can never be article
/// text (comments, scripts, styles, SVG, templates), shortens giant tags (inline data URIs), caps the
/// nesting depth and the output size. This keeps the parser fast and its memory and running time bounded
/// on hostile pages: HTML tree building does work proportional to the depth of open elements.
/// </summary>
public static class HtmlPrefilter
{
    public const int MaxDepth = 200;
    public const int MaxOutputChars = 4 << 20;
    private const int MaxTagChars = 4096;

    /// <summary>Elements dropped with everything inside them.</summary>
    private static readonly HashSet<string> DroppedWithContent = new(StringComparer.Ordinal)
    {
        "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "canvas", "textarea", "select",
    };

    /// <summary>Their content is text, not markup: copy up to the closing tag.</summary>
    private static readonly HashSet<string> RawText = new(StringComparer.Ordinal) { "title", "xmp", "plaintext" };

    private static readonly HashSet<string> Void = new(StringComparer.Ordinal)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr", "keygen",
    };

    /// <summary>Elements whose end tag is optional: a new one closes the open one.</summary>
    private static readonly HashSet<string> SelfClosingSiblings = new(StringComparer.Ordinal) { "p", "li", "dt", "dd", "tr", "td", "th", "option" };

    public sealed record Result(string Html, bool Truncated, int DroppedTags);

    public static Result Filter(string html)
    {
        var output = new StringBuilder(Math.Min(html.Length, MaxOutputChars) + 64);
        var open = new List<string>();
        int dropped = 0, pendingDroppedEnds = 0;
        int i = 0;
        while (i < html.Length && output.Length < MaxOutputChars)
        {
            int lt = html.IndexOf('<', i);
            if (lt < 0) { Append(output, html.AsSpan(i)); i = html.Length; break; }
            Append(output, html.AsSpan(i, lt - i));
            i = lt;
            if (Matches(html, i, "<!--"))
            {
                int end = html.IndexOf("-->", i + 4, StringComparison.Ordinal);
                i = end < 0 ? html.Length : end + 3;
                continue;
            }
            if (i + 1 >= html.Length) { output.Append("&lt;"); i++; continue; }
            char next = html[i + 1];
            if (next is '!' or '?')
            {
                int end = html.IndexOf('>', i);
                int stop = end < 0 ? html.Length : end + 1;
                if (next == '!' && Matches(html, i, "<!doctype")) Append(output, html.AsSpan(i, stop - i));
                i = stop;
                continue;
            }
            bool isEnd = next == '/';
            int nameStart = isEnd ? i + 2 : i + 1;
            int nameEnd = nameStart;
            while (nameEnd < html.Length && (char.IsAsciiLetterOrDigit(html[nameEnd]) || html[nameEnd] is '-' or ':' or '_')) nameEnd++;
            if (nameEnd == nameStart || !char.IsAsciiLetter(html[nameStart]))
            {
                output.Append("&lt;");
                i++;
                continue;
            }
            string name = html.AsSpan(nameStart, nameEnd - nameStart).ToString().ToLowerInvariant();
            int tagEnd = FindTagEnd(html, nameEnd);
            var tag = html.AsSpan(i, tagEnd - i);
            i = tagEnd;
            if (isEnd)
            {
                if (CloseOpen(open, name)) Append(output, tag);
                else if (pendingDroppedEnds > 0) pendingDroppedEnds--;
                else Append(output, tag);
                continue;
            }
            // Structured data (JSON-LD) is the one kind of script the metadata needs.
            if (RawText.Contains(name) || name == "script" && tag.Contains("ld+json", StringComparison.OrdinalIgnoreCase))
            {
                int stop = SkipPast(html, i, name);
                Append(output, tag);
                Append(output, html.AsSpan(i, stop - i));
                i = stop;
                continue;
            }
            if (DroppedWithContent.Contains(name))
            {
                if (!tag.EndsWith("/>")) i = SkipPast(html, i, name);
                continue;
            }
            if (Void.Contains(name) || tag.EndsWith("/>")) { AppendTag(output, tag, name); continue; }
            ImplicitlyClose(open, name);
            if (open.Count >= MaxDepth)
            {
                dropped++;
                pendingDroppedEnds++;
                continue;
            }
            open.Add(name);
            AppendTag(output, tag, name);
        }
        bool truncated = i < html.Length;
        if (output.Length > MaxOutputChars) output.Length = MaxOutputChars;
        return new Result(output.ToString(), truncated, dropped);
    }

    private static void Append(StringBuilder sb, ReadOnlySpan<char> text)
    {
        int room = MaxOutputChars - sb.Length;
        if (room > 0) sb.Append(text.Length <= room ? text : text[..room]);
    }

    /// <summary>A giant tag is nearly always an inline image or data blob: keep only its name, id and class.</summary>
    private static void AppendTag(StringBuilder sb, ReadOnlySpan<char> tag, string name)
    {
        if (tag.Length <= MaxTagChars) { Append(sb, tag); return; }
        sb.Append('<').Append(name);
        foreach (var attribute in new[] { "id", "class" })
        {
            string? value = AttributeValue(tag, attribute);
            if (value is not null && value.Length < 512) sb.Append(' ').Append(attribute).Append("=\"").Append(value.Replace("\"", "")).Append('"');
        }
        sb.Append('>');
    }

    private static string? AttributeValue(ReadOnlySpan<char> tag, string attribute)
    {
        string text = tag.ToString();
        int at = text.IndexOf(" " + attribute + "=\"", StringComparison.OrdinalIgnoreCase);
        if (at < 0) return null;
        int start = at + attribute.Length + 3;
        int end = text.IndexOf('"', start);
        return end < 0 ? null : text[start..end];
    }

    /// <summary>
    /// The index after the tag's '&gt;', skipping quoted attribute values. A quote still open far beyond the
    /// tag start is malformed markup: fall back to the first '&gt;' so the scan stays linear.
    /// </summary>
    private static int FindTagEnd(string html, int from)
    {
        const int MaxQuotedScan = 64 << 10;
        char quote = '\0';
        int limit = (int)Math.Min(html.Length, (long)from + MaxQuotedScan);
        for (int j = from; j < limit; j++)
        {
            char c = html[j];
            if (quote != '\0') { if (c == quote) quote = '\0'; continue; }
            if (c == '>') return j + 1;
            if (c is '"' or '\'' && FollowsEquals(html, j, from)) quote = c;
        }
        int plain = html.IndexOf('>', from);
        return plain < 0 ? html.Length : plain + 1;
    }

    private static bool FollowsEquals(string html, int at, int from)
    {
        int k = at - 1;
        while (k >= from && char.IsWhiteSpace(html[k])) k--;
        return k >= from && html[k] == '=';
    }

    private static int FindClosing(string html, int from, string name)
    {
        int at = html.IndexOf("</" + name, from, StringComparison.OrdinalIgnoreCase);
        return at < 0 ? html.Length : at;
    }

    private static int SkipPast(string html, int from, string name)
    {
        int close = FindClosing(html, from, name);
        if (close >= html.Length) return html.Length;
        int gt = html.IndexOf('>', close);
        return gt < 0 ? html.Length : gt + 1;
    }

    private static bool Matches(string html, int at, string literal) =>
        at + literal.Length <= html.Length && html.AsSpan(at, literal.Length).Equals(literal, StringComparison.OrdinalIgnoreCase);

    /// <summary>Pops back to the nearest open element of this name; false when there is none.</summary>
    private static bool CloseOpen(List<string> open, string name)
    {
        for (int k = open.Count - 1; k >= 0; k--)
        {
            if (open[k] != name) continue;
            open.RemoveRange(k, open.Count - k);
            return true;
        }
        return false;
    }

    private static void ImplicitlyClose(List<string> open, string name)
    {
        if (open.Count == 0) return;
        if (SelfClosingSiblings.Contains(name))
        {
            for (int k = open.Count - 1; k >= 0 && k >= open.Count - 3; k--)
                if (open[k] == name) { open.RemoveRange(k, open.Count - k); return; }
        }
        if (open[^1] == "p" && name is "div" or "p" or "ul" or "ol" or "table" or "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "blockquote" or "pre" or "section" or "article" or "figure" or "form" or "header" or "footer" or "nav" or "aside")
            open.RemoveAt(open.Count - 1);
    }
}

using System.Text.RegularExpressions;

namespace Corroborate.Core.Quotes;

/// <summary>A direct quote with who said it and how ("said", "told", "wrote"); the speaker is the text as written.</summary>
public sealed record Quote(TextSpan Span, string Text, string? Speaker, TextSpan? SpeakerSpan, string? Verb);

/// <summary>
/// Per-article stage: direct quotes (“…”, "…", «…» of four words or more) and their speaker, read from the
/// reporting clause after the quote (",” Svarin told reporters", ",” said Aino Verhalen") or before it
/// ("Svarin said: “…”"). A quote with no reporting clause continues the previous quote of its paragraph.
/// </summary>
public sealed partial class QuoteStage : IArticleStage
{
    public string Name => "quotes";

    private const int MinimumWords = 4;
    private const string Verbs = "said|says|say|told|tells|added|adds|declared|wrote|writes|asked|stated|explained|insisted|warned|replied|recalled|noted|continued|argued|tweeted|announced|posted|stressed|urged|assured";
    private const string Speaker = @"(?<sp>(?:[\p{L}\p{M}’'.-]+\s+){0,6}?[\p{L}\p{M}’'.-]+)";

    [GeneratedRegex(@"“(?<q>[^“”\n]+)”|«\s*(?<q>[^«»\n]+?)\s*»|""(?<q>[^""\n]+)""")]
    private static partial Regex QuotePattern();

    [GeneratedRegex(@"^\s*,?\s*(?:(?<verb>" + Verbs + @")\s+" + Speaker + @"(?=\s*(?:[,.;]|$|\s+(?:on|in|at|to|after|during|from|before)\b))|" + Speaker + @"\s+(?:also\s+|then\s+)?(?<verb>" + Verbs + @")\b)")]
    private static partial Regex After();

    [GeneratedRegex(Speaker + @"\s+(?:also\s+)?(?<verb>" + Verbs + @")(?:\s+[\p{L}’'-]+){0,5}?\s*(?::|,|\s+that)\s*$")]
    private static partial Regex Before();

    public Article Process(Article article)
    {
        var quotes = new List<Quote>();
        foreach (Match m in QuotePattern().Matches(article.Text))
        {
            string inner = m.Groups["q"].Value.Trim();
            if (inner.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length < MinimumWords) continue;
            var span = new TextSpan(m.Index, m.Index + m.Length);
            var (speaker, speakerSpan, verb) = FindSpeaker(article.Text, span);
            if (speaker is null && quotes.Count > 0 && SameParagraph(article.Text, quotes[^1].Span.End, span.Start))
                (speaker, speakerSpan, verb) = (quotes[^1].Speaker, quotes[^1].SpeakerSpan, quotes[^1].Verb);
            quotes.Add(new Quote(span, inner, speaker, speakerSpan, verb));
        }
        return article with { Quotes = quotes };
    }

    private static (string?, TextSpan?, string?) FindSpeaker(string text, TextSpan quote)
    {
        int lineEnd = text.IndexOf('\n', quote.End);
        string after = text[quote.End..(lineEnd < 0 ? text.Length : lineEnd)];
        if (After().Match(after) is { Success: true } a && Plausible(a.Groups["sp"].Value))
            return (a.Groups["sp"].Value, Offset(a.Groups["sp"], quote.End), a.Groups["verb"].Value);
        int lineStart = text.LastIndexOf('\n', Math.Max(0, quote.Start - 1)) + 1;
        string before = text[lineStart..quote.Start];
        if (Before().Match(before) is { Success: true } b && Plausible(b.Groups["sp"].Value))
            return (b.Groups["sp"].Value, Offset(b.Groups["sp"], lineStart), b.Groups["verb"].Value);
        return (null, null, null);
    }

    /// <summary>A speaker is a name, a pronoun or a short noun phrase; not the tail of a sentence.</summary>
    private static bool Plausible(string speaker) =>
        speaker.Length > 1 && !speaker.Contains('“') && !speaker.Contains('"') && speaker.Split(' ').Length <= 7;

    private static TextSpan Offset(Group g, int baseOffset) => new(baseOffset + g.Index, baseOffset + g.Index + g.Length);

    private static bool SameParagraph(string text, int from, int to) => !text.AsSpan(from, to - from).Contains("\n\n", StringComparison.Ordinal);
}

using System.Buffers;
using System.Text.RegularExpressions;
using Corroborate.Core.Lexicons;

namespace Corroborate.Core.Quotes;

/// <summary>
/// A direct quote with who said it and how ("said", "told", "wrote"). <see cref="Speaker"/> is the text as written;
/// <see cref="SpeakerEntity"/> the named-entity mention it resolves to ("he" → the last person named before).
/// </summary>
public sealed record Quote(TextSpan Span, string Text, string? Speaker, TextSpan? SpeakerSpan, string? Verb)
{
    public string? SpeakerEntity { get; init; }
}

/// <summary>
/// Per-article stage: direct quotes (“…”, "…", «…» of four words or more) and their speaker, read from the
/// reporting clause after the quote (",” Svarin told reporters", ",” said Aino Verhalen") or before it
/// ("Svarin said: “…”"). A quote with no reporting clause continues the previous quote of its paragraph.
/// </summary>
public sealed partial class QuoteStage : IArticleStage
{
    public string Name => "quotes";

    public StageContract Contract { get; } = new([Annotation.Mentions], [Annotation.Quotes]);

    private const int MinimumWords = 4;
    private const string Speaker = @"(?:(?:as|and|but|while)\s+)?(?<sp>(?:[\p{L}\p{M}’'.-]+\s+){0,6}?[\p{L}\p{M}’'.-]+)";

    [GeneratedRegex(@"“(?<q>[^“”\n]+)”|«\s*(?<q>[^«»\n]+?)\s*»|""(?<q>[^""\n]+)""")]
    private static partial Regex QuotePattern();

    [GeneratedRegex(@"^\s*,?\s*" + Speaker + @"\s+(?:also\s+|then\s+)?(?<verb>" + ReportingVerbs.BeforeQuote + @")\b")]
    private static partial Regex AfterSpeakerVerb();

    [GeneratedRegex(@"^\s*,?\s*(?:\w+\s+)?(?<verb>" + ReportingVerbs.BeforeQuote + @")\s+" + Speaker + @"(?=\s*(?:[,.;]|$|\s+(?:on|in|at|to|after|during|from|before|who)\b))")]
    private static partial Regex AfterVerbSpeaker();

    /// <summary>Words that can stand between a quote and its verb without being the speaker ("however added the president").</summary>
    private static readonly HashSet<string> NotSpeakers = new(StringComparer.OrdinalIgnoreCase) { "however", "also", "then", "later", "further", "meanwhile", "again", "it" };

    [GeneratedRegex(Speaker + @"\s+(?:also\s+)?(?<verb>" + ReportingVerbs.BeforeQuote + @")(?:\s+[\p{L}’'-]+){0,5}?\s*(?::|,|\s+that)\s*$")]
    private static partial Regex Before();

    /// <summary>
    /// The verbs of <see cref="Before"/> as plain words: a window with none of them cannot match, and looking for them
    /// is far cheaper than the pattern, which tries every start in the window.
    /// </summary>
    private static readonly SearchValues<string> BeforeVerbs = SearchValues.Create(ReportingVerbs.BeforeQuote.Split('|'), StringComparison.Ordinal);

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
            quotes.Add(new Quote(span, inner, speaker, speakerSpan, verb) { SpeakerEntity = SpeakerEntity(article, speaker, speakerSpan, span) });
        }
        return article with { Quotes = quotes };
    }

    private static (string?, TextSpan?, string?) FindSpeaker(string text, TextSpan quote)
    {
        int lineEnd = text.IndexOf('\n', quote.End);
        string after = text[quote.End..(lineEnd < 0 ? text.Length : lineEnd)];
        foreach (var pattern in new[] { AfterSpeakerVerb(), AfterVerbSpeaker() })
            if (pattern.Match(after) is { Success: true } a && Plausible(a.Groups["sp"].Value))
                return (a.Groups["sp"].Value, Offset(a.Groups["sp"], quote.End), a.Groups["verb"].Value);
        // The reporting clause before a quote is short ("Svarin told reporters:"); a bounded window keeps the regex cheap.
        int lineStart = Math.Max(text.LastIndexOf('\n', Math.Max(0, quote.Start - 1)) + 1, quote.Start - 100);
        string before = text[lineStart..quote.Start];
        if (before.AsSpan().ContainsAny(BeforeVerbs) && Before().Match(before) is { Success: true } b && Plausible(b.Groups["sp"].Value))
            return (b.Groups["sp"].Value, Offset(b.Groups["sp"], lineStart), b.Groups["verb"].Value);
        return (null, null, null);
    }

    private static readonly HashSet<string> PersonalPronouns = new(StringComparer.OrdinalIgnoreCase) { "he", "she" };

    /// <summary>The person or organisation mention inside the speaker, or for "he"/"she" the last person named before the quote.</summary>
    private static string? SpeakerEntity(Article article, string? speaker, TextSpan? speakerSpan, TextSpan quote)
    {
        if (speaker is null || speakerSpan is not { } sp) return null;
        if (PersonalPronouns.Contains(speaker))
            return article.Mentions.LastOrDefault(m => m.Type == "PER" && m.End <= quote.Start)?.Text;
        return article.Mentions.FirstOrDefault(m => m.Type is "PER" or "ORG" && m.Start < sp.End && sp.Start < m.End)?.Text;
    }

    /// <summary>A speaker is a name, a pronoun or a short noun phrase; not the tail of a sentence.</summary>
    private static bool Plausible(string speaker) =>
        speaker.Length > 1 && !NotSpeakers.Contains(speaker) && !speaker.Contains('“') && !speaker.Contains('"') && speaker.Split(' ').Length <= 7;

    private static TextSpan Offset(Group g, int baseOffset) => new(baseOffset + g.Index, baseOffset + g.Index + g.Length);

    private static bool SameParagraph(string text, int from, int to) => !text.AsSpan(from, to - from).Contains("\n\n", StringComparison.Ordinal);
}

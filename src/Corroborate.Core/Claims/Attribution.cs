using System.Text.RegularExpressions;
using Corroborate.Core.Lexicons;

namespace Corroborate.Core.Claims;

/// <summary>
/// Who a sentence says gave its figures: "the interior ministry said ...", "..., police said", "according to state
/// TV", "..., reported the state television", "the 40 million euros quoted by HCC". Each source covers part of the
/// sentence: a leading source the clause it opens and what follows, a trailing one what precedes it, a passive
/// "quoted by" only the figure just before it.
/// </summary>
public static partial class Attribution
{
    public enum Scope { Forward, Backward, Sentence, PreviousFigure }

    public readonly record struct Source(string Text, int Start, int End, Scope Scope);

    [GeneratedRegex(@"\baccording\s+to\s+(?<src>[^,.;:“”""]{2,80}?)(?=\s*[,.;:]|\s*$)", RegexOptions.IgnoreCase)]
    private static partial Regex AccordingTo();

    [GeneratedRegex(@"(?:^|[,;:–—]\s*|\b(?:while|but|and|as|whereas)\s+)(?<src>(?:the\s+|The\s+)?(?:[\p{L}\p{M}’'().-]+\s+){0,7}?[\p{L}\p{M}’'().-]+)\s+(?:\w+ly\s+|also\s+|itself\s+|themselves\s+|on\s+\p{Lu}\w+\s+|(?:has|have|had)\s+)*(?<verb>" + ReportingVerbs.AfterSource + @")\b(?!\s+(?:by|to\s+be))", RegexOptions.None)]
    private static partial Regex SourceVerb();

    [GeneratedRegex(@",\s*(?:\w+ly\s+)?(?<verb>" + ReportingVerbs.BeforeSource + @")\s+(?<src>(?:the\s+)?\p{L}[^,.;:“”""]{1,70}?)(?=\s+(?:on|this|last|yesterday|today|in\s+a)\b|\s*[,.;]|\s*$)", RegexOptions.IgnoreCase)]
    private static partial Regex VerbSource();

    [GeneratedRegex(@"\b(?:quoted|cited|given|reported|announced|provided|released)\s+by\s+(?<src>(?:the\s+)?[\p{L}\p{M}’'().-]+(?:\s+\p{Lu}[\p{L}\p{M}’'().-]*){0,5})", RegexOptions.None)]
    private static partial Regex PassiveBy();

    /// <summary>Pronouns and other words that cannot be a named source on their own.</summary>
    private static readonly HashSet<string> NotSources = new(StringComparer.OrdinalIgnoreCase)
    {
        "he", "she", "it", "they", "we", "i", "you", "who", "which", "that", "this", "there", "what", "one", "some", "many", "others",
    };

    [GeneratedRegex(@"\d")]
    private static partial Regex Digit();

    /// <summary>The reporting verbs as plain words: a sentence with none of them has no source the verb patterns could find.</summary>
    private static readonly System.Buffers.SearchValues<string> VerbWords =
        System.Buffers.SearchValues.Create(ReportingVerbs.AfterSource.Split('|'), StringComparison.OrdinalIgnoreCase);

    public static List<Source> Find(string sentence)
    {
        var found = new List<Source>();
        var text = sentence.AsSpan();
        if (text.Contains("according", StringComparison.OrdinalIgnoreCase))
            foreach (Match m in AccordingTo().Matches(sentence)) Add(found, m.Groups["src"], Scope.Sentence);
        if (text.Contains(" by ", StringComparison.Ordinal))
            foreach (Match m in PassiveBy().Matches(sentence)) Add(found, m.Groups["src"], Scope.PreviousFigure);
        if (!text.ContainsAny(VerbWords)) return found;
        foreach (Match m in VerbSource().Matches(sentence)) Add(found, m.Groups["src"], Scope.Backward);
        foreach (Match m in SourceVerb().Matches(sentence))
        {
            var src = m.Groups["src"];
            // A source after a comma with nothing but the end of the sentence (or a time) after its verb is trailing.
            string rest = sentence[(m.Index + m.Length)..];
            bool trailing = m.Index > 0 && Regex.IsMatch(rest, @"^\s*(?:(?:on|this|last|in\s+a)\s+[^,.;]*|yesterday|today|in\s+a\s+statement)?\s*(?:[,.;]|$)");
            Add(found, src, trailing ? Scope.Backward : Scope.Forward);
        }
        return found;
    }

    private static void Add(List<Source> found, Group g, Scope scope)
    {
        string text = Regex.Replace(g.Value.Trim(), @"\s+(?:itself|themselves|also)$", "");
        if (text.Length < 2 || NotSources.Contains(text) || Digit().IsMatch(text)) return;
        if (text.Split(' ').Length > 8) return;
        if (found.Any(f => f.Start < g.Index + g.Length && g.Index < f.End)) return;
        found.Add(new Source(text, g.Index, g.Index + g.Length, scope));
    }

    /// <summary>The source covering a figure at <paramref name="position"/> in the sentence, or null.</summary>
    public static string? For(IReadOnlyList<Source> sources, int position, int figureEnd)
    {
        var passive = sources.FirstOrDefault(s => s.Scope == Scope.PreviousFigure && s.Start >= figureEnd && s.Start - figureEnd <= 40);
        if (passive.Text is not null) return passive.Text;
        var trailing = sources.Where(s => s.Scope == Scope.Backward && s.Start > position).OrderBy(s => s.Start).FirstOrDefault();
        if (trailing.Text is not null) return trailing.Text;
        var leading = sources.Where(s => s.Scope == Scope.Forward && s.End <= position).OrderByDescending(s => s.Start).FirstOrDefault();
        if (leading.Text is not null) return leading.Text;
        var whole = sources.FirstOrDefault(s => s.Scope == Scope.Sentence);
        if (whole.Text is not null) return whole.Text;
        // Last resort: the nearest source elsewhere in the sentence ("rose to 11, police said, as ... six missing").
        return sources.Where(s => s.Scope != Scope.PreviousFigure)
            .OrderBy(s => Math.Abs(s.Start - position)).Select(s => s.Text).FirstOrDefault();
    }
}

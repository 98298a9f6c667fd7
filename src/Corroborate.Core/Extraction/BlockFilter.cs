using System.Text.RegularExpressions;
using Corroborate.Core.Cleaning;

namespace Corroborate.Core.Extraction;

/// <summary>
/// Last pass over the blocks of the chosen container: drops lines that are furniture by their wording or
/// shape rather than by their markup (link lists, "Share this", the headline again, a byline, a lone date).
/// </summary>
internal static partial class BlockFilter
{
    private const int ShortLine = 80;

    public static IEnumerable<TextBlock> Keep(IReadOnlyList<TextBlock> blocks, string? title)
    {
        var kept = new List<TextBlock>();
        foreach (var block in blocks)
        {
            if (IsLinkList(block) || block.Kind == ParagraphKind.Caption || block.IsFurnitureLine) continue;
            if (RepeatsTitle(block, title)) continue;
            kept.Add(block);
        }
        // The end of an article collects notices, however long: rights, newsletter pitches, tag lists.
        int end = kept.Count;
        while (end > 0 && IsTrailingNotice(kept[end - 1].Text)) end--;
        return kept.Take(end);
    }

    public static bool IsLinkList(TextBlock block) => block.LinkDensity > 0.5 && !(block.Text.Length > 200 && block.LinkDensity < 0.8);

    /// <summary>A short line that is furniture by its wording: a share prompt, a byline, a lone date.</summary>
    public static bool IsFurnitureLine(string text) =>
        text.Length <= ShortLine && (FurniturePhrase().IsMatch(text) || Byline().IsMatch(text) || LooksLikeDateLine(text));

    public static bool IsTrailingNotice(string text) => TrailingNotice().IsMatch(text);

    public static bool RepeatsTitle(TextBlock block, string? title) =>
        title is not null && block.Kind == ParagraphKind.Heading && SameAsTitle(Normalize(block.Text), Normalize(title));

    private static bool SameAsTitle(string heading, string title) =>
        heading.Length > 0 && (title.Contains(heading, StringComparison.Ordinal) && heading.Length * 2 >= title.Length || heading.Contains(title, StringComparison.Ordinal));

    private static bool LooksLikeDateLine(string text) => DatelineParser.TryParse(text, out _);

    private static string Normalize(string s) => string.Concat(s.Where(char.IsLetterOrDigit)).ToLowerInvariant();

    [GeneratedRegex(@"^\W*(ad|updated|published|posted|last updated)\W*$|^\W*(updated|published|posted|last updated)( on| at)?:?\s+[^.]{0,30}\d[^.]{0,30}$|^\W*(advertisement|advertising|sponsored( content)?|follow us\b|related( articles| stories| content)?\W*$|recommended\b|click here\b|continue reading\b|getty images|copyright\b|©|\(c\)\s*\d{4}|all rights reserved|loading\W*$|print\W*$|email\W*$|skip to\b|listen to (this )?article|more from\b|trending\b|most (read|popular)\b|we'?re sorry|this (content|video) is (not available|unavailable)|(enable|please enable) javascript)", RegexOptions.IgnoreCase)]
    private static partial Regex FurniturePhrase();

    [GeneratedRegex(@"(all rights reserved|subscribe to|newsletter|follow (us|him|her|them) on|^\W*more (stories|articles|news)\b|share this (article|story)|^\W*(tags?|topics?|filed under)\s*:)", RegexOptions.IgnoreCase)]
    private static partial Regex TrailingNotice();

    [GeneratedRegex(@"^\s*(by|written by|von|par|por|di)\s+\p{Lu}[\p{L}.'\-]*(\s+[\p{L}.'\-]+){0,5}(\s*(,|and|&|\|)\s*[\p{L}.'\- ]+){0,3}\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Byline();
}

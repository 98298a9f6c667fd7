namespace Corroborate.Core.Lexicons;

/// <summary>
/// The English month names in every form news text writes them: the full name and the abbreviation ("Jan.",
/// "Sept."). Date grammars, datelines, the tokenizer and the sentence splitters all read them from here.
/// </summary>
public static class MonthNames
{
    /// <summary>Full names as a regex alternation, in calendar order.</summary>
    public const string FullPattern =
        "January|February|March|April|May|June|July|August|September|October|November|December";

    /// <summary>
    /// Abbreviations as a regex alternation, capitalised as written; "May" is never abbreviated and "Sept" sits beside
    /// "Sep" because both are in use.
    /// </summary>
    public const string AbbreviationPattern = "Sept|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec";

    /// <summary>Every written form as one alternation, for patterns that take a month name ("6 January", "Jan. 8").</summary>
    public const string Pattern = FullPattern + "|" + AbbreviationPattern;

    /// <summary>The full names in calendar order.</summary>
    public static readonly IReadOnlyList<string> Full = FullPattern.Split('|');

    /// <summary>The abbreviations in lower case, as words that take a dot without ending a sentence.</summary>
    public static readonly IReadOnlyList<string> Abbreviations =
        AbbreviationPattern.Split('|').Select(a => a.ToLowerInvariant()).ToArray();

    // The first three letters tell the months apart, so every form ("Sept", "Sept.", "September", "sep") is read by them.
    private static readonly string[] Prefixes = Full.Select(name => name[..3].ToLowerInvariant()).ToArray();

    /// <summary>The month (1 to 12) a name or abbreviation stands for, in any case; null for anything else.</summary>
    public static int? NumberOf(string name)
    {
        if (name.Length == 0) return null;
        string lower = name.ToLowerInvariant();
        int i = Array.FindIndex(Prefixes, p => lower.StartsWith(p, StringComparison.Ordinal));
        return i < 0 ? null : i + 1;
    }
}

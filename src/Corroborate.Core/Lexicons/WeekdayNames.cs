namespace Corroborate.Core.Lexicons;

/// <summary>
/// The English weekday names and their abbreviations, for the date grammar, datelines, the tokenizer and the word
/// lists that must not take a day for a name or a topic.
/// </summary>
public static class WeekdayNames
{
    /// <summary>Full names as a regex alternation, Monday first as in news usage.</summary>
    public const string Pattern = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";

    /// <summary>
    /// The first three letters of each day as a case-insensitive alternation: a scraper's dateline writes any of
    /// "Mon", "Tues." or "Monday", and these letters start every one of them.
    /// </summary>
    public const string PrefixPattern = "mon|tue|wed|thu|fri|sat|sun";

    /// <summary>The full names, Monday first.</summary>
    public static readonly IReadOnlyList<string> Full = Pattern.Split('|');

    /// <summary>Abbreviations in lower case, as words that take a dot without ending a sentence ("Tues.", "Thurs.").</summary>
    public static readonly IReadOnlyList<string> Abbreviations = ["mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"];
}

using System.Text.RegularExpressions;

namespace Corroborate.Core.Cleaning;

/// <summary>
/// Judges single lines of scraped text by their shape and by the vocabulary of page furniture (sharing,
/// comment forms, credits, link footers). It never judges a line that reads like a sentence of prose.
/// </summary>
public static partial class JunkLineClassifier
{
    public enum Verdict { Body, EdgeJunk, Junk }

    /// <summary>Page furniture that is never article text, wherever it stands.</summary>
    [GeneratedRegex(@"^\s*(©|\(c\)\s|copyright\b)|your e-?mail address will not be published|required fields are marked|all rights reserved|^(advertisement|sponsored content|ad)\W*$|^(photo|image|picture|video|credits?|illustration|caption)\s*(:|©|/|\|)|^(read more|read also|see also|also read|related|more on this story|watch|listen)\s*:", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AlwaysJunk();

    /// <summary>Calls to action and link footers: junk when they stand at the start or end of the text.</summary>
    [GeneratedRegex(@"^((leave|post|write|add|submit|join) (a|your|the) (reply|replay|comment|response|discussion)|comments?\b|\d+ comments?\b|(no|view|show|load|hide|read) (all |more )?comments|(share|tweet|e-?mail|print|pin|save|bookmark)( (this|the) (article|story|page|post))?( (on|via|with|to) .{1,40})?$|(share|follow|like|join) (us |this )?on \w+|(source|source link|source site|via|read more|read also|see also|related( articles| stories| posts)?|more on this( story)?|more from|subscribe|sign up|newsletter|follow us|click here|tap here|tags?|filed under|topics|back to top|previous( article| post)?|next( article| post)?)\b|subscribe to (our|the)|we use cookies|accept (all )?cookies)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EdgeJunk();

    /// <summary>
    /// Caption, gallery, teaser and tip-line furniture that marks its whole line, however long: "Hide Caption 3 of 8",
    /// "Continue reading the main story", "Most read in News ...", "We pay for your stories! ... call 0207 ...".
    /// </summary>
    [GeneratedRegex(@"\b(?:hide|show|toggle)\s+caption\b|\bcontinue\s+reading\s+the\s+main\s+story\b|\benlarge\s+this\s+image\b|please\s+verify\s+you'?re\s+not\s+a\s+robot|\b(?:image|photo|picture|slide)\s+\d+\s+of\s+\d+\b|^\d+\s+show\s+all\b|^(?:newsletter\s+sign\s+up|related\s+(?:stories|articles|coverage)|most\s+(?:read|popular|viewed|shared)\b|more\s+videos|just\s+watched|must\s+watch|we\s+pay\s+for\s+your\s+(?:stories|videos)|do\s+you\s+have\s+a\s+story\s+for)|\b(?:e-?mail|call|contact|text|whatsapp)\s+us\b.{0,80}\b(?:or\s+)?call\s+[+(]?\d", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FurnitureAnywhere();

    [GeneratedRegex(@"\s*\b(?:hide|show)\s+caption\s+\d+\s+of\s+\d+\s*$|\s*\b\d+\s+of\s+\d+\s+(?:photos|images)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SlideCounterAtEnd();

    /// <summary>Where a slide's counter stands at the end of its caption ("... Hide Caption 3 of 8"), if it has one.</summary>
    public static (int Start, int End)? SlideCounter(string line) =>
        SlideCounterAtEnd().Match(line) is { Success: true } m ? (m.Index, m.Index + m.Length) : null;

    [GeneratedRegex(@"^\d{1,3}/(?<of>\d{1,3})$")]
    private static partial Regex SlideNumberPattern();

    /// <summary>The M of a slide counter "N/M" opening a caption, or null.</summary>
    public static string? SlideNumber(string word) =>
        SlideNumberPattern().Match(word) is { Success: true } m ? m.Groups["of"].Value : null;

    /// <summary>A run of two or more words in capitals ("SIN CITY", "MOST READ"): the kicker of a teaser headline.</summary>
    [GeneratedRegex(@"\b\p{Lu}[\p{Lu}'’-]{2,}(?:\s+\p{Lu}[\p{Lu}'’-]{1,})+\b")]
    private static partial Regex CapitalRun();

    [GeneratedRegex(@"\p{L}")]
    private static partial Regex AnyLetter();

    public static Verdict Classify(string line)
    {
        string t = line.Trim();
        if (t.Length == 0) return Verdict.Body;
        int words = CountWords(t);
        if (words <= 25 && AlwaysJunk().IsMatch(t)) return Verdict.Junk;
        if (FurnitureAnywhere().IsMatch(t) || IsTeaserStrip(t)) return Verdict.Junk;
        if (!AnyLetter().IsMatch(t)) return Verdict.EdgeJunk;
        if (LooksLikeProse(t, words)) return Verdict.Body;
        if (words <= 12 && EdgeJunk().IsMatch(t)) return Verdict.EdgeJunk;
        return Verdict.Body;
    }

    /// <summary>
    /// A strip of teaser headlines ("SIN CITY How Thai vice haven ... PORN DEATHS Porn actress ..."): two or more
    /// capitalised kickers in one line, which prose never has (acronyms stand alone).
    /// </summary>
    private static bool IsTeaserStrip(string line)
    {
        int runs = 0;
        foreach (Match _ in CapitalRun().Matches(line))
            if (++runs >= 2) return true;
        return false;
    }

    /// <summary>A line of several words ending like a sentence; furniture is rarely written that way.</summary>
    public static bool LooksLikeProse(string line, int words) =>
        words >= 8 && line.TrimEnd('"', '\'', ')').EndsWith('.') ;

    public static int CountWords(string line)
    {
        int words = 0;
        bool inWord = false;
        foreach (char c in line)
        {
            bool w = char.IsLetterOrDigit(c);
            if (w && !inWord) words++;
            inWord = w;
        }
        return words;
    }
}

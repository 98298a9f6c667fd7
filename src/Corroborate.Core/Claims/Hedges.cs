using System.Text.RegularExpressions;

namespace Corroborate.Core.Claims;

/// <summary>
/// Sentences in which the article distances itself from figures: "These figures could not be independently
/// verified", "The information could not initially be confirmed by an independent party".
/// </summary>
public static partial class Hedges
{
    /// <summary>A hedge with no figures of its own reaches back over the figures before it, at most this many paragraphs.</summary>
    public const int ParagraphsBack = 2;

    [GeneratedRegex(@"\b(?:(?:could|can|might|may)(?:\s+not|n['’]t)|cannot)\s+(?:(?:immediately|independently|initially|yet|be|been|not|readily)\s+)*(?:verified|confirmed|corroborated)\b|\bunverified\b|\bnot\s+(?:(?:been|be|yet|independently)\s+)*(?:verified|confirmed|corroborated)\b|\b(?:impossible|not\s+possible|unable)\s+to\s+(?:independently\s+)?(?:verify|confirm|corroborate)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Pattern();

    public static bool IsHedge(string sentence) => Pattern().IsMatch(sentence);
}

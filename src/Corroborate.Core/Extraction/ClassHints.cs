namespace Corroborate.Core.Extraction;

/// <summary>
/// What an element's class, id and role words suggest about it. The words are generic page furniture
/// (comments, share bars, navigation, cookie notices ...), never tied to a site.
/// </summary>
public static class ClassHints
{
    /// <summary>Word stems that mark furniture wherever they appear inside a class or id word.</summary>
    private static readonly string[] NegativeStems =
    [
        "comment", "share", "sharing", "social", "related", "newsletter", "subscri", "cookie", "consent", "advert",
        "sponsor", "promo", "breadcrumb", "pagination", "pager", "sidebar", "widget", "footer", "masthead", "navbar",
        "navigation", "menu", "popup", "modal", "outbrain", "taboola", "disqus", "recommend", "trending", "popular",
        "signup", "byline", "dateline", "timestamp", "copyright", "banner", "dropdown", "tagcloud", "taglist",
        "further", "readmore", "morestories", "nextpost", "prevpost", "follow", "author", "caption", "credit",
        "skiplink", "sr-only", "screen-reader", "offscreen", "noprint", "feedback", "login", "register",
        "paywall-message", "upsell", "teaser", "carousel", "slideshow", "gallery", "thumbnail", "player", "playlist",
        "jump", "headline", "kicker", "overline", "meta", "tools", "actions", "contributor", "bio", "disclaimer",
        "inline-ad", "ad-slot", "adslot",
    ];

    /// <summary>Short words that only count as a whole word (a stem match would hit innocent words).</summary>
    private static readonly HashSet<string> NegativeWords = new(StringComparer.Ordinal)
    {
        "ad", "ads", "nav", "tag", "tags", "date", "time", "aside", "hide", "skip", "more", "nocontent", "toc",
        "header", "rail", "links", "email", "dfp", "mpu", "cta", "deck", "dek",
    };

    /// <summary>Words that mark the article body.</summary>
    private static readonly string[] PositiveStems =
        ["article", "body", "content", "entry", "main", "post", "text", "story", "blog", "prose", "paragraph", "rich"];

    /// <summary>
    /// A class or id word is furniture when it contains a furniture stem or one of its parts (split at
    /// '-', '_' and camelCase) is a furniture word; the element is furniture when any of its words is.
    /// </summary>
    public static Hint Of(string? classAndId)
    {
        if (string.IsNullOrEmpty(classAndId)) return Hint.Neutral;
        bool negative = false, positive = false;
        foreach (var token in classAndId.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            string word = token.ToLowerInvariant();
            if (word.Contains("commentary", StringComparison.Ordinal)) { positive = true; continue; }
            if (NegativeStems.Any(s => word.Contains(s, StringComparison.Ordinal)) || Parts(token).Any(NegativeWords.Contains)) negative = true;
            else if (PositiveStems.Any(s => word.Contains(s, StringComparison.Ordinal))) positive = true;
        }
        return negative ? (positive ? Hint.Mixed : Hint.Negative) : positive ? Hint.Positive : Hint.Neutral;
    }

    internal static IEnumerable<string> Parts(string token)
    {
        int from = 0;
        for (int i = 1; i <= token.Length; i++)
        {
            bool separator = i < token.Length && token[i] is '-' or '_' or ':';
            bool camel = i < token.Length && char.IsUpper(token[i]) && char.IsLower(token[i - 1]);
            if (i < token.Length && !separator && !camel) continue;
            if (i > from) yield return token[from..i].ToLowerInvariant();
            from = separator ? i + 1 : i;
        }
    }
}

public enum Hint { Neutral, Positive, Negative, Mixed }

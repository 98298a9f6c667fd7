using System.Collections.Frozen;

namespace Corroborate.Core.Lexicons;

/// <summary>
/// Words around a name that say whose it is, for entity resolution: titles written before a person's name, which a
/// mention drops, verbs of speech right after it ("Ukibai said"), the words that open a byline or a credit, and
/// words around a place's name.
/// </summary>
public static class PersonCues
{
    /// <summary>Titles and honorifics before a person's name, without their full stop.</summary>
    public static readonly FrozenSet<string> Titles = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "mr", "mrs", "ms", "miss", "dr", "prof", "sir", "president", "premier", "minister", "gen", "general", "senator",
        "sen", "gov", "governor");

    /// <summary>
    /// Titles of several words, lower case, whose last word a tagger may take into the name ("Head of State
    /// Tokayev" tagged "State Tokayev").
    /// </summary>
    public static readonly IReadOnlyList<string> MultiWordTitles =
        ["head of state", "head of government", "secretary of state"];

    /// <summary>Verbs of speech whose subject, right before them, is most often a person.</summary>
    public static readonly FrozenSet<string> SpeechVerbs = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        ReportingVerbs.Commonest.Split('|').Concat(["added", "tweeted", "wrote", "says"]).ToArray());

    /// <summary>Short adverbs that may stand between a speaker and the verb ("Ukibai also said").</summary>
    public static readonly FrozenSet<string> SpeechAdverbs = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "also", "later", "then", "further", "previously", "earlier", "has", "had");

    /// <summary>Words that open a byline or a credit, after which names are reporters' or photographers'.</summary>
    public static readonly FrozenSet<string> CreditOpeners = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "by", "report", "reporting", "reported", "photo", "photos", "photograph", "photographs", "picture", "pictures",
        "image", "images", "credit", "contribution", "writing", "editing");

    /// <summary>
    /// Words right before a name, or after it and a comma ("Noursoultan, the capital"), that make it a place.
    /// </summary>
    public static readonly FrozenSet<string> PlaceWords = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "in", "near", "capital", "city", "town", "village", "province", "region");

    /// <summary>
    /// Words a credit writes after an agency's name, which the tagger takes into it ("AP Photo", "AFP Image").
    /// </summary>
    public static readonly FrozenSet<string> CreditTrailers =
        FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "photo", "image", "picture");
}

namespace Corroborate.Core.Lexicons;

/// <summary>Closed-class words that stages read as signals: of a language, or of the joints inside a name.</summary>
public static class FunctionWords
{
    /// <summary>
    /// The commonest function words of each language the guesser tells apart, about twenty each, so that no
    /// language wins by having a longer list. English keeps its own short list for that reason, rather than
    /// <see cref="StopWords.Commonest"/>.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, HashSet<string>> ByLanguage = new Dictionary<string, HashSet<string>>
    {
        ["en"] = ["the", "and", "of", "to", "in", "is", "that", "for", "it", "was", "on", "with", "he", "as", "his", "by", "at", "from", "have", "has", "this", "are", "which", "were", "been", "their", "said"],
        ["fr"] = ["le", "la", "les", "et", "des", "du", "un", "une", "est", "que", "qui", "dans", "pour", "pas", "sur", "au", "aux", "avec", "il", "elle", "ont", "été", "sont"],
        ["de"] = ["der", "die", "das", "und", "ist", "nicht", "ein", "eine", "zu", "den", "dem", "mit", "sich", "auf", "für", "von", "im", "auch", "wurde", "werden", "sind"],
        ["es"] = ["el", "la", "los", "las", "y", "de", "que", "en", "un", "una", "es", "por", "con", "para", "del", "se", "su", "al", "lo", "como", "más", "fue"],
        ["it"] = ["il", "lo", "la", "gli", "le", "e", "di", "che", "è", "un", "una", "per", "con", "non", "del", "della", "sono", "nel", "alla", "anche"],
        ["pt"] = ["o", "os", "as", "e", "de", "que", "em", "um", "uma", "é", "por", "com", "para", "do", "da", "não", "se", "ao", "mais", "foi"],
        ["nl"] = ["de", "het", "een", "en", "van", "is", "dat", "op", "te", "in", "niet", "met", "voor", "zijn", "er", "ook", "werd"],
    };

    /// <summary>
    /// Words that join the parts of an organisation's or place's name in the languages of the news ("Bank of
    /// England", "Banco de España"); they have no letter in its acronym.
    /// </summary>
    public static readonly IReadOnlySet<string> InNames =
        new HashSet<string>(["of", "the", "and", "for", "de", "du", "la", "le", "des", "el", "del", "in", "on", "to", "a"]);
}

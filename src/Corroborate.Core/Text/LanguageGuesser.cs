namespace Corroborate.Core.Text;

/// <summary>
/// Guesses the language from very common function words. News text is long enough that a few dozen
/// stopwords per language separate the languages we meet; short or unclear text stays unknown ("und").
/// </summary>
public sealed class LanguageGuesser : IArticleStage
{
    public string Name => "language";

    public StageContract Contract { get; } = new([], [Annotation.Language]);

    private static readonly Dictionary<string, HashSet<string>> Stopwords = new()
    {
        ["en"] = ["the", "and", "of", "to", "in", "is", "that", "for", "it", "was", "on", "with", "he", "as", "his", "by", "at", "from", "have", "has", "this", "are", "which", "were", "been", "their", "said"],
        ["fr"] = ["le", "la", "les", "et", "des", "du", "un", "une", "est", "que", "qui", "dans", "pour", "pas", "sur", "au", "aux", "avec", "il", "elle", "ont", "été", "sont"],
        ["de"] = ["der", "die", "das", "und", "ist", "nicht", "ein", "eine", "zu", "den", "dem", "mit", "sich", "auf", "für", "von", "im", "auch", "wurde", "werden", "sind"],
        ["es"] = ["el", "la", "los", "las", "y", "de", "que", "en", "un", "una", "es", "por", "con", "para", "del", "se", "su", "al", "lo", "como", "más", "fue"],
        ["it"] = ["il", "lo", "la", "gli", "le", "e", "di", "che", "è", "un", "una", "per", "con", "non", "del", "della", "sono", "nel", "alla", "anche"],
        ["pt"] = ["o", "os", "as", "e", "de", "que", "em", "um", "uma", "é", "por", "com", "para", "do", "da", "não", "se", "ao", "mais", "foi"],
        ["nl"] = ["de", "het", "een", "en", "van", "is", "dat", "op", "te", "in", "niet", "met", "voor", "zijn", "er", "ook", "werd"],
    };

    public Article Process(Article article) => article.Language is null ? article with { Language = Guess(article.Text) } : article;

    public static string Guess(string text)
    {
        var counts = Stopwords.Keys.ToDictionary(k => k, _ => 0);
        int words = 0;
        foreach (var token in Tokens(text))
        {
            if (++words > 2000) break;
            foreach (var (lang, set) in Stopwords)
                if (set.Contains(token)) counts[lang]++;
        }
        var best = counts.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).First();
        return words >= 5 && best.Value * 10 >= Math.Min(words, 2000) ? best.Key : "und";
    }

    private static IEnumerable<string> Tokens(string text)
    {
        int i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && !char.IsLetter(text[i])) i++;
            int start = i;
            while (i < text.Length && char.IsLetter(text[i])) i++;
            if (i > start) yield return text[start..i].ToLowerInvariant();
        }
    }
}

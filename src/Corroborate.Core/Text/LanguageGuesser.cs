using Corroborate.Core.Lexicons;

namespace Corroborate.Core.Text;

/// <summary>
/// Guesses the language from very common function words. News text is long enough that a few dozen
/// stopwords per language separate the languages we meet; short or unclear text stays unknown ("und").
/// </summary>
public sealed class LanguageGuesser : IArticleStage
{
    public string Name => "language";

    public StageContract Contract { get; } = new([], [Annotation.Language]);

    public Article Process(Article article) => article.Language is null ? article with { Language = Guess(article.Text) } : article;

    public static string Guess(string text)
    {
        var counts = FunctionWords.ByLanguage.Keys.ToDictionary(k => k, _ => 0);
        int words = 0;
        foreach (var token in Tokens(text))
        {
            if (++words > 2000) break;
            foreach (var (lang, set) in FunctionWords.ByLanguage)
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

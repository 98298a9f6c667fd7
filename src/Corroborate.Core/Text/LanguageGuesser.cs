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

    private static readonly string[] Languages = [.. FunctionWords.ByLanguage.Keys];

    /// <summary>Each function word with the languages (indices into <see cref="Languages"/>) that have it.</summary>
    private static readonly Dictionary<string, int[]> LanguagesOfWord = FunctionWords.ByLanguage
        .SelectMany(language => language.Value.Select(word => (Word: word, Language: Array.IndexOf(Languages, language.Key))))
        .GroupBy(x => x.Word)
        .ToDictionary(g => g.Key, g => g.Select(x => x.Language).ToArray());

    /// <summary>Looked up by span: the text's words are lower-cased into a buffer, never allocated.</summary>
    private static readonly Dictionary<string, int[]>.AlternateLookup<ReadOnlySpan<char>> LanguagesOfSpan =
        LanguagesOfWord.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly int LongestWord = LanguagesOfWord.Keys.Max(w => w.Length);

    public static string Guess(string text)
    {
        var counts = new int[Languages.Length];
        Span<char> lower = stackalloc char[LongestWord];
        int words = 0, i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && !char.IsLetter(text[i])) i++;
            int start = i;
            while (i < text.Length && char.IsLetter(text[i])) i++;
            if (i == start) continue;
            if (++words > 2000) break;
            var word = text.AsSpan(start, i - start);
            // Lower-casing keeps the length, so a word longer than every function word is none of them.
            if (word.Length > lower.Length) continue;
            word.ToLowerInvariant(lower);
            if (LanguagesOfSpan.TryGetValue(lower[..word.Length], out var languages))
                foreach (int language in languages) counts[language]++;
        }
        int best = 0;
        for (int l = 1; l < Languages.Length; l++)
            if (counts[l] > counts[best] || counts[l] == counts[best] && string.CompareOrdinal(Languages[l], Languages[best]) < 0) best = l;
        return words >= 5 && counts[best] * 10 >= Math.Min(words, 2000) ? Languages[best] : "und";
    }
}

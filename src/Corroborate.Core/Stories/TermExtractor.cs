using Corroborate.Core.Lexicons;

namespace Corroborate.Core.Stories;

/// <summary>
/// Turns an article into a <see cref="TermBag"/>: lower-cased word terms without stopwords or numbers,
/// plural and possessive endings folded, headline terms and named-entity terms boosted.
/// </summary>
public sealed class TermExtractor(StoryOptions options, IEntityTermSource entities)
{
    public TermBag Extract(Article article)
    {
        var bag = new TermBag();
        foreach (var word in Words(article.Text)) bag.Add(word);
        if (article.Title is { } title)
            foreach (var word in Words(title)) bag.Add(word, options.TitleBoost);
        foreach (var entity in entities.EntityTerms(article))
        {
            var words = Words(entity).ToList();
            if (words.Count == 0) continue;
            foreach (var word in words) bag.Boost(word, options.EntityBoost);
            if (words.Count > 1) bag.Add(string.Join(' ', words), options.EntityBoost);
        }
        return bag;
    }

    /// <summary>The content words of a text, normalised to terms.</summary>
    public static IEnumerable<string> Words(string text)
    {
        int i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && !char.IsLetterOrDigit(text[i])) i++;
            int start = i;
            bool hasLetter = false;
            while (i < text.Length && char.IsLetterOrDigit(text[i])) hasLetter |= char.IsLetter(text[i++]);
            if (i - start < 2 || !hasLetter) continue;
            string term = Fold(WithoutAccents(text.Substring(start, i - start).ToLowerInvariant()));
            if (!StopWords.TopicTerms.Contains(term)) yield return term;
        }
    }

    // Transliterated names vary in their accents (Alanić, Alánic); comparing without them joins the variants.
    // Recomposed so that a term stays one character per letter where a script decomposes into parts (Hangul).
    private static string WithoutAccents(string word) => Diacritics.Remove(word).Normalize(System.Text.NormalizationForm.FormC);

    // A light stemmer: "talks" and "talk" are one term; "news", "crisis", "bus" stay as they are.
    private static string Fold(string word) =>
        word.Length > 3 && word[^1] == 's' && word[^2] is not ('s' or 'u' or 'i') ? word[..^1] : word;
}

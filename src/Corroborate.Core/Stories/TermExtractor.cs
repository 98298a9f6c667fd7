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
            if (!StopWords.Contains(term)) yield return term;
        }
    }

    // Transliterated names vary in their accents (Alanić, Alánic); comparing without them joins the variants.
    private static string WithoutAccents(string word)
    {
        if (word.All(char.IsAscii)) return word;
        var decomposed = word.Normalize(System.Text.NormalizationForm.FormD);
        return new string(decomposed.Where(c => System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark).ToArray())
            .Normalize(System.Text.NormalizationForm.FormC);
    }

    // A light stemmer: "talks" and "talk" are one term; "news", "crisis", "bus" stay as they are.
    private static string Fold(string word) =>
        word.Length > 3 && word[^1] == 's' && word[^2] is not ('s' or 'u' or 'i') ? word[..^1] : word;

    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are", "as", "at",
        "be", "because", "been", "before", "being", "below", "between", "both", "but", "by", "can", "could", "did", "do",
        "doe", "does", "doing", "down", "during", "each", "few", "for", "from", "further", "had", "ha", "has", "have", "having", "he",
        "her", "here", "hers", "herself", "him", "himself", "his", "how", "if", "in", "into", "is", "it", "its", "itself",
        "just", "me", "more", "most", "my", "myself", "no", "nor", "not", "now", "of", "off", "on", "once", "only", "or",
        "other", "our", "ours", "ourselves", "out", "over", "own", "same", "she", "should", "so", "some", "such", "than",
        "that", "the", "their", "theirs", "them", "themselves", "then", "there", "these", "they", "this", "those",
        "through", "to", "too", "under", "until", "up", "very", "was", "wa", "we", "were", "what", "when", "where", "which",
        "while", "who", "whom", "why", "will", "with", "would", "you", "your", "yours", "yourself", "said", "says", "say",
        "one", "two", "new", "like", "get", "got", "year", "many", "much", "may", "might", "must", "even", "well", "back",
        "still", "way", "since", "however", "according", "told", "going", "make", "made", "first", "last", "us", "mr", "mrs",
        "ms", "don", "didn", "doesn", "isn", "wasn", "won", "ll", "re", "ve", "th", "st", "nd", "rd", "percent", "per",
        "time", "people", "day", "week", "month", "today", "yesterday", "tomorrow", "monday", "tuesday", "wednesday",
        "thursday", "friday", "saturday", "sunday", "think", "know", "want", "go", "come", "see", "take", "good", "great",
        "lot", "really", "thing", "something", "anything", "nothing", "every", "another", "around", "among", "within",
        "without", "across", "already", "although", "though", "yet", "ever", "never", "always", "often", "whether",
        "including", "include", "via", "use", "used", "using", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    };
}

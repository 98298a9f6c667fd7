using System.Collections.Frozen;

namespace Corroborate.Core.Lexicons;

/// <summary>
/// Words without content, which stages leave out when they compare the words of articles, sentences or figures.
/// The lists nest, each stage taking as many as it can afford: <see cref="Commonest"/> for whole sentences,
/// <see cref="AroundFigures"/> for the words next to a number, <see cref="TopicTerms"/> for story topics.
/// All are lower case.
/// </summary>
public static class StopWords
{
    // The commonest function words, and "said", which every news sentence may carry.
    private static readonly string[] CommonestWords =
    [
        "the", "a", "an", "and", "or", "but", "of", "in", "on", "at", "to", "for", "from", "by", "with", "as",
        "that", "this", "these", "those", "is", "are", "was", "were", "be", "been", "has", "have", "had", "it",
        "its", "he", "she", "they", "his", "her", "their", "said", "says", "who", "which", "also", "after", "before",
        "since", "than", "more", "about", "not", "will", "would", "there",
    ];

    // Further pronouns, modals, prepositions and adverbs of clause structure.
    private static readonly string[] FurtherFunctionWords =
    [
        "being", "could", "should", "can", "may", "might", "our", "during", "into", "over", "under", "per", "each",
        "while", "when", "where", "we", "still", "now", "all", "here", "so", "if", "then", "around", "across",
        "against", "between", "out", "up", "down", "off", "through", "including", "among", "whose", "what", "did",
        "do", "does", "just", "only", "other",
    ];

    // Words that every news topic uses: more function words, reporting, time and quantity words, and the clipped
    // forms the topic stemmer leaves ("doe", "ha", "wa" from "does", "has", "was"; "didn" from "didn't").
    private static readonly string[] EveryTopicWords =
    [
        "above", "again", "am", "any", "because", "below", "both", "doe", "doing", "few", "further", "ha", "having",
        "hers", "herself", "him", "himself", "how", "itself", "me", "most", "my", "myself", "no", "nor", "once",
        "ours", "ourselves", "own", "same", "some", "such", "theirs", "them", "themselves", "too", "until", "very",
        "wa", "whom", "why", "you", "your", "yours", "yourself", "say", "new", "like", "get", "got", "year", "many",
        "much", "must", "even", "well", "back", "way", "however", "according", "told", "going", "make", "made",
        "first", "last", "us", "mr", "mrs", "ms", "don", "didn", "doesn", "isn", "wasn", "won", "ll", "re", "ve",
        "th", "st", "nd", "rd", "percent", "time", "people", "day", "week", "month", "today", "yesterday",
        "tomorrow", "think", "know", "want", "go", "come", "see", "take", "good", "great", "lot", "really", "thing",
        "something", "anything", "nothing", "every", "another", "within", "without", "already", "although", "though",
    ];

    /// <summary>
    /// Left out when sentences of two outlets are compared word by word: only the commonest words, because a short
    /// sentence has few words left and wider lists would make unrelated sentences look alike.
    /// </summary>
    public static readonly FrozenSet<string> Commonest = CommonestWords.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Words next to a figure that cannot name what it counts ("the", "during", "whose"); any case.</summary>
    public static readonly FrozenSet<string> AroundFigures =
        CommonestWords.Concat(FurtherFunctionWords).ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Not topic terms: also the words of every topic, the weekdays and the numbers up to ten.</summary>
    public static readonly FrozenSet<string> TopicTerms =
        CommonestWords.Concat(FurtherFunctionWords).Concat(EveryTopicWords)
            .Concat(WeekdayNames.Full.Select(day => day.ToLowerInvariant())).Concat(NumberWords.OneToNine).Append("ten")
            .ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Every word list of this class, for the test that none repeats a word.</summary>
    internal static IEnumerable<IReadOnlyList<string>> Lists => [CommonestWords, FurtherFunctionWords, EveryTopicWords];
}

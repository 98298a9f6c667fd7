namespace Corroborate.Core.Text;

/// <summary>
/// Groups tokens into sentences. A sentence ends at a paragraph end, or after '.', '!', '?' or an ellipsis
/// (with any closing quotes or brackets) when the next token can start a sentence. A title such as "Mr." never
/// ends one; another abbreviation ("U.S.", "Inc.") ends one only before a word that typically opens a sentence.
/// </summary>
public static class SentenceSplitter
{
    private static readonly HashSet<string> SentenceOpeners = new(StringComparer.Ordinal)
    {
        "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "This", "That", "These", "Those", "There",
        "In", "On", "At", "But", "And", "Or", "So", "Yet", "If", "When", "While", "After", "Before", "As", "Its",
        "His", "Her", "Their", "Our", "Some", "Many", "Most", "No", "Not", "One", "Two", "Last", "Earlier", "Later",
        "Meanwhile", "However", "According", "Officials", "Police",
    };

    /// <summary>
    /// No prose sentence is this long; text without sentence ends (a table, a run of figures) is cut into pieces
    /// of this many tokens so that the stages that compare words within a sentence stay linear in the text.
    /// </summary>
    public const int MaxTokens = 300;

    /// <summary>Sentence spans over <paramref name="tokens"/>, which must be in text order.</summary>
    public static List<TextSpan> Split(string text, IReadOnlyList<Token> tokens, IReadOnlyList<TextSpan> paragraphs)
    {
        var sentences = new List<TextSpan>();
        int p = 0, first = 0;
        for (int i = 0; i < tokens.Count; i++)
        {
            while (p < paragraphs.Count && paragraphs[p].End <= tokens[i].Start) p++;
            bool last = i + 1 == tokens.Count;
            bool paragraphEnds = !last && p < paragraphs.Count && tokens[i + 1].Start >= paragraphs[p].End;
            if (last || paragraphEnds || i - first + 1 >= MaxTokens || EndsSentence(text, tokens, i, out i))
            {
                sentences.Add(new TextSpan(tokens[first].Start, tokens[i].End));
                first = i + 1;
            }
        }
        return sentences;
    }

    /// <summary>Whether a sentence ends at token <paramref name="i"/>; <paramref name="last"/> moves past closing punctuation.</summary>
    private static bool EndsSentence(string text, IReadOnlyList<Token> tokens, int i, out int last)
    {
        last = i;
        string token = text[tokens[i].Start..tokens[i].End];
        bool terminal = token[0] is '.' or '!' or '?' or '…';
        bool abbreviation = !terminal && token.Length > 1 && token[^1] == '.';
        if (!terminal && !abbreviation) return false;
        int j = i + 1;
        while (j < tokens.Count && IsCloser(text[tokens[j].Start])) j++;
        if (j >= tokens.Count) return false;
        last = j - 1;
        var nextToken = tokens[j];
        string next = text[nextToken.Start..nextToken.End];
        bool opens = char.IsUpper(next[0]) || char.IsDigit(next[0]) || IsOpener(next[0]);
        if (!opens) { last = i; return false; }
        if (terminal) return true;
        string word = token[..^1];
        if (Tokenizer.Titles.Contains(word) || word.Length == 1) { last = i; return false; }  // Mr. Smith, J. Smith
        if (SentenceOpeners.Contains(next)) return true;
        last = i;
        return false;
    }

    private static bool IsCloser(char c) => c is '"' or '\'' or '”' or '’' or ')' or ']' or '»';
    private static bool IsOpener(char c) => c is '"' or '“' or '‘' or '(' or '[' or '«' or '\'';
}

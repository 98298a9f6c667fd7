using Corroborate.Core.Lexicons;

namespace Corroborate.Core.Provenance;

/// <summary>
/// The words of a text as hashes with their character offsets. Matching runs on these hashes, so the
/// hash decides what counts as "the same word": case, diacritics, punctuation and quote style are
/// ignored, and a word of five letters or more is reduced to its consonant skeleton (first letter, then
/// consonants without repeats) so that transliteration variants such as Massimov / Masimov, Putin /
/// Poutine or Nazarbayev / Nazarbaïev hash alike. Short words keep their vowels (cat / cut differ); the
/// rare long words that share a skeleton (country / counter) rarely share a word trigram as well.
/// Each word also records whether it stands inside quotation marks (see <see cref="IsQuoted"/>).
/// </summary>
public sealed class WordTokens
{
    private ulong[] _hashes;
    private int[] _starts;
    private int[] _ends;
    private bool[] _content;
    private bool[] _quoted;

    public WordTokens(int capacity = 256)
    {
        _hashes = new ulong[capacity];
        _starts = new int[capacity];
        _ends = new int[capacity];
        _content = new bool[capacity];
        _quoted = new bool[capacity];
    }

    public int Count { get; private set; }
    public ReadOnlySpan<ulong> Hashes => _hashes.AsSpan(0, Count);
    public ReadOnlySpan<int> Starts => _starts.AsSpan(0, Count);
    public ReadOnlySpan<int> Ends => _ends.AsSpan(0, Count);

    /// <summary>
    /// Whether each word is long enough to carry content. Words of three letters or fewer are mostly
    /// function words ("the", "of", "and"); a shingle of nothing else recurs across unrelated articles.
    /// </summary>
    public ReadOnlySpan<bool> IsContent => _content.AsSpan(0, Count);

    /// <summary>
    /// Whether each word stands inside quotation marks (straight, typographic or guillemets; single quotes
    /// when they open before a word and close after one). Independent reports of one event quote the same
    /// statement, tweet or official word for word, so quoted words are no evidence that one article copied
    /// the other. A quote never runs past the end of its line: a paragraph that continues a quote opens it
    /// again, and an unmatched mark cannot flip the rest of the article.
    /// </summary>
    public ReadOnlySpan<bool> IsQuoted => _quoted.AsSpan(0, Count);

    public static WordTokens Of(string text)
    {
        var tokens = new WordTokens(Math.Max(16, text.Length / 5));
        tokens.Read(text);
        return tokens;
    }

    /// <summary>Replaces the contents with the words of <paramref name="text"/>; the buffers are reused.</summary>
    public void Read(ReadOnlySpan<char> text)
    {
        Count = 0;
        int i = 0;
        bool quoted = false;
        while (i < text.Length)
        {
            if (!IsWordChar(text[i]))
            {
                quoted = QuotedAfter(text, i, quoted);
                i++;
                continue;
            }
            // One pass builds both hashes, the full folded word and its consonant skeleton.
            int start = i;
            ulong full = FastHash.Seed, skeleton = FastHash.Seed;
            char last = '\0';
            for (; i < text.Length && IsWordChar(text[i]); i++)
            {
                char c = Fold(text[i]);
                full = FastHash.Step(full, c);
                if (i > start && (IsVowel(c) || c == last)) continue;
                skeleton = FastHash.Step(skeleton, c);
                last = c;
            }
            Add(FastHash.Mix(i - start >= MinSkeletonLength ? skeleton : full), start, i, quoted);
        }
    }

    // The quotation state after the non-word character at i. An apostrophe inside a word (don't) has a
    // letter on both sides and changes nothing; one after a word (the players' bags) only closes a quote.
    private static bool QuotedAfter(ReadOnlySpan<char> text, int i, bool quoted)
    {
        bool wordBefore = i > 0 && IsWordChar(text[i - 1]);
        bool wordAfter = i + 1 < text.Length && IsWordChar(text[i + 1]);
        return text[i] switch
        {
            '\n' or '\r' => false,
            '"' => !quoted,
            '“' or '«' => true,
            '”' or '»' => false,
            '‘' => quoted || wordAfter,
            '\'' or '’' when !wordBefore && wordAfter => true,
            '\'' or '’' when !wordAfter && i > 0 && !char.IsWhiteSpace(text[i - 1]) => false,
            _ => quoted,
        };
    }

    private void Add(ulong hash, int start, int end, bool quoted)
    {
        if (Count == _hashes.Length)
        {
            Array.Resize(ref _hashes, Count * 2);
            Array.Resize(ref _starts, Count * 2);
            Array.Resize(ref _ends, Count * 2);
            Array.Resize(ref _content, Count * 2);
            Array.Resize(ref _quoted, Count * 2);
        }
        _hashes[Count] = hash;
        _starts[Count] = start;
        _ends[Count] = end;
        _content[Count] = end - start >= MinContentLength;
        _quoted[Count] = quoted;
        Count++;
    }

    private const int MinSkeletonLength = 5;
    private const int MinContentLength = 4;

    private static bool IsWordChar(char c) => c < 128 ? AsciiWord[c] : char.IsLetterOrDigit(c);

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';

    private static readonly bool[] AsciiWord = Enumerable.Range(0, 128).Select(c => char.IsAsciiLetterOrDigit((char)c)).ToArray();

    // Lower case without diacritics for ASCII and the Latin blocks; other scripts are only lower-cased.
    private const int FoldTableSize = 0x250;
    private static readonly char[] FoldTable = BuildFoldTable();

    public static char Fold(char c) => c < FoldTableSize ? FoldTable[c] : char.ToLowerInvariant(c);

    private static char[] BuildFoldTable()
    {
        var table = new char[FoldTableSize];
        for (int c = 0; c < FoldTableSize; c++)
        {
            // No character below the table's end decomposes into an accent alone, so a base letter is always left.
            table[c] = char.ToLowerInvariant(Diacritics.Remove(((char)c).ToString())[0]);
        }
        // The table maps one character to one, so a letter spelt with two (ß → ss) takes the first.
        foreach (var (letter, plain) in Diacritics.PlainSpellings)
            table[letter] = plain[0];
        return table;
    }
}

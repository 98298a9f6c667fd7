using System.Text;

namespace Corroborate.Bench;

/// <summary>
/// Endless synthetic news articles of about 3 KB. Words come from a Zipf distribution (exponent 1, the
/// shape of word frequencies in real text) over an invented vocabulary whose frequent words are short,
/// as in English. A share of the articles are copies of a recent article: cut at a paragraph boundary
/// and lightly edited, as wire copies are. Fully determined by the seed.
/// </summary>
public sealed class SyntheticNews
{
    private const int VocabularySize = 50_000;
    private const int RecentOriginals = 4_096;
    private static readonly string[] Onsets = ["b", "c", "d", "f", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "w", "z", "br", "st", "tr", "ch", "sh", "pl", "gr"];
    private static readonly string[] Nuclei = ["a", "e", "i", "o", "u", "ai", "ou", "ea"];

    private readonly Random _random;
    private readonly string[] _words;
    private readonly double[] _cumulative;
    private readonly double _copyRate;
    private readonly (int Number, string Text)[] _recent = new (int, string)[RecentOriginals];
    private int _originals;
    private readonly StringBuilder _sb = new(4096);

    public SyntheticNews(int seed, double copyRate)
    {
        _random = new Random(seed);
        _copyRate = copyRate;
        _words = BuildVocabulary(new Random(seed + 1));
        _cumulative = new double[VocabularySize];
        double sum = 0;
        for (int rank = 0; rank < VocabularySize; rank++) _cumulative[rank] = sum += 1.0 / (rank + 1);
        for (int rank = 0; rank < VocabularySize; rank++) _cumulative[rank] /= sum;
    }

    /// <summary>The next article; <paramref name="copyOf"/> is the number of the article it copies, or -1.</summary>
    public string Next(int number, out int copyOf)
    {
        copyOf = -1;
        if (_originals > 100 && _random.NextDouble() < _copyRate)
        {
            var (source, text) = _recent[_random.Next(Math.Min(_originals, RecentOriginals))];
            copyOf = source;
            return Copy(text);
        }
        string article = Original();
        _recent[_originals++ % RecentOriginals] = (number, article);
        return article;
    }

    private string Original()
    {
        _sb.Clear();
        int target = 2_400 + _random.Next(1_200);
        while (_sb.Length < target)
        {
            if (_sb.Length > 0) _sb.Append("\n\n");
            int sentences = 2 + _random.Next(4);
            for (int s = 0; s < sentences; s++)
            {
                if (s > 0) _sb.Append(' ');
                int words = 8 + _random.Next(18);
                for (int w = 0; w < words; w++)
                {
                    string word = _words[SampleRank()];
                    if (w == 0) _sb.Append(char.ToUpperInvariant(word[0])).Append(word, 1, word.Length - 1);
                    else _sb.Append(' ').Append(word);
                }
                _sb.Append('.');
            }
        }
        return _sb.ToString();
    }

    // Keeps the first 50–100% of the paragraphs and changes a few words.
    private string Copy(string source)
    {
        var paragraphs = source.Split("\n\n");
        int keep = Math.Max(1, (int)Math.Ceiling(paragraphs.Length * (0.5 + 0.5 * _random.NextDouble())));
        var words = string.Join("\n\n", paragraphs[..keep]).Split(' ');
        for (int edits = _random.Next(6); edits > 0; edits--) words[_random.Next(words.Length)] = _words[SampleRank()];
        return string.Join(' ', words);
    }

    private int SampleRank()
    {
        int i = Array.BinarySearch(_cumulative, _random.NextDouble());
        return Math.Min(i < 0 ? ~i : i, VocabularySize - 1);
    }

    // Distinct syllable words, shortest first, so that the most frequent ranks get the shortest words.
    private static string[] BuildVocabulary(Random random)
    {
        var words = new HashSet<string>();
        var list = new List<string>(VocabularySize);
        for (int syllables = 1; list.Count < VocabularySize; syllables++)
        {
            int wanted = Math.Min(VocabularySize - list.Count, syllables == 1 ? 150 : syllables == 2 ? 8_000 : VocabularySize);
            for (int attempts = 0; wanted > 0 && attempts < wanted * 20; attempts++)
            {
                var sb = new StringBuilder();
                for (int s = 0; s < syllables; s++) sb.Append(Onsets[random.Next(Onsets.Length)]).Append(Nuclei[random.Next(Nuclei.Length)]);
                if (random.Next(3) == 0) sb.Append(Onsets[random.Next(Onsets.Length)][0]);
                if (words.Add(sb.ToString())) { list.Add(sb.ToString()); wanted--; }
            }
        }
        return list.ToArray();
    }
}

using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Corroborate.Core;
using Corroborate.Core.Ingest;

namespace Corroborate.Bench.PipelineCost;

/// <summary>
/// Articles with the density of names and figures of real news, for measuring cost, not quality: each takes the
/// sentences of one real article (realnews-dev, wikiref150) in order, renames its capitalised words the same way
/// for every article drawn from that source (so its articles share names, as a story's do), redraws every digit, and swaps one lower-case word in four for a word from elsewhere, so the
/// articles of a source form a story without copying one another.
/// </summary>
public sealed partial class StitchedNews
{
    [GeneratedRegex(@"(?<=[.!?][""”’]?)\s+(?=[\p{Lu}""“])")]
    private static partial Regex SentenceBreak();

    [GeneratedRegex(@"\p{L}+|\d|[^\p{L}\d]+")]
    private static partial Regex Pieces();

    private readonly List<string[]> _sources = [];
    private readonly string[] _vocabulary;
    private readonly Random _random;

    public StitchedNews(string sharedData, int seed)
    {
        _random = new Random(seed);
        foreach (var line in File.ReadLines(Path.Combine(sharedData, "realnews-dev", "articles.jsonl")))
            if (JsonDocument.Parse(line).RootElement.TryGetProperty("text", out var t) && t.GetString() is { Length: > 500 } text) Add(text);
        foreach (var file in Directory.GetFiles(Path.Combine(sharedData, "wikiref150"), "*.txt").Order(StringComparer.Ordinal))
            Add(File.ReadAllText(file));
        _vocabulary = _sources.SelectMany(s => s).SelectMany(s => Pieces().Matches(s).Select(m => m.Value))
            .Where(w => w.Length > 3 && char.IsLower(w[0])).Distinct().Order(StringComparer.Ordinal).ToArray();
    }

    public int Sources => _sources.Count;

    private void Add(string text)
    {
        var sentences = SentenceBreak().Split(text.Replace('\n', ' ')).Where(s => s.Length > 20).ToArray();
        if (sentences.Length >= 5) _sources.Add(sentences);
    }

    public ArticleDraft Next(int number)
    {
        int sourceNumber = _random.Next(_sources.Count);
        var source = _sources[sourceNumber];
        var text = new StringBuilder();
        int start = _random.Next(Math.Max(1, source.Length / 3)), count = Math.Min(source.Length - start, 12 + _random.Next(20));
        foreach (var sentence in source.Skip(start).Take(count))
        {
            foreach (Match piece in Pieces().Matches(sentence)) text.Append(Vary(piece.Value, sourceNumber, atStart: piece.Index == 0));
            text.Append(_random.Next(4) == 0 ? "\n\n" : " ");
        }
        return new ArticleDraft
        {
            Path = $"stitched/{number}", Format = SourceFormat.JsonLines, Text = text.ToString(), Url = $"https://stitched.test/{number}",
            Source = $"outlet{_random.Next(200)}.test", Published = new DateTimeOffset(2022, 1, 1, 0, 0, 0, TimeSpan.Zero).AddHours(number % 2000),
        };
    }

    private string Vary(string piece, int sourceNumber, bool atStart)
    {
        if (piece.Length == 1 && char.IsDigit(piece[0])) return ((char)('0' + _random.Next(10))).ToString();
        if (!char.IsLetter(piece[0])) return piece;
        if (char.IsUpper(piece[0]) && !atStart && piece.Length > 2)
            return piece[..^1] + (char)('a' + (int)(Fnv(piece, sourceNumber) % 26)) + "o";
        return char.IsLower(piece[0]) && _random.Next(4) == 0 ? _vocabulary[_random.Next(_vocabulary.Length)] : piece;
    }

    /// <summary>A hash that is the same in every run (string.GetHashCode is not).</summary>
    private static uint Fnv(string text, int salt)
    {
        uint hash = 2166136261u ^ (uint)salt;
        foreach (char c in text) hash = (hash ^ c) * 16777619u;
        return hash;
    }
}

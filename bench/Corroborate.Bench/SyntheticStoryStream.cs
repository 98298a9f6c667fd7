using Corroborate.Core.Stories;

namespace Corroborate.Bench;

/// <summary>
/// A deterministic stream of synthetic articles as term bags: background words drawn from a Zipf
/// vocabulary, plus words from a planted story and from that story's topic. Stories open at a steady
/// rate and stay active for a few days; some articles belong to no story at all.
/// </summary>
public sealed class SyntheticStoryStream
{
    public const int VocabularySize = 200_000;
    private const double ZipfExponent = 1.07;
    private const int Topics = 200;
    private const int TopicWords = 40;
    private const int StoryWords = 15;
    private const int BodyTokens = 180;
    private const int TitleTokens = 8;
    private const double NewStoryChance = 0.04;
    private const double NoiseChance = 0.1;

    private readonly Random _random = new(20250601);
    private readonly string[] _words = Enumerable.Range(0, VocabularySize).Select(i => "w" + i).ToArray();
    private readonly double[] _zipfCdf = ZipfCdf();
    private readonly int[][] _topicWords;
    private readonly List<Story> _active = [];
    private int _nextStory;

    public int ArticlesPerDay { get; init; } = 1000;

    public sealed record Story(int Id, int Topic, int[] Words, double EndDay);

    /// <summary>One article: its planted story (-1 for noise), its topic (-1 for noise) and what the engine sees.</summary>
    public readonly record struct Item(int Story, int Topic, StoryArrival Arrival);

    public SyntheticStoryStream() =>
        _topicWords = Enumerable.Range(0, Topics).Select(_ => Draw(TopicWords, 1_000)).ToArray();

    public IEnumerable<Item> Generate(int count)
    {
        var start = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);
        for (int i = 0; i < count; i++)
        {
            double day = i / (double)ArticlesPerDay;
            _active.RemoveAll(s => s.EndDay < day);
            if (_active.Count == 0 || _random.NextDouble() < NewStoryChance)
                _active.Add(new Story(_nextStory++, _random.Next(Topics), Draw(StoryWords, 2_000), day + 1 + _random.NextDouble() * 6));
            Story? story = _random.NextDouble() < NoiseChance ? null : _active[_random.Next(_active.Count)];
            var bag = new TermBag();
            for (int t = 0; t < BodyTokens; t++) bag.Add(Word(story, t));
            for (int t = 0; t < TitleTokens; t++) bag.Add(Word(story, t), 2.0);
            yield return new Item(story?.Id ?? -1, story?.Topic ?? -1,
                new StoryArrival("a" + i, start.AddDays(day), null, bag));
        }
    }

    // 60% background, 25% story words, 15% topic words (noise articles: all background).
    private string Word(Story? story, int position)
    {
        double r = _random.NextDouble();
        if (story is not null && r < 0.25) return _words[story.Words[_random.Next(story.Words.Length)]];
        if (story is not null && r < 0.40) return _words[_topicWords[story.Topic][_random.Next(TopicWords)]];
        return _words[Zipf()];
    }

    private int Zipf()
    {
        int at = Array.BinarySearch(_zipfCdf, _random.NextDouble());
        return Math.Min(at < 0 ? ~at : at, VocabularySize - 1);
    }

    private int[] Draw(int n, int minRank) => Enumerable.Range(0, n).Select(_ => _random.Next(minRank, VocabularySize)).ToArray();

    private static double[] ZipfCdf()
    {
        var cdf = new double[VocabularySize];
        double sum = 0;
        for (int i = 0; i < VocabularySize; i++) cdf[i] = sum += 1 / Math.Pow(i + 1, ZipfExponent);
        for (int i = 0; i < VocabularySize; i++) cdf[i] /= sum;
        return cdf;
    }
}

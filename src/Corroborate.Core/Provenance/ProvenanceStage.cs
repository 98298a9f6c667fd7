using Corroborate.Core.Store;

namespace Corroborate.Core.Provenance;

/// <summary>
/// The provenance corpus stage. It fingerprints only the stored articles that have no fingerprint yet,
/// in ingest order, looks each one up in the LSH buckets of everything before it, verifies the candidates
/// by alignment and stores fingerprints and pairs. Articles are handled in chunks, each saved in one
/// transaction; a small in-memory index makes articles of the same chunk find each other, so the result
/// is the same however the corpus was split into ingest runs.
/// </summary>
public sealed class ProvenanceStage(ProvenanceOptions options) : ICorpusStage
{
    private const int ChunkSize = 256;

    /// <summary>
    /// Recently seen articles with their words: a story's articles are each other's candidates again and again, and
    /// reading and tokenising a candidate cost more than most comparisons. Stored articles never change, so a kept
    /// entry cannot go stale; the oldest are dropped first to bound memory.
    /// </summary>
    private const int RecentCapacity = 4096;

    private readonly CopyDetector _detector = new(options);
    private readonly Dictionary<string, (Article Article, WordTokens Words)> _recent = [];
    private readonly Queue<string> _recentOrder = new();

    public string Name => "provenance";

    public IReadOnlyList<Annotation> Needs { get; } = [Annotation.CleanText];

    public void Run(IStore store, IReadOnlyList<Article> fresh) => Run(store);

    public void Run(IStore store)
    {
        foreach (var chunk in store.ListUnfingerprintedArticles().Chunk(ChunkSize))
            RunChunk(store, store.GetArticles(chunk));
    }

    private void RunChunk(IStore store, IReadOnlyList<Article> chunk)
    {
        var local = new LshIndex();
        var fingerprints = new List<ArticleFingerprint>();
        var pairs = new List<CopyPair>();
        var chunkWords = new WordTokens[chunk.Count];
        for (int n = 0; n < chunk.Count; n++)
        {
            var article = chunk[n];
            var words = chunkWords[n] = Remember(article, WordTokens.Of(article.Text));
            var keys = new uint[MinHashSketch.KeyCount(options)];
            fingerprints.Add(new ArticleFingerprint(article.Id, MinHashSketch.TryCompute(words, options, keys) ? keys : []));
            if (fingerprints[^1].BandKeys.Length == 0) continue;

            var inChunk = new HashSet<int>();
            local.Query(keys, inChunk);
            local.Add(n, keys);
            var candidates = Recall(store, store.FindCopyCandidates(keys)).Concat(inChunk.Order().Select(i => (chunk[i], chunkWords[i])));
            foreach (var (earlier, earlierWords) in candidates)
            {
                if (_detector.Compare(earlier, earlierWords, article, words) is { } pair) pairs.Add(pair);
            }
        }
        store.SaveProvenance(fingerprints, pairs);
    }

    /// <summary>The candidates in the order given, from the recent ones where kept, else read and tokenised.</summary>
    private List<(Article Article, WordTokens Words)> Recall(IStore store, IReadOnlyList<string> ids)
    {
        var missing = ids.Where(id => !_recent.ContainsKey(id)).ToList();
        var read = store.GetArticles(missing).ToDictionary(a => a.Id, a => (a, WordTokens.Of(a.Text)));
        var found = ids.Select(id => _recent.TryGetValue(id, out var kept) ? kept : read.GetValueOrDefault(id)).Where(c => c.Item1 is not null).ToList();
        foreach (var (article, words) in read.Values) Remember(article, words);
        return found;
    }

    private WordTokens Remember(Article article, WordTokens words)
    {
        if (_recent.TryAdd(article.Id, (article, words)))
        {
            _recentOrder.Enqueue(article.Id);
            if (_recentOrder.Count > RecentCapacity) _recent.Remove(_recentOrder.Dequeue());
        }
        return words;
    }
}

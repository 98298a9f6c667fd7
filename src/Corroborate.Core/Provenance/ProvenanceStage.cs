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
    private readonly CopyDetector _detector = new(options);

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
        for (int n = 0; n < chunk.Count; n++)
        {
            var article = chunk[n];
            var words = WordTokens.Of(article.Text);
            var keys = new uint[MinHashSketch.KeyCount(options)];
            fingerprints.Add(new ArticleFingerprint(article.Id, MinHashSketch.TryCompute(words, options, keys) ? keys : []));
            if (fingerprints[^1].BandKeys.Length == 0) continue;

            var inChunk = new HashSet<int>();
            local.Query(keys, inChunk);
            local.Add(n, keys);
            var candidates = store.GetArticles(store.FindCopyCandidates(keys))
                .Concat(inChunk.Order().Select(i => chunk[i]));
            foreach (var earlier in candidates)
            {
                if (_detector.Compare(earlier, WordTokens.Of(earlier.Text), article, words) is { } pair) pairs.Add(pair);
            }
        }
        store.SaveProvenance(fingerprints, pairs);
    }
}

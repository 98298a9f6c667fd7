using Corroborate.Core.Provenance;

namespace Corroborate.Core.Store;

/// <summary>The tables of the provenance stage: article fingerprints as LSH buckets, and the copied pairs found.</summary>
public interface IProvenanceStore
{
    /// <summary>Ids of stored articles that have no fingerprint yet, in ingest order.</summary>
    IReadOnlyList<string> ListUnfingerprintedArticles();

    /// <summary>Fingerprinted articles sharing at least one band key with <paramref name="bandKeys"/>, in ingest order.</summary>
    IReadOnlyList<string> FindCopyCandidates(IReadOnlyCollection<uint> bandKeys);

    /// <summary>Stores fingerprints and the pairs found for them, all in one transaction.</summary>
    void SaveProvenance(IReadOnlyList<ArticleFingerprint> fingerprints, IReadOnlyList<CopyPair> copies);

    /// <summary>Stored pairs at least <paramref name="minSimilarity"/> similar, ordered by the ingest order of A, then B.</summary>
    IReadOnlyList<CopyPair> GetCopies(double minSimilarity = 0);

    /// <summary>Stored pairs whose two articles are both among <paramref name="articleIds"/>, in the same order.</summary>
    IReadOnlyList<CopyPair> GetCopiesAmong(IReadOnlyCollection<string> articleIds);
}

namespace Corroborate.Core.Provenance;

/// <summary>
/// Two articles that share passages. <see cref="A"/> was ingested before <see cref="B"/>. Coverage is the
/// share of each article's word characters outside quotation marks that lie inside shared passages;
/// similarity is the larger of the two, so a short article copied whole into a long one scores 1, and
/// one that republishes a third of a longer one scores at least a third.
/// </summary>
public sealed record CopyPair(string A, string B, double Similarity, double CoverageA, double CoverageB, IReadOnlyList<SharedPassage> Passages)
{
    /// <summary>The article that is the origin of most of the shared text.</summary>
    public string Origin => Passages
        .GroupBy(p => p.Origin)
        .Select(g => (Id: g.Key, Chars: g.Sum(p => p.A.Length)))
        .OrderByDescending(x => x.Chars).ThenBy(x => x.Id == A ? 0 : 1)
        .Select(x => x.Id)
        .FirstOrDefault() ?? A;

    /// <summary>The article that copied from <see cref="Origin"/>.</summary>
    public string Copy => Origin == A ? B : A;
}

/// <summary>A passage found in both articles, with the article it most likely comes from.</summary>
public sealed record SharedPassage(TextSpan A, TextSpan B, string Origin);

/// <summary>The sketch of one article, as the LSH bucket keys stored for it.</summary>
public sealed record ArticleFingerprint(string ArticleId, uint[] BandKeys);

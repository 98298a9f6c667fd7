using Corroborate.Core;
using Corroborate.Core.Provenance;
using Corroborate.Tests.Storage;
using static Corroborate.Tests.Provenance.ProvenanceFixtures;

namespace Corroborate.Tests.Provenance;

public sealed class ProvenanceStageTests : IDisposable
{
    private readonly StoreBackends _backends = new();
    private static readonly ProvenanceStage Stage = new(ProvenanceOptions.Default);

    public static TheoryData<string> Backends => StoreBackends.Names;

    private static string Trimmed => string.Join("\n\n", Paragraphs(Wire)[..3]);

    [Theory]
    [MemberData(nameof(Backends))]
    public void FindsCopiesAcrossIngestRunsAndFingerprintsEachArticleOnce(string backend)
    {
        using var store = _backends.Location(backend)();
        var original = Make(Wire);
        var other = Make(Unrelated);
        store.AddArticles([original, other]);
        Stage.Run(store);
        Assert.Empty(store.ListUnfingerprintedArticles());
        Assert.Empty(store.GetCopies());

        var copy = Make(Trimmed.Replace("Massimov", "Masimov"));
        store.AddArticles([copy]);
        Assert.Equal([copy.Id], store.ListUnfingerprintedArticles());
        Stage.Run(store);
        var pair = Assert.Single(store.GetCopies());
        Assert.Equal((original.Id, copy.Id), (pair.A, pair.B));
        Assert.True(pair.CoverageB > 0.95 && pair.Similarity == pair.CoverageB);

        Stage.Run(store); // nothing new: nothing changes
        Assert.Single(store.GetCopies());
    }

    [Theory]
    [MemberData(nameof(Backends))]
    public void CopiesInTheSameBatchFindEachOther(string backend)
    {
        using var store = _backends.Location(backend)();
        var original = Make(Wire);
        var copy = Make(Trimmed);
        store.AddArticles([original, Make(Unrelated), copy]);
        Stage.Run(store);
        var pair = Assert.Single(store.GetCopies());
        Assert.Equal((original.Id, copy.Id), (pair.A, pair.B));
        Assert.All(pair.Passages, p => Assert.Equal(original.Id, p.Origin));
    }

    [Fact]
    public void TheEarlierPublishedArticleIsTheOriginEvenWhenIngestedLater()
    {
        var detector = new CopyDetector(ProvenanceOptions.Default);
        var late = Make(Wire, new DateTimeOffset(2022, 1, 9, 0, 0, 0, TimeSpan.Zero));
        var early = Make(Trimmed, new DateTimeOffset(2022, 1, 8, 0, 0, 0, TimeSpan.Zero));
        var pair = detector.Compare(late, WordTokens.Of(late.Text), early, WordTokens.Of(early.Text))!;
        Assert.Equal(early.Id, pair.Origin);
        Assert.Equal(late.Id, pair.Copy);
    }

    [Fact]
    public void OnTheSameDateThePassageComesFromWhereItIsMoreComplete()
    {
        var detector = new CopyDetector(ProvenanceOptions.Default);
        var day = new DateTimeOffset(2022, 1, 8, 0, 0, 0, TimeSpan.Zero);
        var cut = Make(Wire.Replace(", the Kremlin said", ""), day);
        var full = Make(Wire, day);
        var pair = detector.Compare(cut, WordTokens.Of(cut.Text), full, WordTokens.Of(full.Text))!;
        Assert.Equal(full.Id, pair.Origin);
    }

    public void Dispose() => _backends.Dispose();
}

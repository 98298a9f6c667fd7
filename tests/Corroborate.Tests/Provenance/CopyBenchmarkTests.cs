using Corroborate.Core.Provenance.Evaluation;
using static Corroborate.Tests.Provenance.ProvenanceFixtures;

namespace Corroborate.Tests.Provenance;

public class CopyBenchmarkTests
{
    private static readonly SourceDocument[] Sources = Enumerable.Range(0, 6)
        .Select(i => new SourceDocument($"doc{i}.txt", "topic", (i % 2 == 0 ? Wire : Unrelated).Replace("said", $"said{i}")))
        .ToArray();

    [Fact]
    public void UneditedCopiesCarryTheirSourceTextWhereTheTruthSays()
    {
        var bench = CopyBenchmark.Build(Sources, seed: 1);
        var text = bench.Documents.ToDictionary(d => d.Name, d => d.Text);
        foreach (var copy in bench.Copies.Where(c => c.Kind is "paragraphs-reordered" or "paragraphs-deleted" or "truncated-50"))
        {
            Assert.Equal(copy.OriginalSpans.Count, copy.CopySpans.Count);
            foreach (var (a, b) in copy.OriginalSpans.Zip(copy.CopySpans))
                Assert.Equal(text[copy.Original][a.Start..a.End], text[copy.Copy][b.Start..b.End]);
        }
    }

    [Fact]
    public void TheSameSeedBuildsTheSameBenchmark()
    {
        var first = CopyBenchmark.Build(Sources, seed: 7);
        var second = CopyBenchmark.Build(Sources, seed: 7);
        Assert.Equal(first.Documents, second.Documents);
    }
}

using Corroborate.Core;
using Corroborate.Core.Ingest;
using Xunit.Abstractions;

namespace Corroborate.Tests.Fuzz;

/// <summary>
/// A corpus-mutation fuzz run over the ingest pipeline: mutated demo pages, feeds, JSON Lines and texts (and the
/// seeds and real news when ../shared/data is present) must each be stored or skipped with a reason, never throw.
/// CI runs CORROBORATE_FUZZ_CASES cases (default 120); set it higher to run more on demand. A failing case is written
/// to CORROBORATE_FUZZ_SAVE (a folder) when set, to be kept in tests/fuzz-regressions, whose files every run replays.
/// </summary>
public sealed class MutationFuzzTests(ITestOutputHelper output)
{
    private static readonly string Regressions = Path.Combine(TestPaths.RepoRoot, "tests", "fuzz-regressions");

    private static IReadOnlyList<(string Name, byte[] Bytes)> Seeds()
    {
        var files = Directory.GetFiles(Path.Combine(TestPaths.Demo, "articles")).ToList();
        if (TestPaths.HasSharedData) files.AddRange(Directory.GetFiles(TestPaths.Seeds));
        var seeds = files.Select(f => (Path.GetFileName(f), File.ReadAllBytes(f))).ToList();
        if (TestPaths.HasSharedData)
        {
            // A slice of real news as one JSON Lines document: real scraper warts, kept small so cases stay quick.
            var lines = File.ReadLines(Path.Combine(TestPaths.SharedData, "realnews-dev", "articles.jsonl")).Take(12);
            seeds.Add(("realnews.jsonl", System.Text.Encoding.UTF8.GetBytes(string.Join('\n', lines))));
        }
        return seeds;
    }

    /// <summary>What ingesting one document came to; an exception is the failure this run looks for.</summary>
    private static (int Stored, IReadOnlyList<SkippedInput> Skipped) Ingest(string name, byte[] bytes)
    {
        var ingestor = new Ingestor(new IngestOptions { ArticleBudget = ArticleBudget.Default with { Timeout = TimeSpan.FromSeconds(20) } });
        var batches = ingestor.Run([new RawDocument(name, bytes)]).ToList();
        return (batches.Sum(b => b.Articles.Count), batches.SelectMany(b => b.Skipped).ToList());
    }

    [Fact]
    public void MutatedDocumentsAreStoredOrSkippedWithAReason()
    {
        int cases = int.TryParse(Environment.GetEnvironmentVariable("CORROBORATE_FUZZ_CASES"), out var n) ? n : 120;
        var mutator = new DocumentMutator(Seeds());
        var regressions = Directory.Exists(Regressions)
            ? Directory.GetFiles(Regressions).Where(f => !f.EndsWith(".md", StringComparison.Ordinal)).Select(f => (Path.GetFileName(f), File.ReadAllBytes(f)))
            : [];
        var failures = new List<string>();
        int stored = 0, skipped = 0, overBudget = 0;
        foreach (var (name, bytes) in regressions.Concat(Enumerable.Range(0, cases).Select(mutator.Make)))
        {
            try
            {
                var outcome = Ingest(name, bytes);
                stored += outcome.Stored;
                skipped += outcome.Skipped.Count;
                overBudget += outcome.Skipped.Count(s => s.Reason.Contains("took longer", StringComparison.Ordinal));
                failures.AddRange(outcome.Skipped.Where(s => string.IsNullOrWhiteSpace(s.Reason)).Select(s => $"{name}: a skip without a reason"));
            }
            catch (Exception e)
            {
                failures.Add($"{name}: {e.GetType().Name}: {e.Message}");
                if (Environment.GetEnvironmentVariable("CORROBORATE_FUZZ_SAVE") is { Length: > 0 } save)
                    File.WriteAllBytes(Path.Combine(Directory.CreateDirectory(save).FullName, name), bytes);
            }
        }
        output.WriteLine($"fuzz: {cases} cases, {stored} articles stored, {skipped} skips, {overBudget} over the time budget, {failures.Count} failures");
        Assert.Empty(failures);
    }
}

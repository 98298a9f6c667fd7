using Corroborate.Core;
using Corroborate.Core.Ingest;
using Xunit.Abstractions;

namespace Corroborate.Tests.Fuzz;

/// <summary>
/// A corpus-mutation fuzz run over the ingest pipeline: mutated pages, feeds, WARC archives, JSON Lines and texts
/// (<see cref="FuzzSeeds"/>) must each be stored or skipped with a reason within <see cref="CaseTimeout"/>, never
/// throw. CI runs CORROBORATE_FUZZ_CASES cases (default 2,000) from case CORROBORATE_FUZZ_FIRST (default 0); set
/// them to run more on demand or to run one case again. A failing case
/// is written to CORROBORATE_FUZZ_SAVE (a folder) when set, to be kept in tests/fuzz-regressions, whose files every
/// run replays.
/// </summary>
public sealed class MutationFuzzTests(ITestOutputHelper output)
{
    private static readonly string Regressions = Path.Combine(TestPaths.RepoRoot, "tests", "fuzz-regressions");

    /// <summary>What ingesting one document came to; an exception is the failure this run looks for.</summary>
    private static (int Stored, IReadOnlyList<SkippedInput> Skipped) Ingest(string name, byte[] bytes)
    {
        var ingestor = new Ingestor(new IngestOptions { ArticleBudget = ArticleBudget.Default with { Timeout = TimeSpan.FromSeconds(20) } });
        var batches = ingestor.Run([new RawDocument(name, bytes)]).ToList();
        return (batches.Sum(b => b.Articles.Count), batches.SelectMany(b => b.Skipped).ToList());
    }

    /// <summary>A case that takes longer than this is a timeout, whatever the article budget did.</summary>
    private static readonly TimeSpan CaseTimeout = TimeSpan.FromSeconds(30);

    [Fact]
    public void EverySeedIsReadIntoArticles() =>
        Assert.All(FuzzSeeds.All(), seed => Assert.True(Ingest(seed.Name, seed.Bytes).Stored > 0, $"{seed.Name} gave no article"));

    [Fact]
    public void MutatedDocumentsAreStoredOrSkippedWithAReason()
    {
        int cases = int.TryParse(Environment.GetEnvironmentVariable("CORROBORATE_FUZZ_CASES"), out var n) ? n : 2_000;
        var mutator = new DocumentMutator(FuzzSeeds.All());
        var regressions = Directory.Exists(Regressions)
            ? Directory.GetFiles(Regressions).Where(f => !f.EndsWith(".md", StringComparison.Ordinal)).Select(f => (Path.GetFileName(f), File.ReadAllBytes(f)))
            : [];
        var failures = new List<string>();
        int first = int.TryParse(Environment.GetEnvironmentVariable("CORROBORATE_FUZZ_FIRST"), out var f) ? f : 0;
        int stored = 0, skipped = 0;
        var overBudget = new List<string>();
        var run = System.Diagnostics.Stopwatch.StartNew();
        foreach (var (name, bytes) in regressions.Concat(Enumerable.Range(first, cases).Select(mutator.Make)))
        {
            try
            {
                var clock = System.Diagnostics.Stopwatch.StartNew();
                var outcome = Ingest(name, bytes);
                if (clock.Elapsed > CaseTimeout) throw new TimeoutException($"took {clock.Elapsed.TotalSeconds:0.0} s");
                stored += outcome.Stored;
                skipped += outcome.Skipped.Count;
                if (outcome.Skipped.Any(s => s.Reason.Contains("took longer", StringComparison.Ordinal)))
                {
                    overBudget.Add($"{name} ({clock.Elapsed.TotalSeconds:0.0} s)");
                    Keep(name, bytes);   // slow input is a finding too, though the budget handled it
                }
                failures.AddRange(outcome.Skipped.Where(s => string.IsNullOrWhiteSpace(s.Reason)).Select(s => $"{name}: a skip without a reason"));
            }
            catch (Exception e)
            {
                failures.Add($"{name}: {e.GetType().Name}: {e.Message}");
                Keep(name, bytes);
            }
        }
        output.WriteLine($"fuzz: {cases} cases in {run.Elapsed.TotalSeconds:0} s, {stored} articles stored, {skipped} skips, {overBudget.Count} over the time budget {string.Join(", ", overBudget)}, {failures.Count} failures (exceptions or timeouts)");
        Assert.Empty(failures);
    }

    private static void Keep(string name, byte[] bytes)
    {
        if (Environment.GetEnvironmentVariable("CORROBORATE_FUZZ_SAVE") is { Length: > 0 } save)
            File.WriteAllBytes(Path.Combine(Directory.CreateDirectory(save).FullName, name), bytes);
    }
}

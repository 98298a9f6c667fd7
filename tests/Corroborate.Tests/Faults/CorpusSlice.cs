using Corroborate.Core.Ingest;

namespace Corroborate.Tests.Faults;

/// <summary>
/// Real news for the fault tests: the first articles of ../shared/data/realnews-dev as JSON Lines files. 45
/// articles take the CLI two to three seconds on an idle machine, long enough for kills to land in every phase
/// (start-up, reading, the article transaction, each corpus stage, the reports) while thirty trials, each with a
/// rerun, stay within a few minutes.
/// </summary>
public sealed class CorpusSlice
{
    public const int Articles = 45;

    private static string Source => Path.Combine(TestPaths.SharedData, "realnews-dev", "articles.jsonl");

    private static readonly Lazy<string[]> Lines = new(() => File.ReadLines(Source).Where(l => l.Trim().Length > 0).Take(Articles).ToArray());

    private static readonly Lazy<HashSet<string>> Ids = new(() =>
    {
        using var folder = new TempDir();
        return new Ingestor(new IngestOptions()).Run(InputScanner.Expand([WriteAll(folder)]))
            .SelectMany(b => b.Articles).Select(a => a.Id).ToHashSet();
    });

    /// <summary>The ids of all <see cref="Articles"/> articles, as the ingest pipeline computes them.</summary>
    public static IReadOnlySet<string> AllIds => Ids.Value;

    /// <summary>Writes articles [from, to) of the slice to a file in <paramref name="folder"/> and returns its path.</summary>
    public static string Write(TempDir folder, int from, int to) =>
        folder.Write($"articles-{from}-{to}.jsonl", string.Join('\n', Lines.Value[from..to]) + "\n");

    public static string WriteAll(TempDir folder) => Write(folder, 0, Articles);
}

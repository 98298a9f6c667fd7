using Corroborate.Core;
using Corroborate.Core.Ingest;
using Corroborate.Core.Store;
using Spectre.Console;

namespace Corroborate.Cli;

/// <summary>Reads inputs into the store batch by batch, showing progress on an interactive terminal.</summary>
public static class IngestWorkflow
{
    /// <summary>Fewer files than this finish too fast for a progress bar to help.</summary>
    private const int ProgressThreshold = 20;

    public sealed record Outcome(IReadOnlyList<Article> Articles, int Added, IReadOnlyList<SkippedInput> Skipped);

    public static Outcome Run(IStore store, IReadOnlyList<string> inputs, IngestOptions options)
    {
        var articles = new List<Article>();
        var skipped = new List<SkippedInput>();
        int added = 0;
        void Consume(IEnumerable<IngestBatch> batches)
        {
            foreach (var batch in batches)
            {
                added += store.AddArticles(batch.Articles);
                articles.AddRange(batch.Articles);
                skipped.AddRange(batch.Skipped);
            }
        }

        var ingestor = new Ingestor(options);
        var files = InputScanner.Expand(inputs);
        if (Console.IsErrorRedirected || files.Count < ProgressThreshold)
        {
            Consume(ingestor.Run(files));
        }
        else
        {
            var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
            console.Progress().Start(ctx =>
            {
                var task = ctx.AddTask("Ingesting", maxValue: files.Count);
                Consume(ingestor.Run(files, new Progress<int>(done => task.Value = done)));
            });
        }
        ReportSkipped(skipped);
        return new Outcome(Distinct(articles), added, skipped);
    }

    public static void ReportSkipped(IReadOnlyList<SkippedInput> skipped)
    {
        foreach (var s in skipped) Console.Error.WriteLine($"skipped {s.Path}: {s.Reason}");
    }

    // The same text given twice is one article; keep its first occurrence.
    private static List<Article> Distinct(List<Article> articles) =>
        articles.GroupBy(a => a.Id).Select(g => g.First()).ToList();
}

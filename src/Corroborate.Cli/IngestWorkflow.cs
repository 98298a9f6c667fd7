using Corroborate.Core;
using Corroborate.Core.Ingest;
using Corroborate.Core.Store;
using Spectre.Console;

namespace Corroborate.Cli;

/// <summary>Reads inputs into the store batch by batch, showing progress on an interactive terminal.</summary>
public static class IngestWorkflow
{
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
        if (Console.IsErrorRedirected || inputs.Contains(InputScanner.StandardInput))
        {
            Consume(ingestor.Run(inputs));
        }
        else
        {
            var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
            console.Status().Start("Reading inputs…", ctx =>
            {
                int seen = 0;
                var progress = new Progress<string>(path => ctx.Status($"Reading {++seen}: {Markup.Escape(Path.GetFileName(path))}"));
                Consume(ingestor.Run(inputs, progress));
            });
        }
        CorpusPipeline.Default().Run(store);
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

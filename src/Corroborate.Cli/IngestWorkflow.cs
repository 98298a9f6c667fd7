using Corroborate.Core.Ingest;
using Corroborate.Core.Store;
using Spectre.Console;

namespace Corroborate.Cli;

/// <summary>Reads inputs into the store batch by batch, showing progress on an interactive terminal.</summary>
public static class IngestWorkflow
{
    /// <summary>Fewer files than this finish too fast for a progress bar to help.</summary>
    private const int ProgressThreshold = 20;

    /// <param name="files">The inputs as <see cref="InputOptions.Files"/> chose them.</param>
    public static CorpusIngest.Outcome Run(IStore store, IReadOnlyList<string> files, IngestOptions options)
    {
        var ingestor = new Ingestor(options);
        CorpusIngest.Outcome outcome;
        if (Console.IsErrorRedirected || files.Count < ProgressThreshold)
        {
            outcome = CorpusIngest.Store(store, ingestor.Run(files));
        }
        else
        {
            var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
            outcome = console.Progress().Start(ctx =>
            {
                var task = ctx.AddTask("Ingesting", maxValue: files.Count);
                return CorpusIngest.Store(store, ingestor.Run(files, new Progress<int>(done => task.Value = done)));
            });
        }
        ReportSkipped(outcome.Skipped);
        return outcome;
    }

    public static void ReportSkipped(IReadOnlyList<SkippedInput> skipped)
    {
        foreach (var s in skipped) Console.Error.WriteLine($"skipped {s.Path}: {s.Reason}");
    }
}

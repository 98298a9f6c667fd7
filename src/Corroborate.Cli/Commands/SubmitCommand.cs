using System.CommandLine;
using System.Text.Json;
using Corroborate.Core.Ingest;
using Corroborate.Queue;

namespace Corroborate.Cli.Commands;

/// <summary><c>submit</c>, and <c>ingest --queue</c>: read inputs and publish them as batches for the workers.</summary>
public static class SubmitCommand
{
    public static Command Create()
    {
        var inputs = new InputOptions();
        var broker = QueueOptions.Broker();
        var name = QueueOptions.Name();
        var maxFileSize = CommonOptions.MaxFileSize();
        var maxQueued = new Option<int>("--max-queued") { Description = "Wait while the queue holds this many batches (back-pressure)", DefaultValueFactory = _ => Submitter.DefaultMaxQueued };
        var batchSize = new Option<int>("--batch-size")
        {
            Description = "Documents per message; the single-process ingest uses 500, and only the same size gives the same results",
            DefaultValueFactory = _ => Ingestor.BatchSize,
        };
        var json = CommonOptions.Json();
        var command = new Command("submit", "Read inputs (as ingest does) and publish them to the queue in batches for workers; see docs/scale-out.md")
        {
            broker, name, maxFileSize, maxQueued, batchSize, json,
        };
        inputs.AddTo(command);
        command.SetSafeAction(result =>
        {
            if (result.GetValue(maxQueued) < 1) throw new UsageException("--max-queued must be at least 1");
            if (result.GetValue(batchSize) < 1) throw new UsageException("--batch-size must be at least 1");
            var settings = QueueOptions.Settings(result, broker, name);
            var options = CommonOptions.IngestOptions(result.GetValue(maxFileSize)!) with { BatchSize = result.GetValue(batchSize) };
            return Run(settings, inputs.Files(result), options, result.GetValue(maxQueued), result.GetValue(json));
        });
        return command;
    }

    /// <param name="files">The inputs as <see cref="InputOptions.Files"/> chose them.</param>
    public static int Run(
        QueueSettings settings, IReadOnlyList<string> files, IngestOptions options, int maxQueued, bool json)
    {
        var batches = new Ingestor(options).ReadBatches(files);
        var outcome = new Submitter(settings, QueueOptions.Log) { MaxQueued = maxQueued }.SubmitAsync(batches).GetAwaiter().GetResult();
        IngestWorkflow.ReportSkipped(outcome.Skipped);
        if (outcome.Drafts == 0 && outcome.Skipped.Count > 0)
        {
            Console.Error.WriteLine("error: no articles could be read from the inputs");
            return ExitCodes.Error;
        }
        if (json)
            Console.WriteLine(JsonSerializer.Serialize(new
            {
                submission = outcome.Submission,
                batches = outcome.Batches,
                documents = outcome.Drafts,
                skipped = outcome.Skipped.Select(s => new { path = s.Path, reason = s.Reason }),
            }));
        else
            Console.WriteLine($"submission {outcome.Submission}: {outcome.Drafts} documents in {outcome.Batches} batches published to {settings.BatchQueue}; {outcome.Skipped.Count} inputs skipped");
        return outcome.Skipped.Count > 0 ? ExitCodes.Partial : ExitCodes.Ok;
    }
}

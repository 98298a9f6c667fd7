using System.CommandLine;
using System.Text.Json;

namespace Corroborate.Cli.Commands;

public static class IngestCommand
{
    public static Command Create()
    {
        var inputs = new InputOptions();
        var limits = new IngestLimits();
        var json = CommonOptions.Json();
        var broker = new Option<string?>("--queue") { Description = "Publish the inputs to this RabbitMQ broker for workers instead of ingesting here (as submit does)" };
        var queueName = QueueOptions.Name();
        var command = new Command("ingest", "Read articles (text, JSON Lines, HTML) into the database; inputs already stored are not added again");
        inputs.AddTo(command);
        limits.AddTo(command);
        command.Options.Add(json);
        command.Options.Add(broker);
        command.Options.Add(queueName);
        command.SetSafeAction(result =>
        {
            if (result.GetValue(broker) is not null)
            {
                var settings = QueueOptions.Settings(result, broker, queueName);
                return SubmitCommand.Run(settings, inputs.Files(result), limits.Read(result),
                    Queue.Submitter.DefaultMaxQueued, result.GetValue(json));
            }
            using var store = CommonOptions.OpenStore(result);
            var outcome = IngestWorkflow.Run(store, inputs.Files(result), limits.Read(result));
            if (outcome.ArticleIds.Count == 0 && outcome.Skipped.Count > 0)
            {
                Console.Error.WriteLine("error: no articles could be read from the inputs");
                return ExitCodes.Error;
            }
            if (result.GetValue(json))
                Console.WriteLine(JsonSerializer.Serialize(new
                {
                    read = outcome.ArticleIds.Count,
                    added = outcome.Added,
                    skipped = outcome.Skipped.Select(s => new { path = s.Path, reason = s.Reason }),
                }));
            else
                Console.WriteLine($"{outcome.ArticleIds.Count} articles read, {outcome.Added} new, {outcome.ArticleIds.Count - outcome.Added} already stored; {outcome.Skipped.Count} inputs skipped");
            return outcome.Skipped.Count > 0 ? ExitCodes.Partial : ExitCodes.Ok;
        });
        return command;
    }
}

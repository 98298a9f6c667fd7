using System.CommandLine;
using System.Text.Json;
using Corroborate.Queue;

namespace Corroborate.Cli.Commands;

public static class DeadLettersCommand
{
    public static Command Create()
    {
        var command = new Command("dead-letters", "List or replay the batches that were given up on after repeated failures");
        command.Subcommands.Add(List());
        command.Subcommands.Add(Replay());
        return command;
    }

    private static Command List()
    {
        var broker = QueueOptions.Broker();
        var name = QueueOptions.Name();
        var json = CommonOptions.Json();
        var command = new Command("list", "Show each dead letter with its submission, batch, attempts and reason (the letters stay in the queue)") { broker, name, json };
        command.SetSafeAction(result =>
        {
            var letters = new DeadLetters(QueueOptions.Settings(result, broker, name), QueueOptions.Log).ListAsync().GetAwaiter().GetResult();
            Print(letters, result.GetValue(json), "dead letters");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Replay()
    {
        var broker = QueueOptions.Broker();
        var name = QueueOptions.Name();
        var submission = new Option<string?>("--submission") { Description = "Replay only this submission's dead letters" };
        var seq = new Option<int?>("--seq") { Description = "Replay only this batch (with --submission)" };
        var all = new Option<bool>("--all") { Description = "Replay every dead letter" };
        var json = CommonOptions.Json();
        var command = new Command("replay", "Publish dead letters to the batch queue again, with a fresh attempt count (after fixing what made them fail)")
        {
            broker, name, submission, seq, all, json,
        };
        command.SetSafeAction(result =>
        {
            string? only = result.GetValue(submission);
            int? position = result.GetValue(seq);
            if (!result.GetValue(all) && only is null) throw new UsageException("say which letters to replay: --all, or --submission ID [--seq N]");
            if (position is not null && only is null) throw new UsageException("--seq needs --submission");
            var dead = new DeadLetters(QueueOptions.Settings(result, broker, name), QueueOptions.Log);
            var replayed = new List<DeadLetters.Letter>();
            dead.ReplayAsync(l =>
            {
                bool chosen = only is null || (l.Key?.Submission == only && (position is null || l.Key.Seq == position));
                if (chosen) replayed.Add(l);
                return chosen;
            }).GetAwaiter().GetResult();
            Print(replayed, result.GetValue(json), "replayed");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static void Print(IReadOnlyList<DeadLetters.Letter> letters, bool json, string heading)
    {
        if (json)
        {
            Console.WriteLine(JsonSerializer.Serialize(letters.Select(l => new
            {
                submission = l.Key?.Submission, seq = l.Key?.Seq, attempts = l.Attempts, reason = l.Reason, bytes = l.Bytes, message_id = l.MessageId,
            })));
            return;
        }
        Console.WriteLine($"{heading}: {letters.Count}");
        foreach (var l in letters)
            Console.WriteLine($"  {(l.Key is { } k ? $"batch {k.Seq} of {k.Submission}" : "a message without a batch key")}, {l.Attempts} attempts, {l.Bytes} bytes: {l.Reason}");
    }
}

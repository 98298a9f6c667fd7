using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Corroborate.Queue;

namespace Corroborate.Cli.Commands;

public static class StatusCommand
{
    public static Command Create()
    {
        var broker = QueueOptions.Broker();
        var name = QueueOptions.Name();
        var json = CommonOptions.Json();
        var command = new Command("status", "Show the scale-out state: queue depths and consumers, each submission's progress, the assigner's lag, processes with their rates, and dead letters")
        {
            broker, name, json,
        };
        command.SetSafeAction(result =>
        {
            var settings = QueueOptions.Settings(result, broker, name);
            var status = QueueStatus.GatherAsync(settings, result.GetValue(CommonOptions.Db)!).GetAwaiter().GetResult();
            if (result.GetValue(json)) Console.WriteLine(JsonSerializer.Serialize(status, new JsonSerializerOptions { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower }));
            else Print(status);
            return status.BrokerError is null && status.StoreError is null ? ExitCodes.Ok : ExitCodes.Error;
        });
        return command;
    }

    private static void Print(QueueStatus s)
    {
        var c = CultureInfo.InvariantCulture;
        Console.WriteLine(s.BrokerError is { } be ? $"broker: unreachable ({be})" : "queues:");
        foreach (var q in s.Queues) Console.WriteLine($"  {q.Name}: {q.Messages} messages, {q.Consumers} consumers");
        if (s.StoreError is { } se)
        {
            Console.WriteLine($"database: unavailable ({se})");
            return;
        }
        Console.WriteLine(s.Submissions.Count == 0 ? "submissions: none" : "submissions:");
        foreach (var sub in s.Submissions)
            Console.WriteLine(string.Create(c, $"  {sub.Id} ({sub.Submitted:yyyy-MM-dd HH:mm:ss}Z): {sub.Committed} committed, {sub.Staged} staged, {sub.Dead} dead of {sub.Batches?.ToString(c) ?? "?"} batches; {sub.Articles} articles; {sub.Waiting ?? "done"}"));
        Console.WriteLine(s.AssignerLag is { } lag
            ? string.Create(c, $"assigner lag: {lag.Batches} staged batches ({lag.Articles} articles) waiting, the oldest for {lag.OldestWaiting.TotalSeconds:0} s")
            : "assigner lag: none");
        Console.WriteLine(s.Processes.Count == 0 ? "processes: none" : "processes:");
        foreach (var p in s.Processes)
            Console.WriteLine(string.Create(c, $"  {p.Process.Role} {p.Process.Host}:{p.Process.Pid} {(p.Alive ? "alive" : $"silent since {p.Process.Seen:HH:mm:ss}Z")}: {p.Process.Batches} batches, {p.Process.Articles} articles, {p.ArticlesPerSecond:0.0} articles/s, {p.Process.CpuSeconds:0.0} CPU s ({p.CpuMsPerArticle:0.0} ms/article), {p.Process.Failures} failures{(p.Process.LastError is { } e ? $"; last: {e}" : "")}"));
        Console.WriteLine(s.DeadBatches.Count == 0 ? "dead batches: none" : "dead batches:");
        foreach (var d in s.DeadBatches) Console.WriteLine($"  batch {d.Key.Seq} of {d.Key.Submission}: {d.Reason}");
    }
}

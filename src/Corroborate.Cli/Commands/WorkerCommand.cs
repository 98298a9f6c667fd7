using System.CommandLine;
using Corroborate.Queue;

namespace Corroborate.Cli.Commands;

public static class WorkerCommand
{
    public static Command Create()
    {
        var broker = QueueOptions.Broker();
        var name = QueueOptions.Name();
        var limits = new IngestLimits();
        var prefetch = new Option<int>("--prefetch") { Description = "Batches held unacknowledged at once (back-pressure: the broker sends no more)", DefaultValueFactory = _ => 1 };
        var maxAttempts = new Option<int>("--max-attempts") { Description = "Failed attempts after which a batch is dead-lettered", DefaultValueFactory = _ => 3 };
        var idle = QueueOptions.ExitWhenIdle();
        var command = new Command("worker", "Consume batches from the queue, run the per-article stages and stage the annotated batches in the database (--db, usually postgres://)")
        {
            broker, name, prefetch, maxAttempts, idle,
        };
        limits.AddTo(command);
        command.SetSafeAction(result =>
        {
            if (result.GetValue(prefetch) is < 1 or > ushort.MaxValue) throw new UsageException("--prefetch must be between 1 and 65535");
            if (result.GetValue(maxAttempts) < 1) throw new UsageException("--max-attempts must be at least 1");
            var settings = QueueOptions.Settings(result, broker, name, (ushort)result.GetValue(prefetch), result.GetValue(maxAttempts));
            string db = result.GetValue(CommonOptions.Db)!;
            using (CommonOptions.OpenStore(result)) { } // a wrong --db fails now, not at the first batch
            using var stop = QueueOptions.StopOnSignal();
            var worker = new Worker(settings, db, limits.Read(result), QueueOptions.Log) { ExitWhenIdle = QueueOptions.Seconds(result.GetValue(idle), "--exit-when-idle") };
            var done = worker.RunAsync(stop.Token).GetAwaiter().GetResult();
            Console.WriteLine($"worker stopped: {done.Batches} batches, {done.Articles} articles, {done.Failures} failures");
            return ExitCodes.Ok;
        });
        return command;
    }
}

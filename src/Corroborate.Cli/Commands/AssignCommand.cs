using System.CommandLine;
using Corroborate.Queue;

namespace Corroborate.Cli.Commands;

public static class AssignCommand
{
    public static Command Create()
    {
        var idle = QueueOptions.ExitWhenIdle();
        var command = new Command("assign", "Commit the batches workers staged, in publication order: store them and run copies, stories and entity resolution (one assigner at a time; others stand by)")
        {
            idle,
        };
        command.SetSafeAction(result =>
        {
            string db = result.GetValue(CommonOptions.Db)!;
            using (CommonOptions.OpenStore(result)) { }
            using var stop = QueueOptions.StopOnSignal();
            var assigner = new Assigner(db, QueueOptions.Log) { ExitWhenIdle = QueueOptions.Seconds(result.GetValue(idle), "--exit-when-idle") };
            var done = assigner.RunAsync(stop.Token).GetAwaiter().GetResult();
            Console.WriteLine($"assigner stopped: {done.Batches} batches, {done.Articles} articles committed, {done.Failures} failures");
            return ExitCodes.Ok;
        });
        return command;
    }
}

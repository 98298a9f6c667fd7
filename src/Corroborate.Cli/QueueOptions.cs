using System.CommandLine;
using System.Runtime.InteropServices;
using Corroborate.Queue;

namespace Corroborate.Cli;

/// <summary>The options of the scale-out commands (docs/scale-out.md).</summary>
public static class QueueOptions
{
    public const string BrokerVariable = "CORROBORATE_QUEUE";

    public static Option<string?> Broker() => new("--queue")
    {
        Description = $"The RabbitMQ broker: amqp://user:password@host:5672/vhost (default: the {BrokerVariable} environment variable)",
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable(BrokerVariable),
    };

    public static Option<string> Name() => new("--queue-name")
    {
        Description = "Prefix of the queues (NAME.batches, NAME.dead-letters); deployments that share a broker use different names",
        DefaultValueFactory = _ => QueueSettings.DefaultName,
    };

    public static Option<double?> ExitWhenIdle() => new("--exit-when-idle")
    {
        Description = "Stop after this many seconds without work (for batch jobs and benchmarks); by default run until stopped",
    };

    public static QueueSettings Settings(ParseResult result, Option<string?> broker, Option<string> name, ushort prefetch = 1, int maxAttempts = 3)
    {
        string url = result.GetValue(broker) ?? throw new UsageException($"--queue is required (or set {BrokerVariable})");
        string queueName = result.GetValue(name)!;
        if (queueName.Length == 0 || queueName.Any(c => !char.IsAsciiLetterOrDigit(c) && c is not '-' and not '_' and not '.'))
            throw new UsageException($"--queue-name must be letters, digits, '-', '_' or '.', not '{queueName}'");
        try { return new QueueSettings(QueueSettings.ParseBroker(url), queueName, prefetch, maxAttempts); }
        catch (QueueException e) { throw new UsageException(e.Message); }
    }

    public static TimeSpan? Seconds(double? value, string option) => value switch
    {
        null => null,
        > 0 => TimeSpan.FromSeconds(value.Value),
        _ => throw new UsageException($"{option} must be a positive number of seconds"),
    };

    /// <summary>Cancelled on Ctrl+C or SIGTERM, so a worker or assigner stops cleanly (messages in hand go back to the queue).</summary>
    public static CancellationTokenSource StopOnSignal()
    {
        var stop = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            stop.Cancel();
        };
        var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, c =>
        {
            c.Cancel = true;
            stop.Cancel();
        });
        // Rooted by the token source: a registration the GC collects stops handling SIGTERM, which then kills the process (exit 143).
        stop.Token.Register(sigterm.Dispose);
        return stop;
    }

    public static void Log(string line) => Console.Error.WriteLine($"{DateTime.UtcNow:HH:mm:ss} {line}");
}

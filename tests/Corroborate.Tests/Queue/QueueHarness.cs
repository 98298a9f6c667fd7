using System.Collections.Concurrent;
using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using Corroborate.Queue;
using Corroborate.Tests.Cli;
using Corroborate.Tests.Faults;
using RabbitMQ.Client;
using Xunit.Abstractions;

namespace Corroborate.Tests.Queue;

/// <summary>
/// One queue fault test's world: queues of its own on the test broker (deleted afterwards), a fresh PostgreSQL
/// schema, and the CLI processes it starts (killed afterwards if still running), whose output goes to the test log.
/// </summary>
public sealed class QueueHarness : IDisposable
{
    public const string AmqpVariable = "CORROBORATE_TEST_AMQP", RestartBrokerVariable = "CORROBORATE_TEST_RESTART_BROKER",
        RestartPostgresVariable = "CORROBORATE_TEST_RESTART_POSTGRES";

    public static string? Amqp => Variable(AmqpVariable);

    public static string? Variable(string name) => Environment.GetEnvironmentVariable(name) is { Length: > 0 } v ? v : null;

    private readonly ITestOutputHelper _output;
    private readonly List<CliProcess> _processes = [];
    private readonly Stopwatch _clock = Stopwatch.StartNew();

    public QueueHarness(ITestOutputHelper output) => _output = output;

    public string QueueName { get; } = "test-" + Guid.NewGuid().ToString("N")[..12];

    public string BatchQueue => QueueName + ".batches";

    public string DeadLetterQueue => QueueName + ".dead-letters";

    public PostgresFaultDatabase Database { get; } = new();

    public TempDir Temp { get; } = new();

    public string[] Queue => ["--queue", Amqp!, "--queue-name", QueueName];

    public string[] Db => ["--db", Database.CliArgument];

    public void Log(string line) => _output.WriteLine($"[{_clock.Elapsed.TotalSeconds,6:0.0} s] {line}");

    /// <summary>Starts a long-running command (worker, assign) whose stderr is logged as it comes.</summary>
    public CliProcess Start(string name, params string[] args)
    {
        var process = new CliProcess(name, CliRunner.Start(Temp.Path, args), Log);
        _processes.Add(process);
        Log($"{name} started (pid {process.Id}): corroborate {string.Join(' ', args)}");
        return process;
    }

    /// <summary>Runs a command to its end (CliRunner's own timeout applies) and logs what it said.</summary>
    public CliRunner.Result Run(params string[] args)
    {
        var result = CliRunner.Run(Temp.Path, args);
        Log($"corroborate {args[0]} {(args.Length > 1 ? args[1] : "")}: exit {result.ExitCode}\n{result.Stdout.TrimEnd()}\n{result.Stderr.TrimEnd()}");
        return result;
    }

    /// <summary>Publishes the inputs with <c>submit</c>; returns the submission id.</summary>
    public string Submit(params string[] inputs)
    {
        var result = Run(["submit", .. inputs, .. Queue, "--json"]);
        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Stdout);
        return json.RootElement.GetProperty("submission").GetString()!;
    }

    /// <summary><c>status --json</c>; the exit code says whether the broker and the database were both reachable.</summary>
    public (int ExitCode, JsonElement Status) Status()
    {
        var result = Run(["status", .. Queue, .. Db, "--json"]);
        return (result.ExitCode, JsonDocument.Parse(result.Stdout).RootElement.Clone());
    }

    /// <summary>Messages ready in a queue (not those a consumer holds unacknowledged) and its consumers.</summary>
    public (int Ready, int Consumers) Depth(string queue) => WithChannel(async channel =>
    {
        var q = await channel.QueueDeclarePassiveAsync(queue);
        return ((int)q.MessageCount, (int)q.ConsumerCount);
    });

    /// <summary>Declares the test's queues as every queue command does, for messages published by the test itself.</summary>
    public void DeclareQueues() => WithChannel(async channel =>
    {
        await Broker.DeclareQueuesAsync(channel, new QueueSettings(new Uri(Amqp!), QueueName));
        return 0;
    });

    public void Publish(string queue, BasicProperties properties, byte[] body) => WithChannel(async channel =>
    {
        await channel.BasicPublishAsync("", queue, mandatory: true, properties, body);
        return 0;
    });

    /// <summary>The batch rows in the store, by state (staged, committed, dead).</summary>
    public Dictionary<string, int> BatchStates()
    {
        using var c = Database.OpenConnection();
        using var cmd = c.CreateCommand();
        cmd.CommandText = "SELECT state, COUNT(*) FROM queue_batches GROUP BY state";
        var states = new Dictionary<string, int>();
        try
        {
            using var r = cmd.ExecuteReader();
            while (r.Read()) states[r.GetString(0)] = Convert.ToInt32(r.GetValue(1));
        }
        catch (Npgsql.PostgresException e) when (e.SqlState == Npgsql.PostgresErrorCodes.UndefinedTable) { } // no process has opened the store yet
        return states;
    }

    /// <summary>Runs a shell command (a server restart) and fails the test if it fails or takes longer than <paramref name="timeout"/>.</summary>
    public void Shell(string command, TimeSpan timeout)
    {
        var watch = Stopwatch.StartNew();
        var psi = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        psi.ArgumentList.Add("-c");
        psi.ArgumentList.Add(command);
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(timeout))
        {
            p.Kill(entireProcessTree: true);
            throw new TimeoutException($"'{command}' took longer than {timeout.TotalSeconds:0} s");
        }
        Log($"'{command}': exit {p.ExitCode} after {watch.Elapsed.TotalSeconds:0.0} s {stdout.Result.Trim()} {stderr.Result.Trim()}");
        Assert.True(p.ExitCode == 0, $"'{command}' failed with exit code {p.ExitCode}: {stderr.Result}");
    }

    /// <summary>Restarts the PostgreSQL server; the test's own pooled connections died with it and are dropped.</summary>
    public void RestartPostgres()
    {
        Shell(Variable(RestartPostgresVariable)!, TimeSpan.FromMinutes(1));
        Npgsql.NpgsqlConnection.ClearAllPools();
    }

    /// <summary>Polls until <paramref name="condition"/> holds; a hang fails the test instead of blocking it.</summary>
    public void WaitUntil(string what, TimeSpan timeout, Func<bool> condition)
    {
        var watch = Stopwatch.StartNew();
        while (!condition())
        {
            if (watch.Elapsed > timeout) throw new TimeoutException($"waited {timeout.TotalSeconds:0} s for {what}");
            Thread.Sleep(50);
        }
        Log($"{what} after {watch.Elapsed.TotalSeconds:0.0} s");
    }

    /// <summary>
    /// The store holds exactly the reference's articles, each once (ids are content hashes and the primary key, so
    /// a duplicate would show as a count above the distinct ids), its tables agree with each other as far as the
    /// reference's do, and the corpus stages caught up with every article.
    /// </summary>
    public void AssertSameArticlesAs(IngestReference reference)
    {
        using (var c = Database.OpenConnection())
        using (var cmd = c.CreateCommand())
        {
            cmd.CommandText = "SELECT COUNT(*), COUNT(DISTINCT id) FROM articles";
            using var r = cmd.ExecuteReader();
            r.Read();
            Assert.Equal(r.GetInt64(1), r.GetInt64(0));
        }
        var stored = StoreInspector.ArticleTexts(Database).Keys.ToHashSet();
        var lost = reference.Ids.Where(id => !stored.Contains(id)).ToList();
        var extra = stored.Where(id => !reference.Ids.Contains(id)).ToList();
        Assert.True(lost.Count == 0 && extra.Count == 0, $"{lost.Count} articles lost, {extra.Count} not in the reference (of {reference.Ids.Count})");
        Assert.Equal(reference.Inconsistencies, StoreInspector.Inconsistencies(Database));
        Assert.Equal((0L, 0L), StoreInspector.StagesBehind(Database));
    }

    private T WithChannel<T>(Func<IChannel, Task<T>> work) => Task.Run(async () =>
    {
        var factory = new ConnectionFactory { Uri = new Uri(Amqp!) };
        await using var connection = await factory.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync(new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true));
        return await work(channel);
    }).WaitAsync(TimeSpan.FromSeconds(30)).GetAwaiter().GetResult();

    public void Dispose()
    {
        foreach (var p in _processes) p.Dispose();
        try
        {
            WithChannel(async channel =>
            {
                await channel.QueueDeleteAsync(BatchQueue);
                await channel.QueueDeleteAsync(DeadLetterQueue);
                return 0;
            });
        }
        catch (Exception e) when (e is RabbitMQ.Client.Exceptions.OperationInterruptedException or RabbitMQ.Client.Exceptions.BrokerUnreachableException or TimeoutException)
        {
            Log($"could not delete the test's queues: {e.Message}");
        }
        // A test that failed during a database restart leaves dead connections in the pool, which would fail the drop.
        Npgsql.NpgsqlConnection.ClearAllPools();
        Database.Dispose();
        Temp.Dispose();
    }
}

/// <summary>A running CLI process: its stderr lines as they come, a clean stop (SIGTERM) or a kill -9.</summary>
public sealed class CliProcess : IDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _stderr = new();
    private readonly StringBuilder _stdout = new();

    public CliProcess(string name, Process process, Action<string> log)
    {
        Name = name;
        _process = process;
        _process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is null) return;
            _stderr.Enqueue(e.Data);
            log($"{name}: {e.Data}");
        };
        _process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null) return;
            lock (_stdout) _stdout.AppendLine(e.Data);
        };
        _process.BeginErrorReadLine();
        _process.BeginOutputReadLine();
        _process.StandardInput.Close();
    }

    public string Name { get; }

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    public bool Said(string fragment) => _stderr.Any(line => line.Contains(fragment, StringComparison.Ordinal));

    public int Saying(string fragment) => _stderr.Count(line => line.Contains(fragment, StringComparison.Ordinal));

    public string Stdout
    {
        get { lock (_stdout) return _stdout.ToString(); }
    }

    /// <summary>kill -9: no handler runs, the broker and the database see the connections drop.</summary>
    public void KillHard()
    {
        _process.Kill();
        _process.WaitForExit();
    }

    /// <summary>SIGTERM, which the worker and assigner take as "stop cleanly".</summary>
    public void Stop() => Assert.Equal(0, SendSignal(_process.Id, SigTerm));

    /// <summary>Waits for the process to end; a hang fails the test.</summary>
    public int WaitForExit(TimeSpan timeout)
    {
        if (!_process.WaitForExit(timeout)) throw new TimeoutException($"{Name} did not end within {timeout.TotalSeconds:0} s");
        _process.WaitForExit(); // the output events are complete only after this
        return _process.ExitCode;
    }

    public void Dispose()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        _process.Dispose();
    }

    private const int SigTerm = 15;

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int SendSignal(int pid, int signal);
}

using System.Globalization;
using System.Text;
using System.Text.Json;
using Corroborate.Core.Ingest;
using Corroborate.Core.Store;
using Corroborate.Queue;
using Corroborate.Tests.Cli;
using Corroborate.Tests.Faults;
using RabbitMQ.Client;
using Xunit.Abstractions;

namespace Corroborate.Tests.Queue;

/// <summary>
/// The scale-out under faults, against a real RabbitMQ and PostgreSQL: a worker killed with a batch in hand, a
/// broker restart and a database restart under running processes, and poison messages. Each ends with the store
/// holding exactly the articles a single-process <c>ingest</c> of the same inputs stores, each once, consistent,
/// and with the fault visible in <c>status</c>.
/// </summary>
[Collection(QueueFaultCollection.Name)]
public sealed class QueueFaultTests(QueueCorpus corpus, ITestOutputHelper output) : IClassFixture<QueueCorpus>
{
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1), TwoMinutes = TimeSpan.FromMinutes(2);

    [QueueFact]
    public void A_worker_killed_mid_batch_loses_and_duplicates_nothing()
    {
        using var h = new QueueHarness(output);
        string submission = h.Submit(corpus.Path);
        Assert.Equal((QueueCorpus.Batches, 0), h.Depth(h.BatchQueue));

        var doomed = h.Start("worker 1", ["worker", .. h.Queue, .. h.Db]);
        h.WaitUntil("worker 1 holds a batch", Minute, () => h.Depth(h.BatchQueue).Ready < QueueCorpus.Batches);
        doomed.KillHard();
        // Annotating the first batch takes seconds (the models load), so the kill lands before anything is staged.
        Assert.Empty(h.BatchStates());

        h.WaitUntil("the broker requeued the killed worker's batch", Minute, () => h.Depth(h.BatchQueue) == (QueueCorpus.Batches, 0));
        // Status knows a submission from its first staged batch on; until then it shows the batches waiting without a consumer.
        var (_, status) = h.Status();
        var batchQueue = Assert.Single(status.GetProperty("queues").EnumerateArray(), q => q.GetProperty("name").GetString() == h.BatchQueue);
        Assert.Equal((3, 0), (batchQueue.GetProperty("messages").GetInt32(), batchQueue.GetProperty("consumers").GetInt32()));

        var rescuer = h.Start("worker 2", ["worker", .. h.Queue, .. h.Db, "--exit-when-idle", "3"]);
        Assert.Equal(0, rescuer.WaitForExit(TwoMinutes));
        Assert.Contains($"worker stopped: {QueueCorpus.Batches} batches", rescuer.Stdout);
        Assert.Equal(QueueCorpus.Batches, h.BatchStates()["staged"]);

        Assign(h);
        h.AssertSameArticlesAs(corpus.Reference);
        AssertDone(h, submission);
    }

    [QueueFact(Restart = QueueHarness.RestartBrokerVariable)]
    public void A_broker_restart_under_a_consuming_worker_and_queued_batches_loses_nothing()
    {
        using var h = new QueueHarness(output);
        string submission = h.Submit(corpus.Path);
        var worker = h.Start("worker", ["worker", .. h.Queue, .. h.Db]);
        h.WaitUntil("the worker holds a batch", Minute, () => h.Depth(h.BatchQueue).Ready < QueueCorpus.Batches);

        // The other batches wait in the queue through the restart: durable queue, persistent messages.
        h.Shell(QueueHarness.Variable(QueueHarness.RestartBrokerVariable)!, TwoMinutes);
        Assert.True(h.Depth(h.BatchQueue).Ready >= QueueCorpus.Batches - 1, "the queued batches did not survive the restart");

        h.WaitUntil("every batch staged", TwoMinutes, () => h.BatchStates().GetValueOrDefault("staged") == QueueCorpus.Batches);
        h.WaitUntil("the queue drained", Minute, () => h.Depth(h.BatchQueue) == (0, 1));
        var shown = Process(h, "worker");
        Assert.True(shown.GetProperty("failures").GetInt32() >= 1, "status does not show the worker's lost broker connection");
        Assert.Contains("broker", shown.GetProperty("last_error").GetString());
        worker.Stop();
        Assert.Equal(0, worker.WaitForExit(Minute));

        Assign(h);
        h.AssertSameArticlesAs(corpus.Reference);
        AssertDone(h, submission);
    }

    [QueueFact(Restart = QueueHarness.RestartPostgresVariable)]
    public void A_database_restart_under_a_worker_and_the_assigner_loses_nothing()
    {
        using var h = new QueueHarness(output);
        var worker = h.Start("worker", ["worker", .. h.Queue, .. h.Db]);
        var assigner = h.Start("assigner", ["assign", .. h.Db]);
        // Both hold database connections when the server goes: the worker's heartbeat has been written, the assigner holds its lock.
        h.WaitUntil("the worker's first heartbeat and the assigner's lock", Minute,
            () => worker.Said("consuming") && assigner.Said("holds the assigner lock") && ProcessRoles(h).Contains("worker"));
        string submission = h.Submit(corpus.Path);
        h.WaitUntil("the worker holds a batch", Minute, () => h.Depth(h.BatchQueue).Ready < QueueCorpus.Batches);

        h.RestartPostgres();

        h.WaitUntil("every batch committed", TwoMinutes, () => h.BatchStates().GetValueOrDefault("committed") == QueueCorpus.Batches);
        // The assigner lost its lock with its session, and must have taken it again before committing more.
        Assert.True(assigner.Saying("holds the assigner lock") >= 2, "the assigner did not take its lock again after the restart");
        var (_, status) = h.Status();
        foreach (string role in new[] { "worker", "assigner" })
        {
            var p = Process(h, role, status);
            Assert.True(p.GetProperty("failures").GetInt32() >= 1, $"status does not show the {role}'s database outage");
            Assert.Contains("database is unavailable", p.GetProperty("last_error").GetString());
        }
        worker.Stop();
        assigner.Stop();
        Assert.Equal(0, worker.WaitForExit(Minute));
        Assert.Equal(0, assigner.WaitForExit(Minute));
        Assert.Equal((0, 0), h.Depth(h.BatchQueue));

        h.AssertSameArticlesAs(corpus.Reference);
        AssertDone(h, submission);
    }

    [QueueFact]
    public void Poison_messages_end_in_the_dead_letters_and_the_assigner_goes_past_them()
    {
        using var h = new QueueHarness(output);
        // A submission of three batches whose middle one has valid headers but a body that is no batch, published as
        // submit would; and a message without headers. The good batches are each one input's, so that a reference
        // ingest of each input alone annotates exactly the same batches.
        string first = corpus.Slice(h.Temp, "first.jsonl", 0, 300), third = corpus.Slice(h.Temp, "third.jsonl", 300, 300);
        var submitted = DateTimeOffset.UtcNow;
        string submission = "poison-" + Guid.NewGuid().ToString("N")[..8];
        byte[] garbage = Encoding.UTF8.GetBytes("this is not a Brotli-compressed batch of drafts");
        var batches = new (byte[] Body, int Seq)[] { (BatchBody(first), 0), (garbage, 1), (BatchBody(third), 2) };
        h.DeclareQueues();
        foreach (var (body, seq) in batches)
            h.Publish(h.BatchQueue, BatchMessage.Properties(new QueuedBatchKey(submission, submitted, seq, seq == 2), body), body);
        h.Publish(h.BatchQueue, new BasicProperties { Persistent = true }, BatchBody(first));

        var worker = h.Start("worker", ["worker", .. h.Queue, .. h.Db, "--max-attempts", "2", "--exit-when-idle", "3"]);
        Assert.Equal(0, worker.WaitForExit(TwoMinutes));
        Assert.Equal((0, 0), h.Depth(h.BatchQueue));
        Assert.Equal(2, h.Depth(h.DeadLetterQueue).Ready);
        Assign(h);

        var reference = corpus.Ingested(h, first, third);
        h.AssertSameArticlesAs(reference);

        var (_, status) = h.Status();
        var sub = Submission(status, submission);
        Assert.Equal((2, 1), (sub.GetProperty("committed").GetInt32(), sub.GetProperty("dead").GetInt32()));
        var dead = Assert.Single(status.GetProperty("dead_batches").EnumerateArray());
        Assert.Equal(1, dead.GetProperty("key").GetProperty("seq").GetInt32());
        Assert.Contains("InvalidDataException", dead.GetProperty("reason").GetString());
        var shown = Process(h, "worker", status);
        Assert.Equal(1, shown.GetProperty("failures").GetInt32()); // a body that is no batch is not tried again; nor is the headerless message
        Assert.Contains("InvalidDataException", shown.GetProperty("last_error").GetString());
        var deadLetters = Assert.Single(status.GetProperty("queues").EnumerateArray(), q => q.GetProperty("name").GetString() == h.DeadLetterQueue);
        Assert.Equal(2, deadLetters.GetProperty("messages").GetInt32());

        var letters = DeadLetterList(h);
        var keyed = Assert.Single(letters, l => l.GetProperty("submission").GetString() == submission);
        Assert.Equal((1, 1), (keyed.GetProperty("seq").GetInt32(), keyed.GetProperty("attempts").GetInt32()));
        Assert.Contains("InvalidDataException", keyed.GetProperty("reason").GetString());
        var headerless = Assert.Single(letters, l => l.GetProperty("submission").ValueKind == JsonValueKind.Null);
        Assert.Contains("does not say which submission", headerless.GetProperty("reason").GetString());

        // Replay puts the chosen letter back in the batch queue with a fresh attempt count and leaves the other; a
        // garbage body fails again, so a worker allowed one attempt dead-letters it at once.
        var replay = h.Run(["dead-letters", "replay", .. h.Queue, "--submission", submission, "--seq", "1", "--json"]);
        Assert.Equal(0, replay.ExitCode);
        Assert.Single(JsonDocument.Parse(replay.Stdout).RootElement.EnumerateArray());
        Assert.Equal((1, 1), (h.Depth(h.BatchQueue).Ready, h.Depth(h.DeadLetterQueue).Ready));
        var again = h.Start("worker again", ["worker", .. h.Queue, .. h.Db, "--max-attempts", "1", "--exit-when-idle", "3"]);
        Assert.Equal(0, again.WaitForExit(TwoMinutes));
        Assert.Equal((0, 2), (h.Depth(h.BatchQueue).Ready, h.Depth(h.DeadLetterQueue).Ready));
        keyed = Assert.Single(DeadLetterList(h), l => l.GetProperty("submission").GetString() == submission);
        Assert.Equal(1, keyed.GetProperty("attempts").GetInt32());
        h.AssertSameArticlesAs(reference);
    }

    /// <summary>A message body as submit publishes it: the one batch of drafts the input reads into.</summary>
    private static byte[] BatchBody(string input) =>
        BatchMessage.Encode(Assert.Single(new Ingestor(new IngestOptions()).ReadBatches([input])));

    private static void Assign(QueueHarness h)
    {
        var result = h.Run(["assign", .. h.Db, "--exit-when-idle", "2"]);
        Assert.Equal(0, result.ExitCode);
    }

    /// <summary>Every batch committed once, nothing left in the queue, and status says the submission is done.</summary>
    private static void AssertDone(QueueHarness h, string submission)
    {
        Assert.Equal(new Dictionary<string, int> { ["committed"] = QueueCorpus.Batches }, h.BatchStates());
        var (exit, status) = h.Status();
        Assert.Equal(0, exit);
        var sub = Submission(status, submission);
        Assert.Equal(QueueCorpus.Batches, sub.GetProperty("committed").GetInt32());
        Assert.Equal(JsonValueKind.Null, sub.GetProperty("waiting").ValueKind);
        Assert.Equal(JsonValueKind.Null, status.GetProperty("assigner_lag").ValueKind);
        Assert.All(status.GetProperty("queues").EnumerateArray(), q => Assert.Equal(0, q.GetProperty("messages").GetInt32()));
    }

    private static JsonElement Submission(JsonElement status, string id) =>
        Assert.Single(status.GetProperty("submissions").EnumerateArray(), s => s.GetProperty("id").GetString() == id);

    /// <summary>The one process of <paramref name="role"/> that status lists with the most failures.</summary>
    private static JsonElement Process(QueueHarness h, string role, JsonElement? status = null) =>
        (status ?? h.Status().Status).GetProperty("processes").EnumerateArray()
            .Select(p => p.GetProperty("process"))
            .Where(p => p.GetProperty("role").GetString() == role)
            .MaxBy(p => p.GetProperty("failures").GetInt32());

    private static HashSet<string> ProcessRoles(QueueHarness h)
    {
        using var c = h.Database.OpenConnection();
        using var cmd = c.CreateCommand();
        cmd.CommandText = "SELECT role FROM queue_processes";
        var roles = new HashSet<string>();
        try
        {
            using var r = cmd.ExecuteReader();
            while (r.Read()) roles.Add(r.GetString(0));
        }
        catch (Npgsql.PostgresException e) when (e.SqlState == Npgsql.PostgresErrorCodes.UndefinedTable) { }
        return roles;
    }

    private static List<JsonElement> DeadLetterList(QueueHarness h)
    {
        var result = h.Run(["dead-letters", "list", .. h.Queue, "--json"]);
        Assert.Equal(0, result.ExitCode);
        return JsonDocument.Parse(result.Stdout).RootElement.EnumerateArray().Select(e => e.Clone()).ToList();
    }
}

/// <summary>
/// 1,200 short generated articles of distinct made-up words (three batches for submit; articles this different make
/// no stories or copies to speak of, which keeps the corpus stages fast), and the article ids a single-process
/// <c>ingest</c> of them stores.
/// </summary>
public sealed class QueueCorpus : IDisposable
{
    public const int Articles = 1_200, Batches = 3;

    private readonly TempDir _temp = new();
    private readonly string[] _lines;
    private readonly Lazy<IngestReference> _reference;

    public QueueCorpus()
    {
        var random = new Random(20261202);
        string[] syllables = ["ka", "lo", "mi", "ren", "to", "sa", "vi", "ne", "dor", "pa", "lu", "qui", "ber", "tan", "sol", "fe", "gri", "mon"];
        var vocabulary = Enumerable.Range(0, 3000)
            .Select(_ => string.Concat(Enumerable.Range(0, random.Next(2, 4)).Select(_ => syllables[random.Next(syllables.Length)])))
            .ToArray();
        string Sentence(int year)
        {
            var words = random.GetItems(vocabulary, 9);
            return $"{char.ToUpperInvariant(words[0][0])}{words[0][1..]} {string.Join(' ', words[1..])} in {year}.";
        }
        _lines = Enumerable.Range(0, Articles).Select(i => JsonSerializer.Serialize(new
        {
            text = string.Join(' ', Enumerable.Range(0, 4).Select(_ => Sentence(1900 + i % 120))),
            source = $"Source {i % 7}",
            published = new DateTimeOffset(2025, 1 + i % 9, 10 + i % 10, 8, 0, 0, TimeSpan.Zero).ToString("o", CultureInfo.InvariantCulture),
        })).ToArray();
        Path = _temp.Write("corpus.jsonl", string.Join('\n', _lines) + "\n");
        _reference = new(() => Ingested(null, Path));
    }

    public string Path { get; }

    /// <summary>The whole corpus, ingested by one process.</summary>
    public IngestReference Reference => _reference.Value;

    /// <summary>Lines <paramref name="start"/>.. of the corpus as a file of their own.</summary>
    public string Slice(TempDir temp, string name, int start, int count) => temp.Write(name, string.Join('\n', _lines.Skip(start).Take(count)) + "\n");

    /// <summary>What <c>ingest</c> of each input in turn, one process at a time, stores in a SQLite file of its own.</summary>
    public IngestReference Ingested(QueueHarness? h, params string[] inputs)
    {
        var database = new SqliteFaultDatabase(_temp.File($"{Guid.NewGuid():N}.db"));
        foreach (string input in inputs)
        {
            var result = CliRunner.Run(_temp.Path, "ingest", input, "--db", database.CliArgument);
            h?.Log($"reference ingest of {System.IO.Path.GetFileName(input)}: exit {result.ExitCode}: {result.Stdout.Trim()}");
            Assert.True(result.ExitCode == 0, result.Stderr);
        }
        return new IngestReference(StoreInspector.ArticleTexts(database).Keys.ToHashSet(), StoreInspector.Inconsistencies(database));
    }

    public void Dispose() => _temp.Dispose();
}

/// <summary>
/// The articles a single-process ingest stored, and the store inconsistencies it left: a scale-out run must add none.
/// (A 1,200-article ingest of the generated corpus already leaves story assignments to stories that are not stored,
/// in SQLite and PostgreSQL alike: a story-stage problem outside the queue.)
/// </summary>
public sealed record IngestReference(IReadOnlySet<string> Ids, IReadOnlyList<string> Inconsistencies);

/// <summary>The queue fault tests restart shared servers and time kills: they run alone, not beside other tests.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class QueueFaultCollection
{
    public const string Name = "Queue faults";
}

/// <summary>
/// Runs when a RabbitMQ broker and a PostgreSQL server are configured for the tests (.ci/run starts both), and the
/// restart command in <see cref="Restart"/> if one is named; otherwise skips with the reason.
/// </summary>
public sealed class QueueFactAttribute : FactAttribute
{
    public QueueFactAttribute() => Skip = Missing([QueueHarness.AmqpVariable, Storage.StoreBackends.PostgresVariable]);

    /// <summary>The variable holding the shell command that restarts a server, which the test needs.</summary>
    public string? Restart
    {
        get;
        init
        {
            field = value;
            Skip ??= Missing([value!]);
        }
    }

    private static string? Missing(string[] variables) => variables.FirstOrDefault(v => QueueHarness.Variable(v) is null) is { } missing
        ? $"needs {missing} (set by .ci/run: {Description(missing)})"
        : null;

    private static string Description(string variable) => variable switch
    {
        QueueHarness.AmqpVariable => "a RabbitMQ broker URL, amqp://guest:guest@127.0.0.1:5672/",
        QueueHarness.RestartBrokerVariable => "a shell command that restarts the broker and returns when it is up",
        QueueHarness.RestartPostgresVariable => "a shell command that restarts the PostgreSQL server and returns when it is up",
        _ => "a PostgreSQL connection string",
    };
}

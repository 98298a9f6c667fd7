using System.Data.Common;
using System.Globalization;
using Corroborate.Core.Store;

namespace Corroborate.Storage;

/// <summary>The scale-out tables: staged batches in publication order, and the processes that work on them.</summary>
public abstract partial class SqlStore
{
    private const string Staged = "staged", Committed = "committed", Dead = "dead";

    public void StageBatch(QueuedBatchKey key, byte[] payload, int articles, int skipped, string worker) =>
        UpsertBatch(key, Staged, payload, articles, skipped, null, worker);

    public void MarkBatchDead(QueuedBatchKey key, string reason, string worker) =>
        UpsertBatch(key, Dead, null, 0, 0, reason, worker);

    /// <summary>Inserts the batch, or overwrites it when it is dead (a replay, or a new reason); a staged or committed batch is left as it is.</summary>
    private void UpsertBatch(QueuedBatchKey key, string state, byte[]? payload, int articles, int skipped, string? reason, string worker) => Write(tx =>
    {
        using var upsert = Command($"""
            INSERT INTO queue_batches (submission, submitted, seq, is_last, state, payload, articles, skipped, reason, worker, updated)
            VALUES (@submission, @submitted, @seq, @last, @state, @payload, @articles, @skipped, @reason, @worker, @updated)
            ON CONFLICT (submission, seq) DO UPDATE SET state = excluded.state, payload = excluded.payload,
                articles = excluded.articles, skipped = excluded.skipped, reason = excluded.reason,
                worker = excluded.worker, updated = excluded.updated
            WHERE queue_batches.state = '{Dead}'
            """, tx);
        BindKey(upsert, key);
        Bind(upsert, "state", state);
        Bind(upsert, "payload", payload);
        Bind(upsert, "articles", articles);
        Bind(upsert, "skipped", skipped);
        Bind(upsert, "reason", reason);
        Bind(upsert, "worker", worker);
        Bind(upsert, "updated", ArticleCodec.EncodeDate(DateTimeOffset.UtcNow));
        upsert.ExecuteNonQuery();
    });

    public StagedBatch? NextStagedBatch()
    {
        using var cmd = Command($"""
            SELECT b.submission, b.submitted, b.seq, b.is_last, b.payload FROM queue_batches b
            WHERE b.state = '{Staged}' AND b.seq = (SELECT COUNT(*) FROM queue_batches p
                WHERE p.submission = b.submission AND p.seq < b.seq AND p.state IN ('{Committed}', '{Dead}'))
            ORDER BY b.submitted, b.submission, b.seq LIMIT 1
            """);
        return Read(cmd, r => new StagedBatch(ReadKey(r), (byte[])r.GetValue(4))).FirstOrDefault();
    }

    public void MarkBatchCommitted(QueuedBatchKey key) => Write(tx =>
    {
        using var update = Command($"UPDATE queue_batches SET state = '{Committed}', payload = NULL, updated = @updated WHERE submission = @submission AND seq = @seq", tx);
        Bind(update, "submission", key.Submission);
        Bind(update, "seq", key.Seq);
        Bind(update, "updated", ArticleCodec.EncodeDate(DateTimeOffset.UtcNow));
        update.ExecuteNonQuery();
    });

    public IReadOnlyList<QueuedBatchInfo> ListQueuedBatches()
    {
        using var cmd = Command("SELECT submission, submitted, seq, is_last, state, articles, skipped, reason, worker, updated FROM queue_batches ORDER BY submitted, submission, seq");
        return Read(cmd, r => new QueuedBatchInfo(ReadKey(r), ParseState(r.GetString(4)), Convert.ToInt32(r.GetValue(5), CultureInfo.InvariantCulture), Convert.ToInt32(r.GetValue(6), CultureInfo.InvariantCulture),
            Str(r, 7), Str(r, 8), ArticleCodec.DecodeDate(r.GetString(9))!.Value));
    }

    public void RecordProcess(QueueProcess p) => Write(tx =>
    {
        using var upsert = Command("""
            INSERT INTO queue_processes (id, role, host, pid, started, seen, batches, articles, cpu_seconds, failures, last_error)
            VALUES (@id, @role, @host, @pid, @started, @seen, @batches, @articles, @cpu, @failures, @error)
            ON CONFLICT (id) DO UPDATE SET seen = excluded.seen, batches = excluded.batches, articles = excluded.articles,
                cpu_seconds = excluded.cpu_seconds, failures = excluded.failures, last_error = excluded.last_error
            """, tx);
        Bind(upsert, "id", p.Id);
        Bind(upsert, "role", p.Role);
        Bind(upsert, "host", p.Host);
        Bind(upsert, "pid", p.Pid);
        Bind(upsert, "started", ArticleCodec.EncodeDate(p.Started));
        Bind(upsert, "seen", ArticleCodec.EncodeDate(p.Seen));
        Bind(upsert, "batches", p.Batches);
        Bind(upsert, "articles", p.Articles);
        Bind(upsert, "cpu", p.CpuSeconds);
        Bind(upsert, "failures", p.Failures);
        Bind(upsert, "error", p.LastError);
        upsert.ExecuteNonQuery();
    });

    public IReadOnlyList<QueueProcess> ListProcesses()
    {
        using var cmd = Command("SELECT id, role, host, pid, started, seen, batches, articles, cpu_seconds, failures, last_error FROM queue_processes ORDER BY started, id");
        return Read(cmd, r => new QueueProcess(r.GetString(0), r.GetString(1), r.GetString(2), Convert.ToInt32(r.GetValue(3), CultureInfo.InvariantCulture),
            ArticleCodec.DecodeDate(r.GetString(4))!.Value, ArticleCodec.DecodeDate(r.GetString(5))!.Value, Convert.ToInt32(r.GetValue(6), CultureInfo.InvariantCulture),
            Convert.ToInt32(r.GetValue(7), CultureInfo.InvariantCulture), Convert.ToDouble(r.GetValue(8), CultureInfo.InvariantCulture), Convert.ToInt32(r.GetValue(9), CultureInfo.InvariantCulture), Str(r, 10)));
    }

    public abstract IDisposable? TryTakeAssignerLock();

    private static void BindKey(DbCommand cmd, QueuedBatchKey key)
    {
        Bind(cmd, "submission", key.Submission);
        Bind(cmd, "submitted", ArticleCodec.EncodeDate(key.Submitted));
        Bind(cmd, "seq", key.Seq);
        Bind(cmd, "last", key.IsLast ? 1 : 0);
    }

    private static QueuedBatchKey ReadKey(DbDataReader r) =>
        new(r.GetString(0), ArticleCodec.DecodeDate(r.GetString(1))!.Value, Convert.ToInt32(r.GetValue(2), CultureInfo.InvariantCulture), Convert.ToInt32(r.GetValue(3), CultureInfo.InvariantCulture) != 0);

    private static QueuedBatchState ParseState(string state) => state switch
    {
        Staged => QueuedBatchState.Staged,
        Committed => QueuedBatchState.Committed,
        _ => QueuedBatchState.Dead,
    };
}

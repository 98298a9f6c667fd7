namespace Corroborate.Core.Store;

/// <summary>
/// The shared state of a scale-out run (see docs/scale-out.md): workers stage the batches they annotated, the one
/// assigner commits them in publication order, and every process records what it did for <c>status</c>. The
/// message broker only distributes work; what was done, and in which order, is decided here.
/// </summary>
public interface IWorkQueueStore
{
    /// <summary>
    /// Stages an annotated batch. A batch already staged or committed is left as it is (a redelivered message adds
    /// nothing); a dead-lettered batch that is replayed becomes ready again.
    /// </summary>
    void StageBatch(QueuedBatchKey key, byte[] payload, int articles, int skipped, string worker);

    /// <summary>Records that a batch was given up on and dead-lettered, so that the assigner goes on past it; a staged or committed batch is not touched.</summary>
    void MarkBatchDead(QueuedBatchKey key, string reason, string worker);

    /// <summary>
    /// The staged batch to commit next: of the batches whose predecessors in their submission are all committed or
    /// dead, the one of the earliest submission; null when none is ready.
    /// </summary>
    StagedBatch? NextStagedBatch();

    /// <summary>Marks a staged batch committed and drops its payload.</summary>
    void MarkBatchCommitted(QueuedBatchKey key);

    /// <summary>Every batch the store knows of, without payloads, in submission order.</summary>
    IReadOnlyList<QueuedBatchInfo> ListQueuedBatches();

    /// <summary>Creates or updates a process's record (a heartbeat with its running totals).</summary>
    void RecordProcess(QueueProcess process);

    IReadOnlyList<QueueProcess> ListProcesses();

    /// <summary>
    /// The assigner's lock, held until disposed or the process dies; null when another process holds it. Only the
    /// holder commits staged batches, so they are committed in one order.
    /// </summary>
    IDisposable? TryTakeAssignerLock();
}

/// <param name="Submission">The id of one <c>submit</c> run.</param>
/// <param name="Submitted">When that run began; earlier submissions are committed first.</param>
/// <param name="Seq">The batch's position in its submission, from 0.</param>
/// <param name="IsLast">Whether it is the submission's last batch.</param>
public sealed record QueuedBatchKey(string Submission, DateTimeOffset Submitted, int Seq, bool IsLast);

public sealed record StagedBatch(QueuedBatchKey Key, byte[] Payload);

public enum QueuedBatchState { Staged, Committed, Dead }

public sealed record QueuedBatchInfo(
    QueuedBatchKey Key, QueuedBatchState State, int Articles, int Skipped, string? Reason, string? Worker, DateTimeOffset Updated);

/// <param name="Id">Unique per process run (host, pid and start time).</param>
/// <param name="Role">"worker" or "assigner".</param>
/// <param name="CpuSeconds">The process's CPU time so far.</param>
public sealed record QueueProcess(
    string Id, string Role, string Host, int Pid, DateTimeOffset Started, DateTimeOffset Seen,
    int Batches, int Articles, double CpuSeconds, int Failures, string? LastError);

using System.Diagnostics;
using Corroborate.Core.Ingest;
using Corroborate.Core.Store;

namespace Corroborate.Queue;

/// <summary>
/// The one ordered corpus consumer: commits the batches the workers staged, in the order they were published (a
/// submission's batches in sequence, earlier submissions first), through the same <see cref="BatchCommitter"/> as
/// a single-process ingest — store the articles and annotations, then copies, stories and entity resolution — so the
/// result does not depend on which worker was faster. Only the holder of the store's assigner lock commits; a second
/// assigner waits as a standby and takes over when the first one's process ends. A batch is marked committed after
/// its corpus stages; an assigner killed in between commits it again, which the stages take as a re-ingest.
/// </summary>
public sealed class Assigner(string db, Action<string> log)
{
    /// <summary>Stop after no staged batch has been ready for this long (benchmarks, tests); null runs until cancelled.</summary>
    public TimeSpan? ExitWhenIdle { get; init; }

    public TimeSpan Poll { get; init; } = TimeSpan.FromMilliseconds(500);

    private readonly ProcessRecord _record = new("assigner");

    /// <summary>The current run's commits: one submission's batches (see <see cref="BatchCommitter"/>).</summary>
    private BatchCommitter _committer = new();

    public async Task<ProcessRecord> RunAsync(CancellationToken cancel)
    {
        using var store = new StoreConnection(db);
        var idleSince = DateTime.UtcNow;
        // A database restart ends the session that held the lock, and a standby may take it: the lock is taken again
        // after every outage, before anything more is committed.
        while (!cancel.IsCancellationRequested && await TakeLockAsync(store, cancel) is { } held)
        {
            using (held)
            {
                try { idleSince = await CommitWhileReadyAsync(store, idleSince, cancel); }
                catch (StoreUnavailableException e)
                {
                    _record.Failed(e.Message);
                    log($"{e.Message}; waiting for the database");
                    continue;
                }
            }
            break;
        }
        _record.TrySave(store);
        return _record;
    }

    /// <summary>Commits ready batches until cancelled or idle for <see cref="ExitWhenIdle"/>; returns when it last had work.</summary>
    private async Task<DateTime> CommitWhileReadyAsync(StoreConnection store, DateTime idleSince, CancellationToken cancel)
    {
        bool uncompleted = false;
        while (!cancel.IsCancellationRequested)
        {
            if (store.Use(s => s.NextStagedBatch()) is { } staged)
            {
                Commit(store, staged);
                uncompleted = !staged.Key.IsLast;
                if (staged.Key.IsLast)
                {
                    // The end of a submission is the end of a run: the corpus stages finish their run-level work,
                    // and the next submission is a new run (its texts are compared with the store, not with this run's).
                    store.Use(_committer.Complete);
                    _committer = new BatchCommitter();
                }
                idleSince = DateTime.UtcNow;
                continue;
            }
            if (uncompleted) store.Use(_committer.CompleteStages);
            uncompleted = false;
            // Not TrySave: an outage must reach RunAsync, because the lock's session ended with it.
            _record.Save(store);
            if (ExitWhenIdle is { } idle && DateTime.UtcNow - idleSince > idle) break;
            await Task.Delay(Poll, cancel).ContinueWith(_ => { }, TaskScheduler.Default);
        }
        return idleSince;
    }

    private void Commit(StoreConnection store, StagedBatch staged)
    {
        var watch = Stopwatch.StartNew();
        IngestBatch batch;
        try { batch = StagedBatchCodec.Decode(staged.Payload); }
        catch (InvalidDataException e)
        {
            _record.Failed(e.Message);
            store.Use(s => s.MarkBatchDead(staged.Key, $"staged batch unreadable: {e.Message}", _record.Id));
            log($"batch {staged.Key.Seq} of {staged.Key.Submission} could not be read and is recorded dead: {e.Message}");
            return;
        }
        var (fresh, added) = store.Use(s => _committer.Commit(s, batch.Articles));
        store.Use(s => s.MarkBatchCommitted(staged.Key));
        _record.Done(fresh.Count);
        _record.Save(store);
        log($"batch {staged.Key.Seq} of {staged.Key.Submission}: {fresh.Count} articles ({added} new) committed in {watch.Elapsed.TotalSeconds:0.0} s");
    }

    /// <summary>The assigner lock, waiting as a standby while another process holds it; null when cancelled first.</summary>
    private async Task<IDisposable?> TakeLockAsync(StoreConnection store, CancellationToken cancel)
    {
        bool told = false;
        while (!cancel.IsCancellationRequested)
        {
            try
            {
                if (store.Use(s => s.TryTakeAssignerLock()) is { } held)
                {
                    log($"assigner {Environment.ProcessId} holds the assigner lock; committing staged batches in publication order");
                    return held;
                }
                if (!told) log("another assigner holds the lock; standing by until it stops");
                told = true;
            }
            catch (StoreUnavailableException e) { log($"{e.Message}; waiting for the database"); }
            await Task.Delay(TimeSpan.FromSeconds(2), cancel).ContinueWith(_ => { }, TaskScheduler.Default);
        }
        return null;
    }
}

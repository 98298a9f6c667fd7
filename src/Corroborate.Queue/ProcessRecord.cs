using System.Diagnostics;
using Corroborate.Core.Store;

namespace Corroborate.Queue;

/// <summary>What one worker or assigner process has done so far, written to the store as its heartbeat for <c>status</c>.</summary>
public sealed class ProcessRecord(string role)
{
    private readonly DateTimeOffset _started = DateTimeOffset.UtcNow;

    public string Id { get; } = $"{role}-{Environment.MachineName}-{Environment.ProcessId}-{DateTimeOffset.UtcNow.ToUnixTimeMilliseconds()}";

    public int Batches { get; private set; }

    public int Articles { get; private set; }

    public int Failures { get; private set; }

    public string? LastError { get; private set; }

    public void Done(int articles)
    {
        Batches++;
        Articles += articles;
    }

    public void Failed(string error)
    {
        Failures++;
        LastError = error;
    }

    public QueueProcess Snapshot() => new(Id, role, Environment.MachineName, Environment.ProcessId, _started, DateTimeOffset.UtcNow,
        Batches, Articles, Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds, Failures, LastError);

    /// <exception cref="StoreUnavailableException">When the database is away.</exception>
    public void Save(StoreConnection store) => store.Use(s => s.RecordProcess(Snapshot()));

    /// <summary>Writes the heartbeat; a database that is away only delays it, and the outage shows in the next one.</summary>
    public void TrySave(StoreConnection store)
    {
        try { Save(store); }
        catch (StoreUnavailableException e) { Failed(e.Message); }
    }
}

using Corroborate.Core.Store;

namespace Corroborate.Queue;

/// <summary>What <c>status</c> shows: the broker's queues, each submission's progress, the assigner's lag and every process.</summary>
public sealed record QueueStatus(
    IReadOnlyList<QueueStatus.QueueDepth> Queues, string? BrokerError,
    IReadOnlyList<QueueStatus.Submission> Submissions, QueueStatus.Lag? AssignerLag,
    IReadOnlyList<QueueStatus.ProcessState> Processes, IReadOnlyList<QueuedBatchInfo> DeadBatches, string? StoreError)
{
    /// <summary>A process that has not written its heartbeat for this long is reported gone.</summary>
    public static readonly TimeSpan Silence = TimeSpan.FromSeconds(30);

    public sealed record QueueDepth(string Name, uint Messages, uint Consumers);

    /// <param name="Waiting">What the assigner waits for in this submission, or null when it is done.</param>
    public sealed record Submission(string Id, DateTimeOffset Submitted, int? Batches, int Staged, int Committed, int Dead, int Articles, string? Waiting);

    /// <param name="Batches">Staged batches not yet committed, and their articles.</param>
    public sealed record Lag(int Batches, int Articles, TimeSpan OldestWaiting);

    public sealed record ProcessState(QueueProcess Process, bool Alive, double ArticlesPerSecond, double CpuMsPerArticle);

    public static async Task<QueueStatus> GatherAsync(QueueSettings settings, string db, CancellationToken cancel = default)
    {
        var (queues, brokerError) = await BrokerQueuesAsync(settings, cancel);
        try
        {
            using var store = new StoreConnection(db);
            var batches = store.Use(s => s.ListQueuedBatches());
            var processes = store.Use(s => s.ListProcesses());
            var now = DateTimeOffset.UtcNow;
            var staged = batches.Where(b => b.State == QueuedBatchState.Staged).ToList();
            var lag = staged.Count == 0 ? null : new Lag(staged.Count, staged.Sum(b => b.Articles), now - staged.Min(b => b.Updated));
            return new QueueStatus(queues, brokerError, SubmissionsOf(batches), lag, processes.Select(p => State(p, now)).ToList(),
                batches.Where(b => b.State == QueuedBatchState.Dead).ToList(), null);
        }
        catch (StoreUnavailableException e)
        {
            return new QueueStatus(queues, brokerError, [], null, [], [], e.Message);
        }
    }

    private static async Task<(IReadOnlyList<QueueDepth>, string?)> BrokerQueuesAsync(QueueSettings settings, CancellationToken cancel)
    {
        try
        {
            await using var connection = await Broker.ConnectAsync(settings, "corroborate status", TimeSpan.FromSeconds(5), _ => { }, cancel);
            await using var channel = await connection.CreateChannelAsync(cancellationToken: cancel);
            await Broker.DeclareQueuesAsync(channel, settings);
            var depths = new List<QueueDepth>();
            foreach (var name in new[] { settings.BatchQueue, settings.DeadLetterQueue })
            {
                var q = await channel.QueueDeclarePassiveAsync(name, cancel);
                depths.Add(new QueueDepth(name, q.MessageCount, q.ConsumerCount));
            }
            return (depths, null);
        }
        catch (QueueException e) { return ([], e.Message); }
    }

    private static List<Submission> SubmissionsOf(IReadOnlyList<QueuedBatchInfo> batches) => batches
        .GroupBy(b => b.Key.Submission)
        .Select(g =>
        {
            var bySeq = g.ToDictionary(b => b.Key.Seq);
            int? total = g.FirstOrDefault(b => b.Key.IsLast) is { } last ? last.Key.Seq + 1 : null;
            int next = 0;
            while (bySeq.TryGetValue(next, out var b) && b.State != QueuedBatchState.Staged) next++;
            string? waiting = total == next ? null
                : bySeq.ContainsKey(next) ? $"batch {next} is staged and next to commit"
                : $"batch {next} is not staged yet (in the queue, in a worker, or not published)";
            return new Submission(g.Key, g.First().Key.Submitted, total, g.Count(b => b.State == QueuedBatchState.Staged),
                g.Count(b => b.State == QueuedBatchState.Committed), g.Count(b => b.State == QueuedBatchState.Dead), g.Sum(b => b.Articles), waiting);
        })
        .OrderBy(s => s.Submitted)
        .ToList();

    private static ProcessState State(QueueProcess p, DateTimeOffset now)
    {
        double seconds = Math.Max(1e-3, (p.Seen - p.Started).TotalSeconds);
        return new ProcessState(p, now - p.Seen < Silence, p.Articles / seconds, p.Articles == 0 ? 0 : 1000 * p.CpuSeconds / p.Articles);
    }
}

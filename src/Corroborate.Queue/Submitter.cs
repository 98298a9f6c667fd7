using Corroborate.Core.Ingest;
using Corroborate.Core.Store;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace Corroborate.Queue;

/// <summary>
/// Reads inputs with the same readers, limits and batching as <c>ingest</c> and publishes each batch of drafts as one
/// persistent message, confirmed by the broker before the next is read. Batches carry their place in this
/// submission, so the assigner commits them in the order they were read, whichever worker annotates them first.
/// </summary>
public sealed class Submitter(QueueSettings settings, Action<string> log)
{
    /// <summary>How long a publish is tried again while the broker is away (restarting) before the submission gives up.</summary>
    public TimeSpan BrokerPatience { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>Waits while the batch queue holds this many messages, so a large archive does not fill the broker's disk and memory.</summary>
    public int MaxQueued { get; init; } = DefaultMaxQueued;

    public const int DefaultMaxQueued = 200;

    /// <param name="Submission">The id the batches carry (see <c>status</c>).</param>
    public sealed record Outcome(string Submission, int Batches, int Drafts, IReadOnlyList<SkippedInput> Skipped);

    public async Task<Outcome> SubmitAsync(IEnumerable<DraftBatch> batches, CancellationToken cancel = default)
    {
        var submitted = DateTimeOffset.UtcNow;
        string submission = $"{submitted:yyyyMMddHHmmssfff}-{Guid.NewGuid():N}"[..32];
        await using var connection = await Broker.ConnectAsync(settings, "corroborate submit", BrokerPatience, log, cancel);
        await using var channel = await connection.CreateChannelAsync(new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true), cancel);
        await Broker.DeclareQueuesAsync(channel, settings);
        int seq = 0, drafts = 0;
        var skipped = new List<SkippedInput>();
        DraftBatch? held = null;
        // Each batch is held until the next is read, so that the last one can say it is the last.
        foreach (var batch in batches)
        {
            if (held is not null) await PublishAsync(channel, new QueuedBatchKey(submission, submitted, seq++, false), held, cancel);
            held = batch;
            drafts += batch.Drafts.Count;
            skipped.AddRange(batch.Skipped);
        }
        if (held is not null) await PublishAsync(channel, new QueuedBatchKey(submission, submitted, seq++, true), held, cancel);
        return new Outcome(submission, seq, drafts, skipped);
    }

    private async Task PublishAsync(IChannel channel, QueuedBatchKey key, DraftBatch batch, CancellationToken cancel)
    {
        var body = BatchMessage.Encode(batch);
        var properties = BatchMessage.Properties(key, body);
        var deadline = DateTime.UtcNow + BrokerPatience;
        while (true)
        {
            try
            {
                await WaitForRoomAsync(channel, cancel);
                await channel.BasicPublishAsync("", settings.BatchQueue, mandatory: true, properties, body, cancel);
                return;
            }
            catch (Exception e) when (e is AlreadyClosedException or PublishException or OperationInterruptedException or IOException && DateTime.UtcNow < deadline)
            {
                // The broker went away or refused the message: the client reconnects by itself; publish again (a
                // message that did arrive twice is staged once).
                log($"publishing batch {key.Seq} failed ({e.Message}); trying again");
                await Task.Delay(TimeSpan.FromSeconds(2), cancel);
            }
            catch (Exception e) when (e is AlreadyClosedException or PublishException or OperationInterruptedException or IOException)
            {
                throw new QueueException($"could not publish batch {key.Seq} of submission {key.Submission} within {BrokerPatience.TotalSeconds:0} s: {e.Message}", e);
            }
        }
    }

    private async Task WaitForRoomAsync(IChannel channel, CancellationToken cancel)
    {
        bool told = false;
        while ((await channel.QueueDeclarePassiveAsync(settings.BatchQueue, cancel)).MessageCount >= MaxQueued)
        {
            if (!told) log($"the queue holds {MaxQueued} batches or more; waiting for the workers");
            told = true;
            await Task.Delay(TimeSpan.FromSeconds(1), cancel);
        }
    }
}

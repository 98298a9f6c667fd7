using System.Diagnostics;
using Corroborate.Core.Ingest;
using Corroborate.Core.Store;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;
using RabbitMQ.Client.Exceptions;

namespace Corroborate.Queue;

/// <summary>
/// Consumes batches of drafts, runs the per-article stages on each and stages the annotated batch in the store;
/// the message is acknowledged only after the database committed it, so a worker killed at any moment loses
/// nothing (the broker delivers the message again) and a message delivered twice is staged once. A batch that fails
/// is published again with its attempt count; after <see cref="QueueSettings.MaxAttempts"/> it goes to the
/// dead-letter queue with the reason and is recorded dead, so the assigner goes on past it. A database that is
/// away is not the batch's fault: the message is put back and the worker waits for the database.
/// </summary>
public sealed class Worker(QueueSettings settings, string db, IngestOptions options, Action<string> log)
{
    /// <summary>Stop after the queue has given no work for this long (benchmarks, tests); null runs until cancelled.</summary>
    public TimeSpan? ExitWhenIdle { get; init; }

    private static readonly TimeSpan Heartbeat = TimeSpan.FromSeconds(5);

    private readonly ProcessRecord _record = new("worker");
    private readonly Ingestor _ingestor = new(options);
    private readonly SemaphoreSlim _busy = new(1, 1);
    private DateTime _lastWork = DateTime.UtcNow;

    public async Task<ProcessRecord> RunAsync(CancellationToken cancel)
    {
        using var store = new StoreConnection(db);
        await using var connection = await Broker.ConnectAsync(settings, $"corroborate worker {Environment.ProcessId}", TimeSpan.FromDays(365), log, cancel);
        await using var channel = await connection.CreateChannelAsync(cancellationToken: cancel);
        await using var publisher = await connection.CreateChannelAsync(new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true), cancel);
        // The client recovers by itself; the outage is recorded so that status shows it.
        connection.ConnectionShutdownAsync += (_, e) =>
        {
            if (e.Initiator == ShutdownInitiator.Application) return Task.CompletedTask;
            _record.Failed($"broker connection lost: {e.ReplyText}");
            log($"broker connection lost ({e.ReplyText}); reconnecting");
            return Task.CompletedTask;
        };
        connection.RecoverySucceededAsync += (_, _) =>
        {
            log("broker connection recovered; consuming again");
            return Task.CompletedTask;
        };
        await Broker.DeclareQueuesAsync(channel, settings);
        await channel.BasicQosAsync(0, settings.Prefetch, global: false, cancel);
        var consumer = new AsyncEventingBasicConsumer(channel);
        consumer.ReceivedAsync += async (_, delivery) =>
        {
            await _busy.WaitAsync(CancellationToken.None);
            try { await HandleAsync(channel, publisher, store, delivery); }
            finally
            {
                _lastWork = DateTime.UtcNow;
                _busy.Release();
            }
        };
        await channel.BasicConsumeAsync(settings.BatchQueue, autoAck: false, consumer, cancel);
        log($"worker {Environment.ProcessId} consuming {settings.BatchQueue} on {Broker.Describe(settings.Broker)} (prefetch {settings.Prefetch})");
        try
        {
            while (!cancel.IsCancellationRequested)
            {
                await Task.Delay(Heartbeat, cancel).ContinueWith(_ => { }, TaskScheduler.Default);
                await _busy.WaitAsync(CancellationToken.None);
                try
                {
                    _record.TrySave(store);
                    if (ExitWhenIdle is { } idle && DateTime.UtcNow - _lastWork > idle) break;
                }
                finally { _busy.Release(); }
            }
        }
        finally
        {
            // Messages received but not handled go back to the queue when the channel closes.
            await _busy.WaitAsync(CancellationToken.None);
            _record.TrySave(store);
        }
        return _record;
    }

    private async Task HandleAsync(IChannel channel, IChannel publisher, StoreConnection store, BasicDeliverEventArgs delivery)
    {
        var key = BatchMessage.KeyOf(delivery.BasicProperties);
        var body = delivery.Body.ToArray(); // the client reuses the buffer after the handler returns
        try
        {
            if (key is null)
            {
                await DeadLetterAsync(publisher, store, null, delivery.BasicProperties, body, 1, "the message does not say which submission and batch it is (it was not published by submit)");
            }
            else
            {
                var watch = Stopwatch.StartNew();
                var batch = await Task.Run(() => _ingestor.Annotate(BatchMessage.Decode(body)));
                var payload = StagedBatchCodec.Encode(batch);
                store.Use(s => s.StageBatch(key, payload, batch.Articles.Count, batch.Skipped.Count, _record.Id));
                _record.Done(batch.Articles.Count);
                log($"batch {key.Seq} of {key.Submission}: {batch.Articles.Count} articles, {batch.Skipped.Count} skipped, staged in {watch.Elapsed.TotalSeconds:0.0} s");
            }
            await channel.BasicAckAsync(delivery.DeliveryTag, multiple: false);
        }
        catch (StoreUnavailableException e)
        {
            _record.Failed(e.Message);
            log($"{e.Message}; the batch goes back to the queue and the worker waits");
            await Task.Delay(TimeSpan.FromSeconds(3));
            await Settle(() => channel.BasicNackAsync(delivery.DeliveryTag, multiple: false, requeue: true).AsTask());
        }
        catch (Exception e) when (e is AlreadyClosedException or OperationInterruptedException)
        {
            // The broker went away: it delivers the unacknowledged message again after recovery.
            log($"the broker connection was lost while handling batch {key?.Seq} ({e.Message}); it will be delivered again");
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            int attempts = BatchMessage.AttemptsOf(delivery.BasicProperties) + 1;
            bool hopeless = e is InvalidDataException; // a body that is not a batch of drafts will not become one
            string reason = $"{e.GetType().Name}: {e.Message}";
            _record.Failed(reason);
            await Settle(async () =>
            {
                if (hopeless || attempts >= settings.MaxAttempts) await DeadLetterAsync(publisher, store, key, delivery.BasicProperties, body, attempts, reason);
                else
                {
                    log($"batch {key?.Seq} of {key?.Submission} failed (attempt {attempts} of {settings.MaxAttempts}): {reason}");
                    await publisher.BasicPublishAsync("", settings.BatchQueue, mandatory: true, BatchMessage.Retagged(delivery.BasicProperties, attempts, reason), body);
                }
                await channel.BasicAckAsync(delivery.DeliveryTag, multiple: false);
            });
        }
    }

    /// <summary>Records the batch dead (so the assigner goes past it), then moves the message to the dead-letter queue.</summary>
    private async Task DeadLetterAsync(IChannel publisher, StoreConnection store, QueuedBatchKey? key, IReadOnlyBasicProperties properties, byte[] body, int attempts, string reason)
    {
        if (key is not null) store.Use(s => s.MarkBatchDead(key, reason, _record.Id));
        await publisher.BasicPublishAsync("", settings.DeadLetterQueue, mandatory: true, BatchMessage.Retagged(properties, attempts, reason), body);
        log($"batch {key?.Seq.ToString() ?? "?"} of {key?.Submission ?? "an unknown submission"} dead-lettered after {attempts} attempt(s): {reason}");
    }

    /// <summary>Acknowledgements and re-publishing after a failure; if the broker or database is away the message is delivered again anyway.</summary>
    private async Task Settle(Func<Task> step)
    {
        try { await step(); }
        catch (Exception e) when (e is AlreadyClosedException or OperationInterruptedException or PublishException or StoreUnavailableException)
        {
            log($"could not settle the message ({e.Message}); it will be delivered again");
        }
    }
}

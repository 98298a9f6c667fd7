using Corroborate.Core.Store;
using RabbitMQ.Client;

namespace Corroborate.Queue;

/// <summary>The dead-letter queue: batches given up on after repeated failures, with why, and their replay.</summary>
public sealed class DeadLetters(QueueSettings settings, Action<string> log)
{
    public sealed record Letter(QueuedBatchKey? Key, int Attempts, string? Reason, int Bytes, string? MessageId);

    /// <summary>The dead letters, left in their queue.</summary>
    public Task<IReadOnlyList<Letter>> ListAsync(CancellationToken cancel = default) => WalkAsync(_ => false, cancel);

    /// <summary>Publishes the chosen dead letters to the batch queue again with a fresh attempt count; the others stay.</summary>
    public Task<IReadOnlyList<Letter>> ReplayAsync(Func<Letter, bool> chosen, CancellationToken cancel = default) => WalkAsync(chosen, cancel);

    /// <summary>
    /// Takes every dead letter without acknowledging it (so none is seen twice), replays the chosen ones and
    /// acknowledges them once the broker confirmed the replay, and puts the rest back.
    /// </summary>
    private async Task<IReadOnlyList<Letter>> WalkAsync(Func<Letter, bool> replay, CancellationToken cancel)
    {
        await using var connection = await Broker.ConnectAsync(settings, "corroborate dead-letters", TimeSpan.FromSeconds(30), log, cancel);
        await using var channel = await connection.CreateChannelAsync(new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true), cancel);
        await Broker.DeclareQueuesAsync(channel, settings);
        var letters = new List<Letter>();
        var keep = new List<ulong>();
        while (await channel.BasicGetAsync(settings.DeadLetterQueue, autoAck: false, cancel) is { } got)
        {
            var p = got.BasicProperties;
            var letter = new Letter(BatchMessage.KeyOf(p), BatchMessage.AttemptsOf(p), BatchMessage.ReasonOf(p), got.Body.Length, p.MessageId);
            if (replay(letter))
            {
                await channel.BasicPublishAsync("", settings.BatchQueue, mandatory: true, BatchMessage.Retagged(p, 0, null), got.Body, cancel);
                await channel.BasicAckAsync(got.DeliveryTag, multiple: false, cancel);
            }
            else keep.Add(got.DeliveryTag);
            letters.Add(letter);
        }
        foreach (var tag in keep) await channel.BasicNackAsync(tag, multiple: false, requeue: true, cancel);
        return letters;
    }
}

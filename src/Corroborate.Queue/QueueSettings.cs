namespace Corroborate.Queue;

/// <summary>Where the broker is and how the queue's processes behave; every role reads the same settings.</summary>
/// <param name="Broker">amqp://user:password@host:port/vhost</param>
/// <param name="Name">Prefix of the queues: NAME.batches carries batches to annotate, NAME.dead-letters the ones given up on.</param>
/// <param name="Prefetch">Messages a worker holds unacknowledged; the broker sends no more until it acknowledges (back-pressure).</param>
/// <param name="MaxAttempts">Failed attempts after which a message is dead-lettered.</param>
public sealed record QueueSettings(Uri Broker, string Name = QueueSettings.DefaultName, ushort Prefetch = 1, int MaxAttempts = 3)
{
    public const string DefaultName = "corroborate";

    public string BatchQueue => Name + ".batches";

    public string DeadLetterQueue => Name + ".dead-letters";

    /// <exception cref="QueueException">When <paramref name="url"/> is not an amqp:// or amqps:// URL.</exception>
    public static Uri ParseBroker(string url)
    {
        if (Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "amqp" or "amqps" && uri.Host.Length > 0) return uri;
        throw new QueueException($"not a broker URL: '{url}' (use amqp://user:password@host:5672/)");
    }
}

/// <summary>The broker or the queue could not be used; the message says why in terms a user can act on.</summary>
public sealed class QueueException(string message, Exception? inner = null) : Exception(message, inner);

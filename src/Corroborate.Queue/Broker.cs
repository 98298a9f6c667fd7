using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace Corroborate.Queue;

/// <summary>
/// Connections to RabbitMQ with the client's own recovery: after a broker restart the connection, its channels, the
/// queues and the consumers come back by themselves, and messages that were not acknowledged are delivered again.
/// </summary>
public static class Broker
{
    /// <summary>Connects, trying again every few seconds until <paramref name="patience"/> has passed.</summary>
    /// <exception cref="QueueException">When the broker cannot be reached in time or refuses the login.</exception>
    public static async Task<IConnection> ConnectAsync(QueueSettings settings, string clientName, TimeSpan patience, Action<string> log, CancellationToken cancel = default)
    {
        var factory = new ConnectionFactory
        {
            Uri = settings.Broker,
            ClientProvidedName = clientName,
            AutomaticRecoveryEnabled = true,
            TopologyRecoveryEnabled = true,
            NetworkRecoveryInterval = TimeSpan.FromSeconds(2),
            RequestedHeartbeat = TimeSpan.FromSeconds(20),
        };
        var deadline = DateTime.UtcNow + patience;
        for (int attempt = 1; ; attempt++)
        {
            try
            {
                return await factory.CreateConnectionAsync(cancel);
            }
            catch (BrokerUnreachableException e) when (DateTime.UtcNow < deadline && !IsLoginRefused(e))
            {
                var wait = TimeSpan.FromSeconds(Math.Min(10, attempt * 2));
                log($"broker {Describe(settings.Broker)} unreachable ({e.InnerException?.Message ?? e.Message}); trying again in {wait.TotalSeconds:0} s");
                await Task.Delay(wait, cancel);
            }
            catch (BrokerUnreachableException e)
            {
                throw new QueueException($"cannot reach the broker {Describe(settings.Broker)}: {(IsLoginRefused(e) ? "login refused" : e.InnerException?.Message ?? e.Message)}", e);
            }
        }
    }

    /// <summary>Declares both queues (durable, so that messages marked persistent outlive a broker restart).</summary>
    public static async Task DeclareQueuesAsync(IChannel channel, QueueSettings settings)
    {
        await channel.QueueDeclareAsync(settings.BatchQueue, durable: true, exclusive: false, autoDelete: false);
        await channel.QueueDeclareAsync(settings.DeadLetterQueue, durable: true, exclusive: false, autoDelete: false);
    }

    /// <summary>The broker URL without its password, for messages.</summary>
    public static string Describe(Uri broker) => $"{broker.Scheme}://{broker.Host}:{(broker.Port > 0 ? broker.Port : 5672)}{broker.AbsolutePath}";

    private static bool IsLoginRefused(BrokerUnreachableException e) => e.InnerException is AuthenticationFailureException;
}

using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Serialization;
using Corroborate.Core.Ingest;
using Corroborate.Core.Store;
using RabbitMQ.Client;

namespace Corroborate.Queue;

/// <summary>
/// One message: a batch of drafts as the inputs were read (Brotli-compressed JSON), with its place in its
/// submission in the headers, so that a worker annotates exactly the batch a single process would and the assigner
/// knows where it goes even when its body cannot be read.
/// </summary>
public static class BatchMessage
{
    public const string ContentType = "application/vnd.corroborate.drafts+json";

    private const string SubmissionHeader = "corroborate-submission", SubmittedHeader = "corroborate-submitted", SeqHeader = "corroborate-seq",
        LastHeader = "corroborate-last", AttemptsHeader = "corroborate-attempts", ReasonHeader = "corroborate-reason";

    public static byte[] Encode(DraftBatch batch) => CompressedJson.Encode(batch, MessageJson.Default.DraftBatch);

    /// <exception cref="InvalidDataException">When the body is not a batch of drafts.</exception>
    public static DraftBatch Decode(ReadOnlyMemory<byte> body) => CompressedJson.Decode(body.ToArray(), MessageJson.Default.DraftBatch, "a batch of drafts");

    /// <summary>Persistent properties for a batch; the message id is a hash of the body, which identifies the content.</summary>
    public static BasicProperties Properties(QueuedBatchKey key, ReadOnlyMemory<byte> body, int attempts = 0, string? reason = null)
    {
        var headers = new Dictionary<string, object?>
        {
            [SubmissionHeader] = key.Submission,
            [SubmittedHeader] = key.Submitted.UtcDateTime.ToString("o", CultureInfo.InvariantCulture),
            [SeqHeader] = key.Seq,
            [LastHeader] = key.IsLast,
            [AttemptsHeader] = attempts,
        };
        if (reason is not null) headers[ReasonHeader] = reason;
        return new BasicProperties
        {
            Persistent = true,
            ContentType = ContentType,
            ContentEncoding = "br",
            MessageId = Convert.ToHexStringLower(SHA256.HashData(body.Span))[..32],
            Headers = headers,
        };
    }

    /// <summary>The batch's place, or null when the headers do not say (a message not from <c>submit</c>).</summary>
    public static QueuedBatchKey? KeyOf(IReadOnlyBasicProperties properties)
    {
        var h = properties.Headers;
        if (h is null || Text(h, SubmissionHeader) is not { } submission || Text(h, SubmittedHeader) is not { } submitted ||
            !DateTimeOffset.TryParse(submitted, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var when) ||
            !h.TryGetValue(SeqHeader, out var seq) || seq is not int position || position < 0)
            return null;
        return new QueuedBatchKey(submission, when, position, h.TryGetValue(LastHeader, out var last) && last is true);
    }

    public static int AttemptsOf(IReadOnlyBasicProperties properties) =>
        properties.Headers is { } h && h.TryGetValue(AttemptsHeader, out var a) && a is int n ? n : 0;

    public static string? ReasonOf(IReadOnlyBasicProperties properties) => properties.Headers is { } h ? Text(h, ReasonHeader) : null;

    /// <summary>The same message with its attempts and reason replaced (a retry, a dead letter, a replay).</summary>
    public static BasicProperties Retagged(IReadOnlyBasicProperties original, int attempts, string? reason)
    {
        var headers = new Dictionary<string, object?>(original.Headers ?? new Dictionary<string, object?>()) { [AttemptsHeader] = attempts };
        if (reason is null) headers.Remove(ReasonHeader);
        else headers[ReasonHeader] = reason;
        return new BasicProperties(original) { Headers = headers };
    }

    /// <summary>AMQP carries header strings as bytes.</summary>
    private static string? Text(IDictionary<string, object?> headers, string name) => headers.TryGetValue(name, out var v) ? v switch
    {
        byte[] bytes => Encoding.UTF8.GetString(bytes),
        string s => s,
        _ => null,
    } : null;
}

[JsonSerializable(typeof(DraftBatch))]
internal sealed partial class MessageJson : JsonSerializerContext;

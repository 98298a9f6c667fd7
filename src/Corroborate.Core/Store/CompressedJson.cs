using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Corroborate.Core.Store;

/// <summary>
/// Brotli-compressed JSON, the one encoding of values kept as bytes: stored annotations, staged batches and queue
/// messages. Fastest level: the values are written once per batch on the ingest path and read often.
/// </summary>
public static class CompressedJson
{
    public static byte[] Encode<T>(T value, JsonTypeInfo<T> type)
    {
        using var buffer = new MemoryStream();
        using (var zip = new BrotliStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
            JsonSerializer.Serialize(zip, value, type);
        return buffer.ToArray();
    }

    /// <param name="what">Names the value in the error, e.g. "a staged batch".</param>
    /// <exception cref="InvalidDataException">When the bytes are not compressed JSON of <typeparamref name="T"/>, or hold null.</exception>
    public static T Decode<T>(byte[] data, JsonTypeInfo<T> type, string what)
    {
        try
        {
            using var zip = new BrotliStream(new MemoryStream(data), CompressionMode.Decompress);
            return JsonSerializer.Deserialize(zip, type) ?? throw new InvalidDataException($"not {what}: empty");
        }
        // Brotli reports bytes that are not compressed data as an invalid operation.
        catch (Exception e) when (e is JsonException or InvalidOperationException) { throw new InvalidDataException($"not {what}: {e.Message}", e); }
    }
}

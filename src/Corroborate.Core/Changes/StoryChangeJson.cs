using System.Text.Encodings.Web;
using System.Text.Json;

namespace Corroborate.Core.Changes;

/// <summary>
/// The one JSON form of change records (snake_case, as the rest of the API), used by the store, the HTTP API, the
/// <c>changes --json</c> command and webhooks, so every consumer reads the same document (docs/changes.md).
/// </summary>
public static class StoryChangeJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        // Readable non-ASCII; the JSON is never inlined into HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The document a webhook receives and the API answers with: <c>{"changes": [...]}</c>.</summary>
    public sealed record Document(IReadOnlyList<StoryChange> Changes);

    public static string Serialize(IReadOnlyList<StoryChange> changes) =>
        JsonSerializer.Serialize(new Document(changes), Options);

    public static string Encode<T>(T value) => JsonSerializer.Serialize(value, Options);

    /// <exception cref="InvalidDataException">The text is not the stored form of <typeparamref name="T"/>.</exception>
    public static T Decode<T>(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<T>(json, Options)
                ?? throw new InvalidDataException("stored change data is null");
        }
        catch (JsonException e) { throw new InvalidDataException($"stored change data is unreadable: {e.Message}", e); }
    }
}

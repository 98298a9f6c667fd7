using System.Globalization;
using System.Text.Json;
using Corroborate.Core;

namespace Corroborate.Storage;

/// <summary>How an article's structured fields are written to and read from plain text columns.</summary>
public static class ArticleCodec
{
    public static string EncodeDate(DateTimeOffset? d) => d?.ToString("o", CultureInfo.InvariantCulture) ?? "";

    public static DateTimeOffset? DecodeDate(string? s) =>
        string.IsNullOrEmpty(s) ? null : DateTimeOffset.Parse(s, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);

    public static string EncodeOffsets(OffsetMap map) => JsonSerializer.Serialize(map.Anchors.Select(a => new[] { a.Derived, a.Original }));

    public static OffsetMap DecodeOffsets(string json) =>
        new(JsonSerializer.Deserialize<int[][]>(json)!.Select(a => (a[0], a[1])).ToList());

    public static string EncodeSpans(IReadOnlyList<TextSpan> spans) => JsonSerializer.Serialize(spans.Select(s => new[] { s.Start, s.End }));

    public static IReadOnlyList<TextSpan> DecodeSpans(string json) =>
        JsonSerializer.Deserialize<int[][]>(json)!.Select(a => new TextSpan(a[0], a[1])).ToList();

    public static string EncodeRemoved(IReadOnlyList<RemovedLine> lines) => JsonSerializer.Serialize(lines);

    public static IReadOnlyList<RemovedLine> DecodeRemoved(string json) => JsonSerializer.Deserialize<List<RemovedLine>>(json)!;
}

/// <summary>A store could not be opened or used; the message says why in terms a user can act on.</summary>
public sealed class StoreException(string message, Exception? inner = null) : Exception(message, inner);

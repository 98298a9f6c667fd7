using System.Text.Json;

namespace Corroborate.Core.Extraction.Evaluation;

/// <summary>One page of an extraction benchmark: its id, gold body text and URL.</summary>
public sealed record GoldPage(string Id, string Body, string? Url);

/// <summary>
/// Reads the article-extraction benchmark's files: the gold file {id: {articleBody, url}} and prediction
/// files, either the same shape or wrapped as {"output": {...}, "version": ...}.
/// </summary>
public static class ExtractionGold
{
    public static IReadOnlyList<GoldPage> ReadGold(string path)
    {
        var pages = new List<GoldPage>();
        foreach (var (id, entry) in Entries(path))
            pages.Add(new GoldPage(id, Body(entry), entry.TryGetProperty("url", out var url) && url.ValueKind == JsonValueKind.String ? url.GetString() : null));
        return pages.OrderBy(p => p.Id, StringComparer.Ordinal).ToList();
    }

    public static IReadOnlyDictionary<string, string> ReadPredictions(string path) =>
        Entries(path).ToDictionary(e => e.Id, e => Body(e.Entry), StringComparer.Ordinal);

    private static IEnumerable<(string Id, JsonElement Entry)> Entries(string path)
    {
        using var stream = File.OpenRead(path);
        using var doc = JsonDocument.Parse(stream);
        var root = doc.RootElement;
        if (root.ValueKind != JsonValueKind.Object) throw new InvalidDataException($"{path}: expected a JSON object of pages");
        if (root.TryGetProperty("output", out var wrapped) && wrapped.ValueKind == JsonValueKind.Object) root = wrapped;
        var entries = new List<(string, JsonElement)>();
        foreach (var property in root.EnumerateObject())
            if (property.Value.ValueKind == JsonValueKind.Object) entries.Add((property.Name, property.Value.Clone()));
        return entries;
    }

    private static string Body(JsonElement entry) =>
        entry.TryGetProperty("articleBody", out var body) && body.ValueKind == JsonValueKind.String ? body.GetString() ?? "" : "";
}

using System.Text.Json;
using AngleSharp.Dom;

namespace Corroborate.Core.Extraction;

/// <summary>Reads schema.org JSON-LD blocks: objects at the top level, in arrays and in "@graph".</summary>
internal static class LinkedData
{
    private const int MaxBlockChars = 1 << 20;

    public static List<JsonElement> Objects(IDocument document)
    {
        var objects = new List<JsonElement>();
        foreach (var script in document.QuerySelectorAll("script[type='application/ld+json' i]"))
        {
            string json = script.TextContent;
            if (json.Length > MaxBlockChars) continue;
            try
            {
                using var parsed = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 64 });
                Collect(parsed.RootElement.Clone(), objects);
            }
            catch (JsonException)
            {
                // Broken JSON-LD is common; the other metadata sources still apply.
            }
        }
        // Article-like objects first: their dates and authors are the page's.
        return objects.OrderByDescending(IsArticle).ToList();
    }

    public static string? String(List<JsonElement> objects, string property)
    {
        foreach (var o in objects)
            if (o.TryGetProperty(property, out var v) && v.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(v.GetString())) return v.GetString()!.Trim();
        return null;
    }

    public static string? AuthorName(List<JsonElement> objects)
    {
        foreach (var o in objects)
            if (o.TryGetProperty("author", out var author) && NameOf(author) is { } name) return name;
        return null;
    }

    public static string? PublisherName(List<JsonElement> objects)
    {
        foreach (var o in objects)
            if (o.TryGetProperty("publisher", out var publisher) && NameOf(publisher) is { } name) return name;
        return null;
    }

    /// <summary>"Name", {"name": "Name"} or a list of those joined with commas.</summary>
    private static string? NameOf(JsonElement value)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                return string.IsNullOrWhiteSpace(value.GetString()) ? null : value.GetString()!.Trim();
            case JsonValueKind.Object:
                return value.TryGetProperty("name", out var name) ? NameOf(name) : null;
            case JsonValueKind.Array:
                var names = value.EnumerateArray().Select(NameOf).OfType<string>().Distinct().ToList();
                return names.Count == 0 ? null : string.Join(", ", names);
            default:
                return null;
        }
    }

    private static void Collect(JsonElement element, List<JsonElement> into)
    {
        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray()) Collect(item, into);
            return;
        }
        if (element.ValueKind != JsonValueKind.Object) return;
        into.Add(element);
        if (element.TryGetProperty("@graph", out var graph)) Collect(graph, into);
        if (element.TryGetProperty("mainEntity", out var main)) Collect(main, into);
    }

    private static bool IsArticle(JsonElement o) =>
        o.TryGetProperty("@type", out var type) && type.ToString().Contains("Article", StringComparison.OrdinalIgnoreCase)
        || o.TryGetProperty("@type", out var t2) && t2.ToString().Contains("Posting", StringComparison.OrdinalIgnoreCase);
}

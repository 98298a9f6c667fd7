using System.Globalization;
using System.Text.Json;

namespace Corroborate.Core.Ingest;

/// <summary>
/// One article per line: {url, source, title, published, text | html}. A bad line is skipped with its line
/// number; the good lines of the same file still count.
/// </summary>
public static class JsonLinesReader
{
    public static ReadResult Read(string path, string content)
    {
        var drafts = new List<ArticleDraft>();
        var skipped = new List<SkippedInput>();
        int lineNumber = 0;
        foreach (var line in content.Split('\n'))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            string where = $"{path}:{lineNumber}";
            try
            {
                using var doc = JsonDocument.Parse(line);
                var result = ReadObject(where, doc.RootElement);
                if (result.Draft is { } d) drafts.Add(d);
                else skipped.Add(new SkippedInput(where, result.Error!));
            }
            catch (JsonException e)
            {
                skipped.Add(new SkippedInput(where, $"invalid JSON: {e.Message}"));
            }
        }
        return new ReadResult(drafts, skipped);
    }

    private static (ArticleDraft? Draft, string? Error) ReadObject(string where, JsonElement obj)
    {
        if (obj.ValueKind != JsonValueKind.Object) return (null, "each line must be a JSON object");
        string? text = GetString(obj, "text");
        string? html = GetString(obj, "html");
        DateTimeOffset? published = null;
        if (GetString(obj, "published") is { } p)
        {
            if (!DateTimeOffset.TryParse(p, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
                return (null, $"'published' is not a date: \"{p}\"");
            published = parsed;
        }
        ArticleDraft? fromHtml = null;
        if (string.IsNullOrWhiteSpace(text) && !string.IsNullOrWhiteSpace(html))
            fromHtml = HtmlReader.Read(where, html).Drafts.FirstOrDefault();
        string body = text ?? fromHtml?.Text ?? "";
        if (string.IsNullOrWhiteSpace(body)) return (null, "no 'text' or 'html' with content");
        return (new ArticleDraft
        {
            Path = where,
            Format = fromHtml is null ? SourceFormat.JsonLines : SourceFormat.Html,
            Text = body,
            Url = GetString(obj, "url") ?? fromHtml?.Url,
            Source = GetString(obj, "source") ?? fromHtml?.Source,
            Title = GetString(obj, "title") ?? fromHtml?.Title,
            Published = published ?? fromHtml?.Published,
            Language = GetString(obj, "language") ?? fromHtml?.Language,
            Author = GetString(obj, "author") ?? fromHtml?.Author,
        }, null);
    }

    private static string? GetString(JsonElement obj, string name) =>
        obj.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}

using System.Globalization;
using System.Text.Json;

namespace Corroborate.Core.Ingest;

/// <summary>
/// One article per line: {url, source, title, published, text | html}. A bad line is skipped with its line
/// number; the good lines of the same file still count.
/// </summary>
public static class JsonLinesReader
{
    public const string TextField = "text";
    public const string HtmlField = "html";

    /// <summary>Whether a record carries an article's body, as opposed to a gold or label record.</summary>
    public static bool HasArticleBody(JsonElement record) =>
        GetString(record, TextField) is not null || GetString(record, HtmlField) is not null;

    public static ReadResult Read(string path, string content) =>
        ReadResult.Collect(Records(path, new StringReader(content), long.MaxValue));

    /// <summary>The file's articles and skipped lines, one line in memory at a time.</summary>
    /// <param name="maxRecordChars">A longer line is skipped with its number; the lines after it still count.</param>
    public static IEnumerable<ReadItem> Records(string path, TextReader reader, long maxRecordChars)
    {
        foreach (var line in BoundedLines.Read(reader, maxRecordChars))
        {
            string where = $"{path}:{line.Number}";
            if (line.Text is null)
                yield return ReadItem.Skip(where, $"record too large (over {InputScanner.FormatBytes(maxRecordChars)}; raise it with --max-file-size)");
            else if (!string.IsNullOrWhiteSpace(line.Text))
                yield return ReadLine(where, line.Text);
        }
    }

    private static ReadItem ReadLine(string where, string line)
    {
        try
        {
            using var doc = JsonDocument.Parse(line);
            var result = ReadObject(where, doc.RootElement);
            return result.Draft is { } d ? ReadItem.Of(d) : ReadItem.Skip(where, result.Error!);
        }
        catch (JsonException e)
        {
            return ReadItem.Skip(where, $"invalid JSON: {e.Message}");
        }
    }

    private static (ArticleDraft? Draft, string? Error) ReadObject(string where, JsonElement obj)
    {
        if (obj.ValueKind != JsonValueKind.Object) return (null, "each line must be a JSON object");
        string? text = GetString(obj, TextField);
        string? html = GetString(obj, HtmlField);
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

using System.Text.Json;

namespace Corroborate.Core;

/// <summary>
/// Reads a gold file of JSON Lines (claims, findings, traps): blank lines are skipped, and a line that does not
/// parse, or lacks a field, is reported with its file and line number as <see cref="InvalidDataException"/>.
/// </summary>
public static class GoldLines
{
    /// <param name="what">What one line holds, for the error ("a gold claim").</param>
    public static List<T> Read<T>(string path, string what, Func<JsonElement, int, T> parse)
    {
        var items = new List<T>();
        int line = 0;
        foreach (var text in File.ReadLines(path))
        {
            line++;
            if (string.IsNullOrWhiteSpace(text)) continue;
            try
            {
                using var doc = JsonDocument.Parse(text);
                items.Add(parse(doc.RootElement, line));
            }
            catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
            {
                throw new InvalidDataException($"{path}:{line}: not {what} ({e.Message})");
            }
        }
        return items;
    }

    /// <summary>
    /// Reads a gold table: a header line, then tab-separated rows; blank lines are skipped. A row
    /// <paramref name="parse"/> returns null for is reported with its file and line number.
    /// </summary>
    /// <param name="expected">What a row must hold, for the error ("url_a, url_b, split (tab-separated)").</param>
    public static List<T> ReadTable<T>(string path, string expected, Func<string[], T?> parse) where T : class
    {
        var rows = new List<T>();
        int line = 0;
        foreach (var text in File.ReadLines(path))
        {
            if (line++ == 0 || string.IsNullOrWhiteSpace(text)) continue;
            rows.Add(parse(text.Split('\t')) ?? throw new InvalidDataException($"{path}:{line}: expected {expected}"));
        }
        return rows;
    }
}

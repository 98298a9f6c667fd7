using System.Text;

namespace Corroborate.Core.Cleaning;

/// <summary>
/// Counts in how many different sources each short, non-prose line appears. A line that several unrelated
/// outlets all carry is a template line of some scraper or site family, not reporting.
/// </summary>
public sealed class LineRecurrence
{
    private readonly Dictionary<string, HashSet<string>> _sourcesByLine = new(StringComparer.Ordinal);
    public int MinSources { get; }

    public LineRecurrence(int minSources = 3) => MinSources = minSources;

    public void Add(string text, string source)
    {
        foreach (var raw in text.Split('\n'))
        {
            if (Key(raw) is not { } key) continue;
            if (!_sourcesByLine.TryGetValue(key, out var sources)) _sourcesByLine[key] = sources = [];
            sources.Add(source);
        }
    }

    public bool IsBoilerplate(string line, string? source) =>
        Key(line) is { } key && _sourcesByLine.TryGetValue(key, out var sources)
        && sources.Count(s => s != source) >= MinSources - 1 && sources.Count >= MinSources;

    // Case, digits and spacing vary between copies of one template line ("Comments (3)" / "Comments (0)").
    private static string? Key(string line)
    {
        string t = line.Trim();
        int words = JunkLineClassifier.CountWords(t);
        if (t.Length == 0 || words > 12 || JunkLineClassifier.LooksLikeProse(t, words)) return null;
        var sb = new StringBuilder(t.Length);
        foreach (char c in t.ToLowerInvariant())
            sb.Append(char.IsDigit(c) ? '0' : char.IsWhiteSpace(c) ? ' ' : c);
        return sb.ToString();
    }
}

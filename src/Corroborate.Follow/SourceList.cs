using System.Xml;

namespace Corroborate.Follow;

/// <summary>
/// The sources to follow from what the user gave: http(s) URLs, OPML files (every outline's xmlUrl) and text files
/// of URLs, one a line, blank lines and # comments ignored.
/// </summary>
public static class SourceList
{
    /// <summary>The absolute http(s) URLs, each once, in the order given.</summary>
    /// <exception cref="SourceListException">A file that cannot be read, or an entry not an http(s) URL.</exception>
    public static IReadOnlyList<Uri> Read(IEnumerable<string> arguments)
    {
        var urls = new List<Uri>();
        foreach (var argument in arguments)
        {
            if (argument.Contains("://", StringComparison.Ordinal)) urls.Add(ParseUrl(argument, "argument"));
            else urls.AddRange(ReadFile(argument));
        }
        return urls.DistinctBy(u => u.AbsoluteUri).ToList();
    }

    private static IEnumerable<Uri> ReadFile(string path)
    {
        string text;
        try { text = File.ReadAllText(path); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new SourceListException($"cannot read the source list {path}: {e.Message}");
        }
        return text.TrimStart('\uFEFF').TrimStart().StartsWith('<') ? ReadOpml(path, text) : ReadLines(path, text);
    }

    private static List<Uri> ReadLines(string path, string text)
    {
        var urls = new List<Uri>();
        var lines = text.Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            string line = lines[i].Trim();
            if (line.Length == 0 || line.StartsWith('#')) continue;
            urls.Add(ParseUrl(line, $"{path}:{i + 1}"));
        }
        return urls;
    }

    private static List<Uri> ReadOpml(string path, string text)
    {
        try
        {
            var document = Corroborate.Core.Ingest.FeedReader.LoadXml(System.Text.Encoding.UTF8.GetBytes(text));
            var outlines = document.Descendants().Where(e => e.Name.LocalName == "outline");
            return outlines.Select(o => o.Attribute("xmlUrl")?.Value).OfType<string>()
                .Select(url => ParseUrl(url, $"{path} (OPML outline)")).ToList();
        }
        catch (XmlException e)
        {
            throw new SourceListException($"{path} is not readable OPML: {e.Message}");
        }
    }

    private static Uri ParseUrl(string text, string where)
    {
        if (Uri.TryCreate(text.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https") return uri;
        throw new SourceListException($"{where}: '{text.Trim()}' is not an http or https URL");
    }
}

/// <summary>A source list that cannot be used, with a message a person can act on.</summary>
public sealed class SourceListException(string message) : Exception(message);

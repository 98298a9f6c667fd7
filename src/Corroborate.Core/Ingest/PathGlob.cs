using System.Text;
using System.Text.RegularExpressions;

namespace Corroborate.Core.Ingest;

/// <summary>
/// A shell-style pattern for paths relative to a folder, with '/' between parts: <c>*</c> and <c>?</c> stay within
/// one part, <c>**</c> spans parts (<c>a/**/b</c> also matches <c>a/b</c>). A pattern without a '/' is matched
/// against the file name at any depth, as in .gitignore, so <c>*.md</c> means every Markdown file.
/// </summary>
public sealed class PathGlob
{
    private readonly Regex _regex;
    private readonly bool _nameOnly;

    public PathGlob(string pattern)
    {
        string trimmed = pattern.Trim().Replace('\\', '/');
        if (trimmed.StartsWith("./", StringComparison.Ordinal)) trimmed = trimmed[2..];
        if (trimmed.Length == 0) throw new FormatException("an empty pattern matches nothing");
        Pattern = pattern;
        _nameOnly = !trimmed.Contains('/');
        _regex = new Regex(ToRegex(trimmed), RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }

    public string Pattern { get; }

    /// <param name="relativePath">The path below the folder, with '/' or the platform's separator.</param>
    public bool Matches(string relativePath)
    {
        string path = relativePath.Replace('\\', '/');
        return _regex.IsMatch(_nameOnly ? path[(path.LastIndexOf('/') + 1)..] : path);
    }

    private static string ToRegex(string pattern)
    {
        var regex = new StringBuilder("^");
        for (int i = 0; i < pattern.Length; i++)
        {
            char c = pattern[i];
            bool doubleStar = c == '*' && i + 1 < pattern.Length && pattern[i + 1] == '*';
            if (doubleStar && i + 2 < pattern.Length && pattern[i + 2] == '/')
            {
                regex.Append("(?:.*/)?"); // "**/" is any number of folders, none included
                i += 2;
            }
            else if (doubleStar)
            {
                regex.Append(".*");
                i++;
            }
            else if (c == '*') regex.Append("[^/]*");
            else if (c == '?') regex.Append("[^/]");
            else regex.Append(Regex.Escape(c.ToString()));
        }
        return regex.Append('$').ToString();
    }
}

/// <summary>
/// Which files of a folder are read. By default the article files (see <see cref="ArticleFormats"/>); with include
/// patterns, exactly the files that match one, whatever their format; exclude patterns leave files out in either
/// case. Files named directly, not found in a folder, are always read.
/// </summary>
public sealed record InputFilter(IReadOnlyList<PathGlob> Include, IReadOnlyList<PathGlob> Exclude)
{
    public static readonly InputFilter ArticleFiles = new([], []);

    public static InputFilter FromPatterns(IEnumerable<string> include, IEnumerable<string> exclude) =>
        new(include.Select(p => new PathGlob(p)).ToList(), exclude.Select(p => new PathGlob(p)).ToList());

    /// <summary>Whether the user's patterns choose the file: true or false, or null to let its format decide.</summary>
    public bool? Chooses(string relativePath)
    {
        if (Exclude.Any(g => g.Matches(relativePath))) return false;
        if (Include.Count > 0) return Include.Any(g => g.Matches(relativePath));
        return null;
    }
}

namespace Corroborate.Core.Entities;

/// <summary>One sentence of a CoNLL file: the original lines, the words (first column) and the tags (last column) when present.</summary>
public sealed record ConllSentence(string[] Lines, string[] Words, int[]? Tags);

public sealed record ConllDocument(IReadOnlyList<ConllSentence> Sentences);

/// <summary>
/// Reads CoNLL-2003 style files: one token per line, space-separated columns, blank lines between sentences,
/// "-DOCSTART-" lines between documents. Tags may be IOB1 or IOB2; they are read as IOB2.
/// </summary>
public static class ConllCorpus
{
    public const string DocStart = "-DOCSTART-";

    /// <param name="withTags">Read the last column as the gold tag (an error when a line has none).</param>
    public static List<ConllDocument> Read(TextReader reader, bool withTags, string name = "input")
    {
        var documents = new List<ConllDocument>();
        var sentences = new List<ConllSentence>();
        var lines = new List<string>();
        int lineNumber = 0;

        void EndSentence()
        {
            if (lines.Count == 0) return;
            var columns = lines.Select(l => l.Split(' ', '\t')).ToList();
            int[]? tags = null;
            if (withTags)
            {
                int bad = columns.FindIndex(c => c.Length < 2);
                if (bad >= 0) throw new FormatException($"{name}: line {lineNumber - lines.Count + bad} has no tag column");
                try { tags = EntityTags.ToIob2(columns.Select(c => c[^1]).ToList()); }
                catch (FormatException e) { throw new FormatException($"{name}: sentence ending at line {lineNumber}: {e.Message}"); }
            }
            sentences.Add(new ConllSentence([.. lines], columns.Select(c => c[0]).ToArray(), tags));
            lines.Clear();
        }

        void EndDocument()
        {
            EndSentence();
            if (sentences.Count > 0) documents.Add(new ConllDocument([.. sentences]));
            sentences.Clear();
        }

        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            line = line.TrimEnd('\r', ' ', '\t');
            if (line.StartsWith(DocStart, StringComparison.Ordinal)) EndDocument();
            else if (line.Length == 0) EndSentence();
            else lines.Add(line);
        }
        EndDocument();
        return documents;
    }

    public static List<ConllDocument> Read(string path, bool withTags)
    {
        using var reader = new StreamReader(path);
        return Read(reader, withTags, path);
    }
}

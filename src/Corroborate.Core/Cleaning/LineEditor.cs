using Corroborate.Core.Text;

namespace Corroborate.Core.Cleaning;

/// <summary>The lines of an article's text with their offsets, and a way to drop some of them.</summary>
public sealed class LineEditor
{
    public readonly record struct Line(int Index, int Start, int End, string Text)
    {
        public bool IsBlank => string.IsNullOrWhiteSpace(Text);
    }

    private readonly Article _article;
    public IReadOnlyList<Line> Lines { get; }

    public LineEditor(Article article)
    {
        _article = article;
        var lines = new List<Line>();
        int start = 0;
        string text = article.Text;
        while (start <= text.Length)
        {
            int nl = text.IndexOf('\n', start);
            int end = nl < 0 ? text.Length : nl;
            lines.Add(new Line(lines.Count, start, end, text[start..end]));
            if (nl < 0) break;
            start = nl + 1;
        }
        Lines = lines;
    }

    /// <summary>A piece of one line to drop ("Hide Caption 3 of 8" after a caption), in text offsets.</summary>
    public readonly record struct Cut(int Start, int End, string Reason);

    /// <summary>
    /// Rebuilds the article without the given lines and pieces of lines, recording each as removed with its
    /// reason. A line that is removed whole ignores its cuts.
    /// </summary>
    public Article Remove(IReadOnlyDictionary<int, string> reasonsByLine, IReadOnlyList<Cut>? cuts = null)
    {
        if (reasonsByLine.Count == 0 && (cuts is null || cuts.Count == 0)) return _article;
        var b = new MappedText.Builder();
        var removed = new List<RemovedLine>(_article.RemovedLines);
        var pending = (cuts ?? []).OrderBy(c => c.Start).ToList();
        int next = 0;
        foreach (var line in Lines)
        {
            if (reasonsByLine.TryGetValue(line.Index, out var reason))
            {
                removed.Add(new RemovedLine(line.Text, reason, _article.Offsets.ToOriginal(line.Start)));
                while (next < pending.Count && pending[next].Start < line.End) next++;
                continue;
            }
            // Keep at most one blank line between kept lines.
            if (line.IsBlank && (b.Length == 0 || (b.Length >= 2 && b[b.Length - 1] == '\n' && b[b.Length - 2] == '\n'))) continue;
            for (int i = line.Start; i < line.End; i++)
            {
                if (next < pending.Count && pending[next].Start == i)
                {
                    var cut = pending[next++];
                    removed.Add(new RemovedLine(_article.Text[cut.Start..cut.End], cut.Reason, _article.Offsets.ToOriginal(cut.Start)));
                    i = cut.End - 1;
                    continue;
                }
                b.Append(_article.Text[i], _article.Offsets.ToOriginal(i));
            }
            if (line.End < _article.Text.Length) b.Append('\n', _article.Offsets.ToOriginal(line.End));
        }
        b.TrimEnd(c => c is '\n' or ' ');
        var text = b.Build();
        return _article with
        {
            Text = text.Text,
            Offsets = OffsetMap.FromOrigins(text.Origins, _article.Original.Length),
            RemovedLines = removed.OrderBy(r => r.OriginalStart).ToList(),
        };
    }
}

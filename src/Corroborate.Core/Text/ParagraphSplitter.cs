namespace Corroborate.Core.Text;

/// <summary>
/// Marks paragraphs. Blank lines always separate paragraphs; single line breaks do too unless the text
/// is hard-wrapped (most lines end mid-sentence), in which case consecutive lines form one paragraph.
/// </summary>
public sealed class ParagraphSplitter : IArticleStage
{
    public string Name => "paragraphs";

    public StageContract Contract { get; } = new([], [Annotation.Paragraphs]);

    public Article Process(Article article) => article with { Paragraphs = Split(article.Text) };

    public static IReadOnlyList<TextSpan> Split(string text)
    {
        var lines = new List<TextSpan>();
        int start = 0;
        while (start <= text.Length)
        {
            int nl = text.IndexOf('\n', start);
            int end = nl < 0 ? text.Length : nl;
            lines.Add(new TextSpan(start, end));
            if (nl < 0) break;
            start = nl + 1;
        }
        bool wrapped = IsHardWrapped(text, lines);
        var paragraphs = new List<TextSpan>();
        int? open = null, lastEnd = 0;
        foreach (var line in lines)
        {
            if (line.Length == 0)
            {
                if (open is { } s) paragraphs.Add(new TextSpan(s, lastEnd!.Value));
                open = null;
                continue;
            }
            if (open is { } o && !wrapped) { paragraphs.Add(new TextSpan(o, lastEnd!.Value)); open = null; }
            open ??= line.Start;
            lastEnd = line.End;
        }
        if (open is { } last) paragraphs.Add(new TextSpan(last, lastEnd!.Value));
        return paragraphs;
    }

    private static bool IsHardWrapped(string text, List<TextSpan> lines)
    {
        var content = lines.Where(l => l.Length > 0).ToList();
        if (content.Count < 6) return false;
        int midSentence = content.Count(l => l.Length is >= 40 and <= 100 && char.IsLetterOrDigit(text[l.End - 1]) || (l.Length > 0 && text[l.End - 1] == ','));
        return midSentence * 2 > content.Count;
    }
}

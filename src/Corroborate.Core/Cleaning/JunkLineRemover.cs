namespace Corroborate.Core.Cleaning;

/// <summary>
/// Removes scraper junk from plain text: page furniture anywhere, and at the start and end of the text a
/// run of lines that are calls to action, link footers, symbol-only lines, or short lines that recur
/// across unrelated articles. Removal stops at the first line that is article text, so subheadings in the
/// body are never touched.
/// </summary>
public sealed class JunkLineRemover(LineRecurrence? recurrence = null) : IArticleStage
{
    public string Name => "cleaning";

    public StageContract Contract { get; } = new([], [Annotation.CleanText], RewritesText: true);

    public Article Process(Article article)
    {
        var editor = new LineEditor(article);
        var lines = editor.Lines.Where(l => !l.IsBlank).ToList();
        var reasons = new Dictionary<int, string>();
        var cuts = new List<LineEditor.Cut>();
        var gallery = GallerySlides(lines);
        foreach (var line in lines)
        {
            ArticleBudget.CheckPoint();
            if (gallery.ContainsKey(line.Index)) continue;
            if (JunkLineClassifier.Classify(line.Text) == JunkLineClassifier.Verdict.Junk) reasons[line.Index] = "page furniture";
        }
        if (lines.Any(l => !gallery.ContainsKey(l.Index) && !reasons.ContainsKey(l.Index)))
            foreach (var index in gallery.Keys) reasons[index] = "gallery caption";
        else
            cuts.AddRange(gallery.Values.SelectMany(SlideFurniture));   // a page that is only a gallery keeps its captions
        MarkEdge(lines, reasons, article);
        MarkEdge(Enumerable.Reverse(lines), reasons, article);
        return editor.Remove(reasons, cuts);
    }

    /// <summary>The title that opens a slide and the counter that may close it ("Hide Caption 3 of 8").</summary>
    private static IEnumerable<LineEditor.Cut> SlideFurniture((LineEditor.Line Line, int TitleLength) slide)
    {
        var (line, titleLength) = slide;
        if (titleLength > 0) yield return new LineEditor.Cut(line.Start, line.Start + titleLength, "gallery title");
        if (JunkLineClassifier.SlideCounter(line.Text) is { } counter && counter.Start >= titleLength)
            yield return new LineEditor.Cut(line.Start + counter.Start, line.Start + counter.End, "gallery counter");
    }

    /// <summary>Words a gallery's title has; captions that all open with the same title belong to a gallery.</summary>
    private const int GalleryTitleWords = 4;
    private const int GalleryLines = 3;

    /// <summary>
    /// Lines that open with the same title of four or more words, three times or more ("Port of X turns 300 ...",
    /// "Photos: North Korea launches rocket ..."): slides of an embedded gallery, with the length of the shared title.
    /// </summary>
    private static Dictionary<int, (LineEditor.Line Line, int TitleLength)> GallerySlides(List<LineEditor.Line> lines)
    {
        var byTitle = new Dictionary<string, List<LineEditor.Line>>(StringComparer.Ordinal);
        foreach (var line in lines)
        {
            var words = line.Text.Split(' ', GalleryTitleWords + 1, StringSplitOptions.RemoveEmptyEntries);
            if (words.Length <= GalleryTitleWords) continue;
            // "3/16 2003 A mother and her children ...": slides numbered N of M share their counter's M instead of a title.
            string title = JunkLineClassifier.SlideNumber(words[0]) is { } of ? "/" + of : string.Join(' ', words.Take(GalleryTitleWords));
            byTitle.AddToList(title, line);
        }
        var slides = new Dictionary<int, (LineEditor.Line, int)>();
        foreach (var (title, group) in byTitle.Where(t => t.Value.Count >= GalleryLines))
        {
            int length = title.StartsWith('/') ? 0 : SharedPrefixLength(group.Select(l => l.Text).ToList());
            foreach (var line in group) slides[line.Index] = (line, title.StartsWith('/') ? line.Text.IndexOf(' ') : length);
        }
        return slides;
    }

    /// <summary>The longest run of whole words all the lines open with.</summary>
    private static int SharedPrefixLength(List<string> texts)
    {
        int length = texts.Min(t => t.Length);
        foreach (var t in texts)
        {
            int i = 0;
            while (i < length && t[i] == texts[0][i]) i++;
            length = i;
        }
        while (length > 0 && length < texts[0].Length && texts[0][length] != ' ') length--;
        return length;
    }

    private void MarkEdge(IEnumerable<LineEditor.Line> fromEdge, Dictionary<int, string> reasons, Article article)
    {
        foreach (var line in fromEdge)
        {
            if (reasons.ContainsKey(line.Index)) continue;
            string? reason = EdgeReason(line.Text, article);
            if (reason is null) return;
            reasons[line.Index] = reason;
        }
    }

    private string? EdgeReason(string line, Article article)
    {
        if (JunkLineClassifier.Classify(line) == JunkLineClassifier.Verdict.EdgeJunk) return "edge furniture";
        if (recurrence is not null && recurrence.IsBoilerplate(line, article.Source ?? article.Path)) return "recurs across articles";
        return null;
    }
}

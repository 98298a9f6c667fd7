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

    public Article Process(Article article)
    {
        var editor = new LineEditor(article);
        var lines = editor.Lines.Where(l => !l.IsBlank).ToList();
        var reasons = new Dictionary<int, string>();
        foreach (var line in lines)
            if (JunkLineClassifier.Classify(line.Text) == JunkLineClassifier.Verdict.Junk) reasons[line.Index] = "page furniture";
        MarkEdge(lines, reasons, article);
        MarkEdge(Enumerable.Reverse(lines), reasons, article);
        return editor.Remove(reasons);
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

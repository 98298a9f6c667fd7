namespace Corroborate.Reports;

/// <summary>report.md and report.html, and the story pages of a split report (<see cref="ReportLayout"/>).</summary>
public static class ReportFiles
{
    /// <summary>
    /// Writes every page through <paramref name="write"/> (a path relative to the report folder, and what to write
    /// there): the story pages first, then report.md and report.html, so that an index never links to a page not yet
    /// written. Returns the paths written, in order.
    /// </summary>
    public static IReadOnlyList<string> Write(
        Report report, Action<string, Action<TextWriter>> write, ReportOptions? options = null)
    {
        options ??= ReportOptions.Default;
        var layout = ReportLayout.Of(report);
        var slicer = layout.Split ? new ReportSlicer(report) : null;
        var written = new List<string>();
        void Emit(string path, Action<TextWriter> render)
        {
            write(path, render);
            written.Add(path);
        }
        foreach (var story in layout.OnOwnPage)
        {
            var content = slicer!.Slice([story.Story], story.Story.Articles);
            var page = ReportPage.Story(story);
            Emit(story.PagePath("md"), w => MarkdownReport.Write(w, report, page, content, options));
            Emit(story.PagePath("html"), w => HtmlReport.Write(w, report, page, content, options));
        }
        var main = MainContent(report, layout, slicer);
        var mainPage = ReportPage.Main(report, layout);
        Emit("report.md", w => MarkdownReport.Write(w, report, mainPage, main, options));
        Emit("report.html", w => HtmlReport.Write(w, report, mainPage, main, options));
        return written;
    }

    /// <summary>What the main page shows: the whole report on one page, else the stories in full and the articles of
    /// no story (they have no page of their own).</summary>
    internal static Report MainContent(Report report, ReportLayout layout, ReportSlicer? slicer = null)
    {
        if (!layout.Split) return report;
        var inFull = layout.InFull.Select(s => s.Story).ToList();
        var placed = report.Stories!.SelectMany(s => s.Articles).ToHashSet();
        var articles = inFull.SelectMany(s => s.Articles).Concat(report.Articles.Select(a => a.Id).Where(id => !placed.Contains(id)));
        return (slicer ?? new ReportSlicer(report)).Slice(inFull, articles);
    }
}

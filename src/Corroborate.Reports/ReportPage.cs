namespace Corroborate.Reports;

/// <summary>What sets one file of the HTML and Markdown reports apart from another; the rest of the file is its content's
/// sections, rendered alike on every page.</summary>
/// <param name="Summary">The line under the heading, plain text.</param>
/// <param name="Index">On a split report's main page, the layout whose story index the page starts with.</param>
/// <param name="Up">On a story's own page, the main report beside the stories folder, without extension ("../report").</param>
internal sealed record ReportPage(string Heading, string Summary, bool ShowsSkipped, ReportLayout? Index = null, string? Up = null)
{
    private const string Title = "Corroborate report";

    /// <summary>A one-page report lists its stories in a table; a split one has the index instead, and a story's
    /// page is about one story.</summary>
    public bool ShowsStoriesTable => Index is null && Up is null;

    public static ReportPage Main(Report report, ReportLayout layout) =>
        new(Title, $"{report.Articles.Count} articles; {report.Skipped.Count} inputs skipped.", true, layout.Split ? layout : null);

    public static ReportPage Story(IndexedStory story) => new(
        $"Story {story.Key}: {story.Story.Title ?? "(untitled)"}",
        $"One story of a report too large for one page: its {story.Story.ArticleCount} articles "
            + $"from {story.Story.SourceCount} independent sources.",
        false, Up: "../report");
}

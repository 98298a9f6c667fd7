using System.Text.RegularExpressions;
using Corroborate.Reports;

namespace Corroborate.Cli;

/// <summary>Writes a report into its folder: report.json, the story pages of a split report, report.md and report.html,
/// each file atomically (<see cref="AtomicFile"/>).</summary>
public static partial class ReportFolder
{
    public static void Write(string dir, Report report, ReportOptions? options = null)
    {
        Directory.CreateDirectory(dir);
        AtomicFile.Write(Path.Combine(dir, "report.json"), stream => JsonReport.Write(report, stream));
        var written = ReportFiles.Write(report, (path, render) =>
        {
            string full = Path.Combine(dir, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            AtomicFile.WriteText(full, render);
        }, options);
        RemoveStaleStoryPages(Path.Combine(dir, ReportLayout.StoriesFolder), written.Select(p => Path.GetFileName(p)).ToHashSet());
    }

    /// <summary>
    /// Removes the story pages an earlier run into the same folder left and this report does not have, so that no page
    /// outlives its index. Only files named like story pages go (12.html, 12.md); anything else a user put there
    /// stays, and so does the folder then. Runs after the new index is written, so the old one never links to a
    /// removed page either.
    /// </summary>
    private static void RemoveStaleStoryPages(string folder, IReadOnlySet<string> current)
    {
        if (!Directory.Exists(folder)) return;
        foreach (var file in Directory.EnumerateFiles(folder).Where(f => StoryPageName().IsMatch(Path.GetFileName(f)) && !current.Contains(Path.GetFileName(f))).ToList())
            File.Delete(file);
        if (!Directory.EnumerateFileSystemEntries(folder).Any()) Directory.Delete(folder);
    }

    [GeneratedRegex(@"^[0-9]+\.(html|md)$")]
    private static partial Regex StoryPageName();
}

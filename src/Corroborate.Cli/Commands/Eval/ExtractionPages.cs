using System.Text.Json;
using Corroborate.Core.Extraction;
using Corroborate.Core.Extraction.Evaluation;

namespace Corroborate.Cli.Commands.Eval;

/// <summary>Reads an extraction benchmark (gold file and page folder) for `eval extraction` and `train extraction`.</summary>
internal static class ExtractionPages
{
    public static IReadOnlyList<GoldPage> ReadGold(string path)
    {
        if (!File.Exists(path)) throw new UsageException($"--gold: no such file '{path}'");
        try
        {
            var pages = ExtractionGold.ReadGold(path);
            return pages.Count > 0 ? pages : throw new UsageException($"--gold: '{path}' holds no pages");
        }
        catch (Exception e) when (e is JsonException or InvalidDataException)
        {
            throw new UsageException($"--gold: '{path}' is not a gold file of {{id: {{articleBody, url}}}} ({e.Message})");
        }
    }

    public static string RequireFolder(string dir) => Directory.Exists(dir) ? dir : throw new UsageException($"--html: no such folder '{dir}'");

    /// <summary>Each gold page read from ID.html.gz or ID.html; a page without a file is warned about and has no text.</summary>
    public static List<TrainingPage> ReadTraining(IReadOnlyList<GoldPage> pages, string htmlDir) =>
        pages.AsParallel().AsOrdered().Select(page => TrainingPage.Read(page, Bytes(htmlDir, page.Id))).ToList();

    private static byte[] Bytes(string dir, string id)
    {
        string? path = new[] { ".html.gz", ".html" }.Select(ext => Path.Combine(dir, id + ext)).FirstOrDefault(File.Exists);
        if (path is not null) return HtmlFile.ReadBytes(path);
        Console.Error.WriteLine($"warning: no page file for {id}; it has no text");
        return [];
    }
}

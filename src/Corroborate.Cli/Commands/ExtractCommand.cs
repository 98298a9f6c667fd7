using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using Corroborate.Core.Extraction;
using Corroborate.Core.Ingest;
using Corroborate.Core.Text;

namespace Corroborate.Cli.Commands;

/// <summary>`extract`: the main text (and with --json the metadata) of HTML pages, without touching the database.</summary>
public static class ExtractCommand
{
    private static readonly JsonSerializerOptions LineOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly JsonSerializerOptions IndentedOptions = new(LineOptions) { WriteIndented = true };

    public static Command Create()
    {
        var input = new Argument<string>("input") { Description = "An HTML file (.html or .html.gz), a folder of them, or '-' for standard input" };
        var json = new Option<bool>("--json") { Description = "Print {title, text, published, author, site, language, url} as JSON (a folder always gives JSON Lines)" };
        var url = new Option<string?>("--url") { Description = "The page's address, when the page does not say it (helps dates and the site name)" };
        var maxSize = CommonOptions.MaxFileSize();
        var command = new Command("extract", "Print the main text of an HTML page (or its metadata and text as JSON)") { input, json, url, maxSize };
        command.SetSafeAction(result =>
        {
            string path = result.GetValue(input)!;
            long limit = CommonOptions.ParseSize(result.GetValue(maxSize)!);
            if (Directory.Exists(path)) return ExtractFolder(path, limit);
            var page = PageExtractor.Extract(ReadInput(path, limit), result.GetValue(url));
            foreach (var warning in page.Warnings) Console.Error.WriteLine($"warning: {warning}");
            if (result.GetValue(json)) Console.WriteLine(JsonSerializer.Serialize(View(page, null), IndentedOptions));
            else if (page.Paragraphs.Count > 0) Console.WriteLine(page.Text);
            else
            {
                Console.Error.WriteLine("error: no main text found in the page");
                return ExitCodes.Error;
            }
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>One JSON line per file; files that cannot be read are reported on stderr and make the exit code 2.</summary>
    private static int ExtractFolder(string folder, long limit)
    {
        int failures = 0;
        foreach (var file in InputScanner.EnumerateFolder(folder))
        {
            try
            {
                var page = PageExtractor.Extract(ReadInput(file, limit));
                Console.WriteLine(JsonSerializer.Serialize(View(page, file), LineOptions));
            }
            catch (Exception e) when (e is UsageException or IOException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine($"skipped {file}: {e.Message}");
                failures++;
            }
        }
        return failures > 0 ? ExitCodes.Partial : ExitCodes.Ok;
    }

    private static byte[] ReadInput(string path, long limit)
    {
        byte[] bytes;
        if (path == InputScanner.StandardInput)
        {
            using var stdin = Console.OpenStandardInput();
            bytes = InputScanner.ReadBounded(stdin, limit)
                ?? throw new UsageException($"standard input is larger than {InputScanner.FormatBytes(limit)}; raise the limit with --max-file-size");
        }
        else
        {
            if (InputScanner.WhyNotAFile(path) is { } reason) throw new UsageException($"{reason}: '{path}'");
            long size = new FileInfo(path).Length;
            if (size > limit) throw new UsageException($"'{path}' is too large ({InputScanner.FormatBytes(size)}; the limit is {InputScanner.FormatBytes(limit)}, raise it with --max-file-size)");
            bytes = File.ReadAllBytes(path);
        }
        bytes = HtmlFile.Unwrap(bytes, path);
        if (bytes.Length == 0) throw new UsageException($"'{path}' is empty");
        if (TextDecoder.LooksBinary(bytes)) throw new UsageException($"'{path}' is binary data, not HTML");
        return bytes;
    }

    private static object View(ExtractedPage page, string? path)
    {
        string text = page.Text;
        string? language = page.Language ?? (LanguageGuesser.Guess(text) is var guess && guess != "und" ? guess : null);
        var view = new Dictionary<string, object?>
        {
            ["title"] = page.Title,
            ["text"] = text,
            ["published"] = page.Published is { } d ? DateText.Format(d) : null,
            ["author"] = page.Author,
            ["site"] = page.Site,
            ["language"] = language,
            ["url"] = page.Url,
        };
        if (path is not null) view["path"] = path;
        return view;
    }
}

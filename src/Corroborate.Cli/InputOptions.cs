using System.CommandLine;
using Corroborate.Core.Ingest;

namespace Corroborate.Cli;

/// <summary>
/// The INPUT arguments of every command that reads articles, with <c>--include</c> and <c>--exclude</c>, which choose
/// the files of the folders among them.
/// </summary>
public sealed class InputOptions
{
    private readonly Argument<string[]> _inputs = new("inputs")
    {
        Description = "Files or folders to read (folders recursively, article files only); '-' reads standard input",
        Arity = ArgumentArity.OneOrMore,
    };

    private readonly Option<string[]> _include = new("--include")
    {
        HelpName = "GLOB",
        Description = "In folders, read exactly the files matching this glob (relative to the folder; '*.md' at any "
            + "depth, 'a/**/b.txt'), whatever their format; may be repeated",
    };

    private readonly Option<string[]> _exclude = new("--exclude")
    {
        HelpName = "GLOB",
        Description = "In folders, leave out the files matching this glob; may be repeated, and wins over --include",
    };

    public void AddTo(Command command)
    {
        command.Arguments.Add(_inputs);
        command.Options.Add(_include);
        command.Options.Add(_exclude);
    }

    /// <summary>
    /// The files to read. Folder files passed over as not articles are reported on stderr; they do not make the run
    /// partial, but when nothing else is left to read, that is an error.
    /// </summary>
    public IReadOnlyList<string> Files(ParseResult result)
    {
        var expanded = InputScanner.Select(result.GetValue(_inputs)!, Filter(result));
        IngestWorkflow.ReportSkipped(expanded.NotArticles);
        if (expanded.Files.Count == 0 && expanded.NotArticles.Count > 0)
            throw new UsageException($"no article files in the inputs ({expanded.NotArticles.Count} other files "
                + "skipped; name a file directly or use --include to read it anyway)");
        return expanded.Files;
    }

    private InputFilter Filter(ParseResult result)
    {
        try
        {
            return InputFilter.FromPatterns(result.GetValue(_include) ?? [], result.GetValue(_exclude) ?? []);
        }
        catch (FormatException e)
        {
            throw new UsageException($"bad --include or --exclude pattern: {e.Message}");
        }
    }
}

using System.CommandLine;
using Corroborate.Core.Ingest;
using Corroborate.Core.Store;
using Corroborate.Storage;

namespace Corroborate.Cli;

/// <summary>Options and conventions shared by every command.</summary>
public static class CommonOptions
{
    public static readonly Option<string> Db = new("--db")
    {
        Description = "The database: a SQLite file path, or a postgres://user:password@host:port/database URL",
        DefaultValueFactory = _ => "corroborate.db",
        Recursive = true,
    };

    public static readonly Option<int> Threads = ThreadsOption();

    private static Option<int> ThreadsOption()
    {
        var option = new Option<int>("--threads")
        {
            Description = "Threads for the per-article stages and story analysis (default: all cores); the output is the same for any number",
            DefaultValueFactory = _ => Environment.ProcessorCount,
            Recursive = true,
        };
        option.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() < 1) r.AddError("--threads must be at least 1");
        });
        return option;
    }

    public static Option<bool> Json() => new("--json") { Description = "Print JSON instead of text" };

    public static Option<string> MaxFileSize() => new("--max-file-size")
    {
        Description = "Skip input files larger than this (e.g. 500KB, 10MB)",
        DefaultValueFactory = _ => "10MB",
    };

    public static IStore OpenStore(ParseResult result) => StoreFactory.Open(result.GetValue(Db)!);

    public static IngestOptions IngestOptions(string maxFileSize) => new() { MaxFileBytes = ParseSize(maxFileSize) };

    public static long ParseSize(string text)
    {
        string t = text.Trim().ToUpperInvariant();
        long unit = 1;
        foreach (var (suffix, factor) in new[] { ("GB", 1L << 30), ("MB", 1L << 20), ("KB", 1L << 10), ("B", 1L) })
        {
            if (!t.EndsWith(suffix, StringComparison.Ordinal)) continue;
            unit = factor;
            t = t[..^suffix.Length].Trim();
            break;
        }
        if (!double.TryParse(t, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var n) || n <= 0)
            throw new UsageException($"not a size: '{text}' (use e.g. 500KB or 10MB)");
        return (long)(n * unit);
    }
}

public static class ExitCodes
{
    public const int Ok = 0;
    public const int Error = 1;
    /// <summary>The command did its work but some inputs were skipped.</summary>
    public const int Partial = 2;
}

/// <summary>A mistake in how the command was called; shown as-is, with exit code 1.</summary>
public sealed class UsageException(string message) : Exception(message);

using System.CommandLine;
using Corroborate.Core;
using Corroborate.Core.Ingest;

namespace Corroborate.Cli;

/// <summary>The limits of the commands that ingest: the file size, and what one article may cost.</summary>
public sealed class IngestLimits
{
    private readonly Option<string> _maxFileSize = CommonOptions.MaxFileSize();

    private readonly Option<double> _articleTimeout = new("--article-timeout")
    {
        Description = "Skip an article whose processing takes longer than this many seconds; the batch goes on",
        DefaultValueFactory = _ => ArticleBudget.Default.Timeout.TotalSeconds,
    };

    private readonly Option<string> _articleMemory = new("--article-memory")
    {
        Description = "Skip an article whose processing allocates more than this (e.g. 500MB, 4GB); the batch goes on",
        DefaultValueFactory = _ => $"{ArticleBudget.Default.MaxAllocatedBytes >> 30}GB",
    };

    public void AddTo(Command command)
    {
        command.Options.Add(_maxFileSize);
        command.Options.Add(_articleTimeout);
        command.Options.Add(_articleMemory);
    }

    public IngestOptions Read(ParseResult result)
    {
        double seconds = result.GetValue(_articleTimeout);
        if (!(seconds > 0)) throw new UsageException($"--article-timeout must be a positive number of seconds, not {seconds}");
        return new IngestOptions
        {
            MaxFileBytes = CommonOptions.ParseSize(result.GetValue(_maxFileSize)!),
            ArticleBudget = new ArticleBudget(TimeSpan.FromSeconds(seconds), CommonOptions.ParseSize(result.GetValue(_articleMemory)!)),
        };
    }
}

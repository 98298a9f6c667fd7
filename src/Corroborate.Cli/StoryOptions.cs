using System.CommandLine;
using Corroborate.Core.Briefs;

namespace Corroborate.Cli;

/// <summary>The options of the story analysis (findings, timeline, brief) as the commands take them.</summary>
public static class StoryOptions
{
    public static Option<int> BriefSentences() => new("--brief-sentences")
    {
        Description = $"Sentences in each story's brief ({BriefOptions.MinSentences}-{BriefOptions.MaxSentences})",
        DefaultValueFactory = _ => new BriefOptions().Sentences,
    };

    /// <summary>The brief options for a --brief-sentences value, refusing one out of range.</summary>
    public static BriefOptions Brief(int sentences) =>
        sentences is < BriefOptions.MinSentences or > BriefOptions.MaxSentences
            ? throw new UsageException($"--brief-sentences must be between {BriefOptions.MinSentences} and {BriefOptions.MaxSentences}, not {sentences}")
            : new BriefOptions { Sentences = sentences };
}

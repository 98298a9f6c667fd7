using System.CommandLine;
using Corroborate.Core;
using Corroborate.Core.Briefs;
using Corroborate.Core.Reconciliation;
using Corroborate.Core.Store;
using Corroborate.Core.Time;

namespace Corroborate.Cli;

/// <summary>The story analysis (findings, timeline, brief) as the commands run it.</summary>
public static class StoryOptions
{
    public static Option<int> BriefSentences() => new("--brief-sentences")
    {
        Description = $"Sentences in each story's brief ({BriefOptions.MinSentences}-{BriefOptions.MaxSentences})",
        DefaultValueFactory = _ => new BriefOptions().Sentences,
    };

    /// <summary>Analyses each story of the annotated <paramref name="articles"/>, counting copy families from the store as one source.</summary>
    public static IReadOnlyList<StoryAnalysisResult> Analyze(IStore store, IReadOnlyList<Article> articles, int briefSentences)
    {
        if (briefSentences is < BriefOptions.MinSentences or > BriefOptions.MaxSentences)
            throw new UsageException($"--brief-sentences must be between {BriefOptions.MinSentences} and {BriefOptions.MaxSentences}, not {briefSentences}");
        var stories = RelatedArticles.Groups(articles)
            .Select((g, i) => new StoryMembers($"s{i + 1}", g.Select(k => articles[k].Id).ToList()))
            .ToList();
        return StoryAnalysis.AnalyzeStories(articles, stories, store.GetCopies(), new BriefOptions { Sentences = briefSentences });
    }
}

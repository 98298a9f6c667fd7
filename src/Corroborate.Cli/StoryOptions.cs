using System.CommandLine;
using Corroborate.Core;
using Corroborate.Core.Briefs;
using Corroborate.Core.Reconciliation;
using Corroborate.Core.Store;

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
        var inReport = articles.Select(a => a.Id).ToHashSet();
        var stories = store.ListArticleStories()
            .Where(a => a.Story is not null && inReport.Contains(a.ArticleId))
            .GroupBy(a => a.Story!.Value)
            .Select(g => new StoryMembers(g.Key.ToString(System.Globalization.CultureInfo.InvariantCulture), g.Select(a => a.ArticleId).ToList()))
            .ToList();
        return StoryAnalysis.AnalyzeStories(articles, stories, store.GetCopies(), new BriefOptions { Sentences = briefSentences });
    }
}

using Corroborate.Core.Briefs;
using Corroborate.Core.Claims;
using Corroborate.Core.Ingest;
using Corroborate.Core.Reconciliation;
using Corroborate.Core.Store;

namespace Corroborate.Core;

/// <summary>
/// The whole data flow, for every caller (the CLI's commands, the web server, the evals):
/// <list type="number">
/// <item>read the inputs with their format's reader (<see cref="Ingestor"/>, <see cref="DocumentReader"/>);</item>
/// <item>run the per-article stages (<see cref="Pipeline.Default"/>: cleaning, segmentation, entities, dates,
/// quantities, claims, quotes);</item>
/// <item>store each batch and bring the corpus stages up to date (<see cref="CorpusIngest.Store"/>,
/// <see cref="CorpusPipeline.Default"/>: copies, stories, entity resolution);</item>
/// <item>date each story's claims against its other articles (<see cref="ClaimAnalysis"/>);</item>
/// <item>analyse each story: reconciliation, timeline, brief (<see cref="StoryAnalysis"/>).</item>
/// </list>
/// Reports and web pages render what this returns and compute nothing of their own.
/// </summary>
public static class Flow
{
    /// <summary>Articles with their story-dated claims, and the analysis of every story they are in.</summary>
    public sealed record Analysed(IReadOnlyList<Article> Articles, IReadOnlyList<StoryAnalysisResult> Stories);

    /// <summary>Steps 4 and 5 for annotated articles, with the stories the store gave them (read once for both).</summary>
    public static Analysed Analyze(IStore store, IReadOnlyList<Article> annotated, BriefOptions brief)
    {
        var placements = store.ListArticleStories(annotated.Select(a => a.Id).ToHashSet());
        var articles = ClaimAnalysis.Run(annotated, ClaimAnalysis.StoriesOf(placements));
        return new(articles, StoryAnalysis.AnalyzeStories(articles, StoryAnalysis.MembersOf(placements), store.GetCopies(), brief));
    }

    /// <summary>Step 4 for every stored article (the claims command, the web's claims API), annotated again first.</summary>
    public static IReadOnlyList<Article> AnnotateStored(IStore store) =>
        ClaimAnalysis.Annotate(store.GetArticles(store.ListArticles().Select(a => a.Id).ToList()), ClaimAnalysis.StoriesOf(store.ListArticleStories()));

    /// <summary>
    /// Steps 4 and 5 for one stored story's members (a web story page): the store keeps no annotations, so the
    /// articles are annotated again first.
    /// </summary>
    public static Analysed AnalyzeStory(IStore store, IReadOnlyCollection<string> members, BriefOptions brief)
    {
        var articles = ClaimAnalysis.Annotate(store.GetArticles(members), ClaimAnalysis.OneStory);
        return new(articles, StoryAnalysis.AnalyzeStories(store, articles, brief));
    }
}

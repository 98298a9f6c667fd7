using Corroborate.Core.Briefs;
using Corroborate.Core.Claims;
using Corroborate.Core.Ingest;
using Corroborate.Core.Provenance;
using Corroborate.Core.Reconciliation;
using Corroborate.Core.Store;

namespace Corroborate.Core;

/// <summary>
/// The whole data flow, for every caller (the CLI's commands, the web server, the evals):
/// <list type="number">
/// <item>read the inputs with their format's reader (<see cref="Ingestor"/>, <see cref="DocumentReader"/>);</item>
/// <item>run the per-article stages (<see cref="Pipeline.Default"/>: cleaning, segmentation, entities, dates,
/// quantities, claims, quotes);</item>
/// <item>store each batch with its annotations and bring the corpus stages up to date (<see cref="CorpusIngest.Store"/>,
/// <see cref="CorpusPipeline.Default"/>: copies, stories, entity resolution);</item>
/// <item>date each story's claims against its other articles (<see cref="ClaimAnalysis"/>);</item>
/// <item>analyse each story: reconciliation, timeline, brief (<see cref="StoryAnalysis"/>).</item>
/// </list>
/// Steps 4 and 5 read the annotations the store kept (<see cref="AnnotatedArticles"/>); reports and web pages render
/// what this returns and compute nothing of their own.
/// </summary>
public static class Flow
{
    /// <summary>Articles with their story-dated claims, the analysis of every story they are in, and the stored copies among them.</summary>
    public sealed record Analysed(IReadOnlyList<Article> Articles, IReadOnlyList<StoryAnalysisResult> Stories, IReadOnlyList<CopyPair> Copies);

    /// <summary>
    /// Steps 4 and 5 for stored articles (a run's, as <see cref="CorpusIngest"/> returns them): the articles of each
    /// story among them are read, dated against one another and analysed, one story at a time so that memory holds
    /// the stories in flight, and stories in parallel (in order, so the result does not depend on the thread count).
    /// </summary>
    public static Analysed Analyze(IStore store, IReadOnlyList<string> ids, BriefOptions brief)
    {
        var stories = StoryAnalysis.MembersOf(store.ListArticleStories(ids.ToHashSet()));
        var copies = store.GetCopiesAmong(ids);
        var families = FamilyIndex.Build(ids, copies, ProvenanceOptions.Default.FamilyThreshold);
        // The store is read on one thread at a time: PLINQ draws from the source under a lock.
        var analysed = stories
            .Select(s => (s.Id, Members: AnnotatedArticles.Load(store, s.ArticleIds)))
            .InOrder()
            .Select(s => AnalyzeStory(s.Id, s.Members, families.FamilyOf, brief))
            .ToList();
        var articles = analysed.SelectMany(s => s.Articles).ToDictionary(a => a.Id);
        foreach (var alone in AnnotatedArticles.Load(store, ids.Where(id => !articles.ContainsKey(id)).ToList())) articles[alone.Id] = alone;
        return new(ids.Where(articles.ContainsKey).Select(id => articles[id]).ToList(), analysed.Select(s => s.Story).ToList(), copies);
    }

    /// <summary>
    /// The given articles and every stored article of the stories they are in, earlier ones first (ingest order).
    /// A follow-up analysed alone is then read against what the store already holds about its story: the toll of 85
    /// it reports is compared with the 84 an article of the day before gave, rather than standing single-source.
    /// </summary>
    public static IReadOnlyList<string> WithStoryMates(IStore store, IReadOnlyList<string> ids)
    {
        var stories = store.ListArticleStories(ids.ToHashSet())
            .Where(p => p.Story is not null).Select(p => p.Story!.Value).Distinct();
        var mates = stories.SelectMany(store.ListStoryMembers).ToHashSet();
        var given = ids.ToHashSet();
        var earlier = store.ListArticleStories(mates).Select(p => p.ArticleId).Where(id => !given.Contains(id));
        return earlier.Concat(ids).ToList();
    }

    /// <summary>Step 4 for every stored article (the claims command), from the stored annotations.</summary>
    public static IReadOnlyList<Article> AnnotateStored(IStore store) =>
        ClaimAnalysis.Run(AnnotatedArticles.Load(store, store.ListArticles().Select(a => a.Id).ToList()), ClaimAnalysis.StoriesOf(store.ListArticleStories()));

    private static (IReadOnlyList<Article> Articles, StoryAnalysisResult Story) AnalyzeStory(
        string storyId, IReadOnlyList<Article> members, Func<string, string> familyOf, BriefOptions brief)
    {
        var dated = ClaimAnalysis.Run(members, ClaimAnalysis.OneStory);
        return (dated, StoryAnalysis.Analyze(new StoryContext(storyId, dated, familyOf), brief));
    }
}

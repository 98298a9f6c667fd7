using Corroborate.Core;
using Corroborate.Core.Briefs;
using Corroborate.Core.Ingest;
using Corroborate.Core.Provenance;
using Corroborate.Core.Reconciliation;
using Corroborate.Core.Store;

namespace Corroborate.Reports;

/// <summary>
/// Puts a report together from annotated articles and what the corpus stages stored about them: copies and
/// families, entities, stories, and each story's findings, timeline and brief. The CLI's analyze and the web
/// story pages both build their reports here.
/// </summary>
public static class ReportAssembly
{
    /// <param name="articles">Articles with their annotations (fresh from the pipeline, or re-annotated after <see cref="Core.Claims.ClaimAnalysis.Run"/>).</param>
    public static Report Build(IStore store, IReadOnlyList<Article> articles, IReadOnlyList<SkippedInput> skipped, BriefOptions brief)
    {
        var copies = store.GetCopies();
        var families = FamilyIndex.Build(articles.Select(a => a.Id).ToList(), copies, ProvenanceOptions.Default.FamilyThreshold);
        var placements = store.ListArticleStories();
        var report = (Report.Build(articles, skipped).WithCopies(copies, ProvenanceOptions.Default) with
        {
            Entities = ReportEntity.From(store.ListEntities(), articles),
        }).WithStories(store.ListStories(), placements, families.FamilyOf);
        return report.WithStoryAnalysis(StoryAnalysis.AnalyzeStories(store, articles, brief));
    }
}

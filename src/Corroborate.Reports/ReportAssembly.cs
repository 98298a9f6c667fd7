using Corroborate.Core;
using Corroborate.Core.Ingest;
using Corroborate.Core.Provenance;
using Corroborate.Core.Store;

namespace Corroborate.Reports;

/// <summary>
/// Puts a report together from annotated articles and what the corpus stages stored about them: copies and
/// families, entities, stories, and each story's findings, timeline and brief. The CLI's analyze and the web
/// story pages both build their reports here.
/// </summary>
public static class ReportAssembly
{
    /// <param name="analysed">Articles and story analyses from <see cref="Flow"/>.</param>
    public static Report Build(IStore store, Flow.Analysed analysed, IReadOnlyList<SkippedInput> skipped)
    {
        var articles = analysed.Articles;
        var ids = articles.Select(a => a.Id).ToList();
        var families = FamilyIndex.Build(ids, analysed.Copies, ProvenanceOptions.Default.FamilyThreshold);
        // Only what concerns the report's articles is read: a story page of a large corpus reads its story's share.
        var placements = store.ListArticleStories(ids);
        var report = (Report.Build(articles, skipped).WithCopies(analysed.Copies, ProvenanceOptions.Default) with
        {
            Entities = ReportEntity.From(store.ListEntitiesMentionedIn(ids), articles),
        }).WithStories(store.ListStories(), placements, families.FamilyOf);
        return report.WithStoryAnalysis(analysed.Stories);
    }
}

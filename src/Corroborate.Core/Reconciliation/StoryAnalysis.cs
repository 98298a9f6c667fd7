using System.Globalization;
using Corroborate.Core.Briefs;
using Corroborate.Core.Provenance;
using Corroborate.Core.Store;
using Corroborate.Core.Text;
using Corroborate.Core.Timeline;

namespace Corroborate.Core.Reconciliation;

/// <summary>What a story amounts to: its findings, dated events, brief, and notes on dates that could not be trusted.</summary>
public sealed record StoryAnalysisResult(
    StoryContext Story, IReadOnlyList<Finding> Findings, IReadOnlyList<TimelineEvent> Timeline, IReadOnlyList<BriefSentence> Brief,
    IReadOnlyList<string> Notes);

/// <summary>A story as a list of its article ids.</summary>
public sealed record StoryMembers(string Id, IReadOnlyList<string> ArticleIds);

/// <summary>
/// The story stage of the analysis: reconciliation, timeline and brief over one story's annotated articles (claims,
/// time expressions and reporting dates set, see <see cref="Claims.ClaimAnalysis"/>). Nothing is stored: it is
/// recomputed from the articles and the copy families whenever it is needed.
/// </summary>
public static class StoryAnalysis
{
    public static StoryAnalysisResult Analyze(StoryContext story, BriefOptions options)
    {
        var findings = Reconciler.Reconcile(story);
        var timeline = TimelineBuilder.Build(story);
        return new StoryAnalysisResult(story, findings, timeline, BriefBuilder.Build(story, findings, timeline, options), DateNotes(story));
    }

    /// <param name="articles">Annotated articles; stories list ids among them (others are ignored).</param>
    /// <param name="copies">Copied pairs; the families they form count as one source each.</param>
    public static IReadOnlyList<StoryAnalysisResult> AnalyzeStories(
        IReadOnlyList<Article> articles, IReadOnlyList<StoryMembers> stories, IEnumerable<CopyPair> copies, BriefOptions options)
    {
        var byId = articles.GroupBy(a => a.Id).ToDictionary(g => g.Key, g => g.First());
        var families = FamilyIndex.Build(byId.Keys.ToList(), copies, ProvenanceOptions.Default.FamilyThreshold);
        return stories
            .Select(s => s.ArticleIds.Where(byId.ContainsKey).Select(id => byId[id]).ToList())
            .Zip(stories, (members, s) => (Members: members, s.Id))
            .Where(s => s.Members.Count > 0)
            .InOrder()
            .Select(s => Analyze(new StoryContext(s.Id, s.Members, families.FamilyOf), options))
            .ToList();
    }

    /// <summary>The stories the store placed articles in, each with its members in ingest order.</summary>
    public static IReadOnlyList<StoryMembers> MembersOf(IEnumerable<ArticleStory> placements) => placements
        .Where(p => p.Story is not null)
        .GroupBy(p => p.Story!.Value)
        .Select(g => new StoryMembers(g.Key.ToString(CultureInfo.InvariantCulture), g.Select(p => p.ArticleId).ToList()))
        .ToList();

    /// <summary>Articles whose stated date disagrees with the day their text reports from.</summary>
    private static IReadOnlyList<string> DateNotes(StoryContext story) => story.Sources
        .Where(s => s.Article.DateConflict is not null)
        .Select(s =>
        {
            string stated = s.Article.Published is { } p ? p.ToString("d MMMM yyyy", CultureInfo.InvariantCulture) : "its stated date";
            string text = s.Article.TextDate is { } t ? t.ToString("dddd d MMMM yyyy", CultureInfo.InvariantCulture) : "another day";
            return $"[{s.Number}] {s.Outlet}: the date given with the article ({stated}) contradicts its own text, which reads as if "
                + $"written on {text}; the given date is kept for ordering its figures, and its relative dates (\"on Thursday\") "
                + $"are left undated ({s.Article.DateConflict}).";
        })
        .ToList();
}

namespace Corroborate.Reports;

/// <summary>
/// Cuts a report into the part one page of a split report shows: some stories and their articles, with the claims,
/// copies, families and entity mentions of those articles only. Each page is then rendered by the same code as a
/// one-page report, so every link on it points inside it. The report is indexed once, so cutting a page costs time in
/// proportion to that page, not to the whole report.
/// </summary>
internal sealed class ReportSlicer
{
    private readonly Report _report;
    private readonly Dictionary<string, int> _order;
    private readonly ILookup<string, ReportClaim> _claims;
    private readonly ILookup<string, ReportQuote> _quotes;
    private readonly ILookup<string, int> _copies;   // article → indexes in Copies of the pairs it is in
    private readonly Dictionary<string, int> _family; // article → index in Families
    private readonly ILookup<string, (int Entity, int Mention)> _mentions; // article → its mentions, by entity and mention index
    private readonly ILookup<string, ReportFinding> _findings;
    private readonly ILookup<string, ReportTimelineEvent> _timeline;
    private readonly ILookup<string, ReportBriefSentence> _brief;
    private readonly ILookup<string, ReportStorySource> _sources;
    private readonly ILookup<string, ReportStoryNote> _notes;

    public ReportSlicer(Report report)
    {
        _report = report;
        _order = report.Articles.Select((a, i) => (a.Id, i)).ToDictionary(x => x.Id, x => x.i);
        _claims = (report.Claims ?? []).ToLookup(c => c.Article);
        _quotes = (report.Quotes ?? []).ToLookup(q => q.Article);
        _copies = (report.Copies ?? []).SelectMany((c, i) => new[] { (Article: c.A, Pair: i), (Article: c.B, Pair: i) }).ToLookup(x => x.Article, x => x.Pair);
        _family = new Dictionary<string, int>();
        foreach (var (family, i) in (report.Families ?? []).Select((f, i) => (f, i)))
            foreach (var id in family) _family.TryAdd(id, i);
        _mentions = (report.Entities ?? []).SelectMany((e, ei) => e.Mentions.Select((m, mi) => (m.Article, ei, mi)))
            .ToLookup(x => x.Article, x => (x.ei, x.mi));
        _findings = (report.Findings ?? []).ToLookup(f => f.Story);
        _timeline = (report.Timeline ?? []).ToLookup(t => t.Story);
        _brief = (report.Brief ?? []).ToLookup(b => b.Story);
        _sources = (report.StorySources ?? []).ToLookup(s => s.Story);
        _notes = (report.StoryNotes ?? []).ToLookup(n => n.Story);
    }

    /// <summary>The part of the report about <paramref name="stories"/> (in that order) and <paramref name="articles"/>.</summary>
    /// <param name="articles">The articles the page shows: its stories' and any others; kept in report order.</param>
    public Report Slice(IReadOnlyList<ReportStory> stories, IEnumerable<string> articles)
    {
        var ids = articles.Where(_order.ContainsKey).Distinct().OrderBy(id => _order[id]).ToList();
        var inSlice = ids.ToHashSet();
        var keys = stories.Select(s => ReportLayout.Key(s.Id)).ToList();
        var r = _report;
        return r with
        {
            Articles = ids.Select(id => r.Articles[_order[id]]).ToList(),
            Claims = r.Claims is null ? null : ids.SelectMany(id => _claims[id]).ToList(),
            Quotes = r.Quotes is null ? null : ids.SelectMany(id => _quotes[id]).ToList(),
            Copies = r.Copies is null ? null : ids.SelectMany(id => _copies[id]).Distinct().Order()
                .Select(i => r.Copies[i]).Where(c => inSlice.Contains(c.A) && inSlice.Contains(c.B)).ToList(),
            Families = r.Families is null ? null : ids.Where(_family.ContainsKey).Select(id => _family[id]).Distinct().Order()
                .Select(i => (IReadOnlyList<string>)r.Families[i].Where(inSlice.Contains).ToList()).Where(f => f.Count > 1).ToList(),
            Entities = r.Entities is null ? null : Entities(r.Entities, ids),
            Stories = r.Stories is null ? null : stories,
            Findings = r.Findings is null ? null : keys.SelectMany(k => _findings[k]).ToList(),
            Timeline = r.Timeline is null ? null : keys.SelectMany(k => _timeline[k]).ToList(),
            Brief = r.Brief is null ? null : keys.SelectMany(k => _brief[k]).ToList(),
            StorySources = r.StorySources is null ? null : keys.SelectMany(k => _sources[k]).ToList(),
            StoryNotes = r.StoryNotes is null ? null : keys.SelectMany(k => _notes[k]).ToList(),
        };
    }

    /// <summary>The entities mentioned in the articles, in report order, each with those mentions only (in their order)
    /// and the spellings they use.</summary>
    private List<ReportEntity> Entities(IReadOnlyList<ReportEntity> entities, IEnumerable<string> articles) =>
        articles.SelectMany(id => _mentions[id])
            .GroupBy(m => m.Entity)
            .OrderBy(g => g.Key)
            .Select(g =>
            {
                var entity = entities[g.Key];
                var mentions = g.Select(m => m.Mention).Order().Select(i => entity.Mentions[i]).ToList();
                return entity with { Variants = mentions.Select(m => m.Text).Distinct().ToList(), Mentions = mentions };
            })
            .ToList();
}

using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace Corroborate.Reports;

/// <summary>The per-story parts of report.md and report.html: brief, findings, timeline, entities, copies and sources.</summary>
/// <param name="Findings">The findings shown as rows, in reading order
/// (<see cref="FindingKinds.InReadingOrder"/>).</param>
/// <param name="SingleSource">Single-source findings, collapsed under their count.</param>
internal sealed record StoryView(
    string Id, string Title, IReadOnlyList<ReportStorySource> Sources, IReadOnlyList<ReportStoryNote> Notes, IReadOnlyList<ReportBriefSentence> Brief,
    IReadOnlyList<ReportFinding> Findings, IReadOnlyList<ReportFinding> SingleSource,
    IReadOnlyList<ReportTimelineEvent> Timeline, IReadOnlyList<ReportCopy> Copies, IReadOnlyList<(ReportEntity Entity, IReadOnlyList<string> Spellings)> Entities)
{
    /// <summary>Entities shown per story: those named by at least two of its articles, most mentioned first.</summary>
    private const int MinEntityArticles = 2, MaxEntities = 25;

    /// <summary>The stories of the report with an analysis, most important first
    /// (<see cref="StoryImportance"/>).</summary>
    public static IReadOnlyList<StoryView> Of(Report report)
    {
        if (report.StorySources is not { } sources) return [];
        // Each section indexed by story once, not scanned once per story.
        var notes = (report.StoryNotes ?? []).ToLookup(n => n.Story);
        var brief = (report.Brief ?? []).ToLookup(b => b.Story);
        var findings = (report.Findings ?? []).ToLookup(f => f.Story);
        var timeline = (report.Timeline ?? []).ToLookup(t => t.Story);
        var rank = StoryImportance.Order(report).Select((s, i) => (Key: ReportLayout.Key(s.Story.Id), Rank: i))
            .ToDictionary(s => s.Key, s => s.Rank);
        return sources.GroupBy(s => s.Story).OrderBy(g => rank.GetValueOrDefault(g.Key, int.MaxValue)).Select(g =>
        {
            var ids = g.Select(s => s.Article).ToHashSet();
            var entities = (report.Entities ?? [])
                .Where(e => e.Mentions.Where(m => ids.Contains(m.Article)).Select(m => m.Article).Distinct().Count() >= MinEntityArticles)
                .Select(e => (e, (IReadOnlyList<string>)e.Mentions.Where(m => ids.Contains(m.Article)).Select(m => m.Text).Distinct().ToList()))
                .OrderByDescending(e => e.e.Mentions.Count(m => ids.Contains(m.Article)))
                .Take(MaxEntities)
                .ToList();
            var ordered = FindingKinds.InReadingOrder(findings[g.Key]);
            var copies = (report.Copies ?? []).Where(c => ids.Contains(c.A) && ids.Contains(c.B)).ToList();
            return new StoryView(g.Key, g.First().Title ?? "(untitled)", g.ToList(), notes[g.Key].ToList(), brief[g.Key].ToList(),
                ordered.Where(f => !FindingKinds.IsSingleSource(f.Kind)).ToList(),
                ordered.Where(f => FindingKinds.IsSingleSource(f.Kind)).ToList(),
                timeline[g.Key].ToList(), copies, entities);
        }).ToList();
    }

    /// <summary>The story's first line: its sources, then what its findings amount to, disputes first
    /// ("14 articles from 10 independent sources. Figures: 1 disputed, 1 updated, 24 corroborated,
    /// 11 single-source.").</summary>
    public string Summary
    {
        get
        {
            string sources = $"{Sources.Count} articles from {Families.Count()} independent sources.";
            var counts = new (int Count, string Kind)[]
            {
                (Findings.Count(f => FindingKinds.IsDispute(f.Kind)), "disputed"),
                (Findings.Count(f => FindingKinds.IsUpdate(f.Kind)), "updated"),
                (Findings.Count(f => FindingKinds.IsCorroborated(f.Kind)), "corroborated"),
                (SingleSource.Count, "single-source"),
            }.Where(c => c.Count > 0).Select(c => $"{c.Count} {c.Kind}").ToList();
            return counts.Count == 0 ? sources : $"{sources} Figures: {string.Join(", ", counts)}.";
        }
    }

    /// <summary>The line single-source figures are collapsed under.</summary>
    public string SingleSourceLine =>
        $"{SingleSource.Count} single-source {(SingleSource.Count == 1 ? "figure" : "figures")}: "
        + "given by two or more articles that are copies of one story or come from one outlet, so not corroborated.";

    public string Cite(IEnumerable<string> articles)
    {
        var numbers = Sources.ToDictionary(s => s.Article, s => s.Number);
        return string.Concat(articles.Where(numbers.ContainsKey).Select(a => numbers[a]).Distinct().Order().Select(n => $"[{n}]"));
    }

    public string Name(string article) => Sources.FirstOrDefault(s => s.Article == article) is { } s ? $"[{s.Number}] {s.Outlet}" : article;

    /// <summary>Sources grouped by copy family, families in the order of their first source.</summary>
    public IEnumerable<IReadOnlyList<ReportStorySource>> Families => Sources.GroupBy(s => s.Family).Select(f => (IReadOnlyList<ReportStorySource>)f.ToList());
}

internal static class MarkdownStoryAnalysis
{
    public static void Render(StringBuilder md, Report report, ReportOptions options)
    {
        foreach (var s in StoryView.Of(report))
        {
            string E(string t) => MarkdownReport.Escape(t);
            md.AppendLine($"## Story {E(s.Id)}: {E(s.Title)}").AppendLine();
            md.AppendLine(E(s.Summary)).AppendLine();
            foreach (var n in s.Notes) md.AppendLine($"> **Date conflict.** {E(n.Text)}").AppendLine();
            if (s.Brief.Count > 0)
            {
                md.AppendLine("### Brief").AppendLine();
                foreach (var b in s.Brief) md.AppendLine($"- {E(b.Text)}{(b.Generated ? " _(generated from the findings)_" : "")}");
                md.AppendLine();
            }
            if (s.Findings.Count + s.SingleSource.Count > 0) AppendFindings(md, s, options);
            if (s.Timeline.Count > 0)
            {
                md.AppendLine("### Timeline").AppendLine();
                md.AppendLine("| Date | Precision | Event | Sources |").AppendLine("|---|---|---|---|");
                foreach (var t in s.Timeline) md.AppendLine($"| {t.Date} | {t.Precision} | {E(t.Text)} | {s.Cite(t.Articles)} |");
                md.AppendLine();
            }
            if (s.Entities.Count > 0)
            {
                md.AppendLine("### Entities").AppendLine();
                foreach (var (e, spellings) in s.Entities) md.AppendLine($"- **{E(e.Canonical)}** ({e.Type}): {E(string.Join(", ", spellings))}");
                md.AppendLine();
            }
            if (s.Copies.Count > 0)
            {
                md.AppendLine("### Copied pairs").AppendLine();
                foreach (var c in s.Copies)
                    md.AppendLine(FormattableString.Invariant($"- {E(s.Name(c.A))} ⇄ {E(s.Name(c.B))}: similarity {c.Similarity:0.00}, origin {E(s.Name(c.Origin))}"));
                md.AppendLine();
            }
            md.AppendLine("### Sources").AppendLine();
            foreach (var family in s.Families)
                md.AppendLine("- " + string.Join(" = ", family.Select(src => $"[{src.Number}] {E(src.Outlet)}: {E(src.Title ?? "(untitled)")} (`{src.Article}`)")));
            md.AppendLine().AppendLine("Sources on one line are copies of one another or come from one outlet, and count as one independent source.").AppendLine();
        }
    }

    /// <summary>Disputes, updates and corroborated figures as table rows; the single-source figures as one count line,
    /// listed below it when they are few or the reader asked for everything
    /// (<see cref="ReportOptions.WithText"/>).</summary>
    private static void AppendFindings(StringBuilder md, StoryView s, ReportOptions options)
    {
        string E(string t) => MarkdownReport.Escape(t);
        md.AppendLine("### Findings").AppendLine();
        if (s.Findings.Count > 0)
        {
            md.AppendLine("| Kind | Figure | Sources | Independent | Note |").AppendLine("|---|---|---|---|---|");
            foreach (var f in s.Findings)
                md.AppendLine($"| {f.Kind} | {E(f.Label)} | {s.Cite(f.Articles)} | {f.IndependentSources} "
                    + $"| {E(f.Note)} |");
            md.AppendLine();
        }
        if (s.SingleSource.Count == 0) return;
        bool listed = options.WithText || s.SingleSource.Count <= ReportOptions.ListedSingleSource;
        string where = listed ? "" : " They are listed in report.html and report.json.";
        md.AppendLine(E(s.SingleSourceLine) + where).AppendLine();
        if (!listed) return;
        foreach (var f in s.SingleSource) md.AppendLine($"- {E(f.Label)} {s.Cite(f.Articles)}");
        md.AppendLine();
    }
}

/// <summary>
/// Where the story section's links point: anchors inside report.html, or pages of the web UI. Sentence links an
/// article and a character offset in it (the start of a cited sentence or figure).
/// </summary>
public sealed record StoryLinks(
    Func<string, string> Article, Func<string, string, string> Pair, Func<string, string> Entity,
    Func<string, int, string> Sentence)
{
    public static StoryLinks InReport { get; } =
        new(id => "#a-" + id, (a, _) => "#a-" + a, id => "#" + id, (id, _) => "#a-" + id);
}

public static partial class HtmlStoryAnalysis
{
    public const string Style = """
        .story{border-top:3px solid #345;margin-top:2em}.generated{color:#555;font-style:italic}.note{background:#fff4e0;padding:.5em;border-left:4px solid #e90}
        .k-contradicted,.k-part-total-mismatch{color:#a11;font-weight:bold}.k-updated{color:#a60}.k-corroborated{color:#161}
        svg.timeline{width:100%;height:auto;border:1px solid #e4e4e4;background:#fcfcfc}svg text{font:11px system-ui,sans-serif}
        """;

    public static void Render(StringBuilder h, Report report, StoryLinks? links = null)
    {
        links ??= StoryLinks.InReport;
        var claimStarts = ClaimStarts(report);
        foreach (var s in StoryView.Of(report))
        {
            h.Append($"<section class=\"story\" id=\"story-{E(s.Id)}\"><h2>Story {E(s.Id)}: {E(s.Title)}</h2>\n");
            h.Append($"<p>{E(s.Summary)}</p>\n");
            foreach (var n in s.Notes) h.Append($"<p class=\"note\"><b>Date conflict.</b> {E(n.Text)}</p>\n");
            if (s.Brief.Count > 0)
            {
                h.Append("<h3>Brief</h3><ul>");
                foreach (var b in s.Brief)
                {
                    var starts = b.SentenceStarts;
                    string text = LinkCitations(s, E(b.Text), links, a => starts.TryGetValue(a, out int i) ? i : null);
                    h.Append(b.Generated
                        ? $"<li class=\"generated\">{text} <small>(generated from the findings)</small></li>"
                        : $"<li>{text}</li>");
                }
                h.Append("</ul>\n");
            }
            if (s.Findings.Count + s.SingleSource.Count > 0) AppendFindings(h, s, links, claimStarts);
            if (s.Timeline.Count > 0)
            {
                h.Append("<h3>Timeline</h3>\n");
                TimelineChart.Append(h, s.Timeline);
                h.Append("<table><tr><th>Date</th><th>Event</th><th>Sources</th></tr>\n");
                foreach (var t in s.Timeline)
                {
                    string sources = CiteLinks(s, t.Articles, links, _ => null);
                    h.Append($"<tr><td>{E(t.Date)}</td><td>{E(t.Text)}</td><td>{sources}</td></tr>\n");
                }
                h.Append("</table>\n");
            }
            if (s.Entities.Count > 0)
            {
                h.Append("<h3>Entities</h3><ul>");
                foreach (var (e, spellings) in s.Entities)
                    h.Append($"<li><a href=\"{E(links.Entity(e.Id))}\">{E(e.Canonical)}</a> <small>({E(e.Type)})</small>: {E(string.Join(", ", spellings))}</li>");
                h.Append("</ul>\n");
            }
            if (s.Copies.Count > 0)
            {
                h.Append("<h3>Copied pairs</h3><p class=\"meta\">Each pair links to the side-by-side view.</p><ul>");
                foreach (var c in s.Copies)
                    h.Append(CultureInfo.InvariantCulture, $"<li><a class=\"pair\" href=\"{E(links.Pair(c.A, c.B))}\">{E(s.Name(c.A))} ⇄ {E(s.Name(c.B))}</a>: similarity {c.Similarity:0.00}, origin {E(s.Name(c.Origin))}</li>");
                h.Append("</ul>\n");
            }
            h.Append("<h3>Sources</h3><p class=\"meta\">Sources in one item are copies of one another or come from one outlet, and count as one independent source.</p><ol class=\"families\">");
            foreach (var family in s.Families)
                h.Append("<li>").AppendJoin(" = ", family.Select(src => $"[{src.Number}] <a href=\"{E(links.Article(src.Article))}\">{E(src.Outlet)}: {E(src.Title ?? "(untitled)")}</a>")).Append("</li>");
            h.Append("</ol></section>\n");
        }
    }

    /// <summary>Disputes, updates and corroborated figures as a table; the single-source figures folded under
    /// their count.</summary>
    private static void AppendFindings(
        StringBuilder h, StoryView s, StoryLinks links, Dictionary<string, (string Article, int Start)> claimStarts)
    {
        h.Append("<h3>Findings</h3>");
        if (s.Findings.Count > 0) AppendFindingsTable(h, s, s.Findings, links, claimStarts);
        if (s.SingleSource.Count == 0) return;
        h.Append($"<details class=\"single-source\"><summary>{E(s.SingleSourceLine)}</summary>");
        AppendFindingsTable(h, s, s.SingleSource, links, claimStarts);
        h.Append("</details>\n");
    }

    private static void AppendFindingsTable(StringBuilder h, StoryView s, IReadOnlyList<ReportFinding> findings,
        StoryLinks links, Dictionary<string, (string Article, int Start)> claimStarts)
    {
        h.Append("<table><tr><th>Kind</th><th>Figure</th><th>Sources</th><th>Independent</th><th>Note</th></tr>\n");
        foreach (var f in findings)
        {
            h.Append($"<tr><td class=\"k-{E(f.Kind)}\">{E(f.Kind)}</td><td>{E(f.Label)}</td>");
            h.Append($"<td>{CiteLinks(s, f.Articles, links, a => FirstClaimStart(f, a, claimStarts))}</td>");
            h.Append($"<td>{f.IndependentSources}</td><td>{E(f.Note)}</td></tr>\n");
        }
        h.Append("</table>\n");
    }

    /// <summary>Each "[n]" of an escaped sentence as a link to source n, at its cited sentence when known.</summary>
    private static string LinkCitations(StoryView s, string escaped, StoryLinks links, Func<string, int?> startIn)
    {
        var articles = s.Sources.ToDictionary(src => src.Number, src => src.Article);
        return Citation().Replace(escaped, m =>
            articles.TryGetValue(int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), out var article)
                ? CiteLink(article, m.Value, links, startIn)
                : m.Value);
    }

    /// <summary>The sources' numbers, "[1][3]", each a link to its article, at the given offset if any.</summary>
    private static string CiteLinks(
        StoryView s, IEnumerable<string> articles, StoryLinks links, Func<string, int?> startIn)
    {
        var numbers = s.Sources.ToDictionary(src => src.Article, src => src.Number);
        return string.Concat(articles.Where(numbers.ContainsKey).DistinctBy(a => numbers[a]).OrderBy(a => numbers[a])
            .Select(a => CiteLink(a, $"[{numbers[a]}]", links, startIn)));
    }

    private static string CiteLink(string article, string label, StoryLinks links, Func<string, int?> startIn)
    {
        string href = startIn(article) is int at ? links.Sentence(article, at) : links.Article(article);
        return $"<a class=\"cite\" href=\"{E(href)}\">{label}</a>";
    }

    /// <summary>Claim id → its start in its article, so that a finding's source links to its figure.</summary>
    private static Dictionary<string, (string Article, int Start)> ClaimStarts(Report report)
    {
        var starts = new Dictionary<string, (string, int)>();
        foreach (var c in report.Claims ?? []) starts.TryAdd(c.Id, (c.Article, c.Start));
        return starts;
    }

    private static int? FirstClaimStart(
        ReportFinding f, string article, Dictionary<string, (string Article, int Start)> starts) =>
        f.Claims.Select(id => starts.TryGetValue(id, out var c) && c.Article == article ? c.Start : (int?)null).Min();

    [GeneratedRegex(@"\[(\d+)\]")]
    private static partial Regex Citation();

    private static string E(string s) => WebUtility.HtmlEncode(s);
}

/// <summary>The timeline as an inline SVG: a date axis with one dot per event, sized by its independent sources.</summary>
internal static class TimelineChart
{
    private const int Width = 900, Left = 40, Right = 40, Row = 16, Top = 30;

    public static void Append(StringBuilder h, IReadOnlyList<ReportTimelineEvent> events)
    {
        var dates = events.Select(e => DateOnly.ParseExact(e.Date.Length == 4 ? e.Date + "-01-01" : e.Date.Length == 7 ? e.Date + "-01" : e.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture)).ToList();
        int first = dates.Min().DayNumber, span = Math.Max(1, dates.Max().DayNumber - first);
        double X(DateOnly d) => Left + (Width - Left - Right) * (double)(d.DayNumber - first) / span;
        int height = Top + Row * events.Count + 20;
        h.Append(CultureInfo.InvariantCulture, $"<svg class=\"timeline\" viewBox=\"0 0 {Width} {height}\" role=\"img\" aria-label=\"Timeline of {events.Count} events\" xmlns=\"http://www.w3.org/2000/svg\">");
        h.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Left}\" y1=\"{Top - 10}\" x2=\"{Width - Right}\" y2=\"{Top - 10}\" stroke=\"#999\"/>");
        foreach (var d in dates.Distinct())
            h.Append(CultureInfo.InvariantCulture, $"<line x1=\"{X(d):0.#}\" y1=\"{Top - 14}\" x2=\"{X(d):0.#}\" y2=\"{height - 10}\" stroke=\"#eee\"/><text x=\"{X(d):0.#}\" y=\"{Top - 18}\" text-anchor=\"middle\">{d.ToString("d MMM", CultureInfo.InvariantCulture)}</text>");
        for (int i = 0; i < events.Count; i++)
        {
            double x = X(dates[i]), y = Top + Row * i + 4;
            double r = 3 + Math.Min(5, events[i].IndependentSources);
            string label = Short(events[i].Text);
            bool leftSide = x > Width / 2;
            h.Append(CultureInfo.InvariantCulture, $"<g><title>{WebUtility.HtmlEncode(events[i].Date + ": " + events[i].Text)}</title><circle cx=\"{x:0.#}\" cy=\"{y:0.#}\" r=\"{r:0.#}\" fill=\"#36a\" fill-opacity=\"0.7\"/>");
            h.Append(CultureInfo.InvariantCulture, $"<text x=\"{x + (leftSide ? -r - 4 : r + 4):0.#}\" y=\"{y + 4:0.#}\" text-anchor=\"{(leftSide ? "end" : "start")}\">{WebUtility.HtmlEncode(label)}</text></g>");
        }
        h.Append("</svg>\n");
    }

    private static string Short(string text) => text.Length <= 70 ? text : text[..67].TrimEnd() + "…";
}

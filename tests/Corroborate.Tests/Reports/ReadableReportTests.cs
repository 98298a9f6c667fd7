using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Corroborate.Reports;
using static System.StringComparison;

namespace Corroborate.Tests.Reports;

/// <summary>report.md and report.html as a person reads them (issue 17, point 4): stories by importance, a
/// story's findings disputes and updates first with single-source figures collapsed, and article texts only on
/// request.</summary>
public class ReadableReportTests
{
    [Fact]
    public void IndependentSourcesWithADisputeOrAMovingFigureOutrankABigOneSourceStory()
    {
        var report = Build(
            new StorySpec(1, Articles: 12, Sources: 1, Kinds: ["single-source", "single-source"]),
            new StorySpec(2, Articles: 4, Sources: 3, Kinds: ["corroborated", "contradicted"]),
            new StorySpec(3, Articles: 5, Sources: 3, Kinds: ["corroborated", "updated"]),
            new StorySpec(4, Articles: 6, Sources: 4, Kinds: ["corroborated"]),
            new StorySpec(5, Articles: 4, Sources: 3, Kinds: ["part-total-mismatch"]));
        // 3 × 2 = 6 for stories 2, 3 and 5 (the bigger first, then the lower id), 4 × 1 for story 4, 1 for story 1.
        Assert.Equal([3, 2, 5, 4, 1], StoryImportance.Order(report).Select(s => s.Story.Id));
        var three = StoryImportance.Order(report)[0].Importance;
        Assert.Equal((6, 0, 1), (three.Score, three.DisputedFigures, three.UpdatedFigures));

        // report.json keeps its largest-first order and gains each story's rank and importance.
        using var json = JsonDocument.Parse(JsonReport.Render(report.WithImportance()));
        var stories = json.RootElement.GetProperty("stories").EnumerateArray().ToList();
        Assert.Equal([1, 4, 3, 2, 5], stories.Select(s => s.GetProperty("id").GetInt32()));
        var story2 = stories.Single(s => s.GetProperty("id").GetInt32() == 2);
        Assert.Equal(2, story2.GetProperty("rank").GetInt32());
        Assert.Equal(6, story2.GetProperty("importance").GetInt32());
        Assert.Equal(1, story2.GetProperty("disputed_figures").GetInt32());
        Assert.Equal(0, story2.GetProperty("updated_figures").GetInt32());

        // Every format shows the stories in that one order.
        string md = MarkdownReport.Render(report), html = HtmlReport.Render(report);
        Assert.Equal([3, 2, 5, 4, 1], Ids(md, @"(?m)^## Story (\d+):"));
        Assert.Equal([3, 2, 5, 4, 1], Ids(html, "<section class=\"story\" id=\"story-(\\d+)\">"));
        Assert.Equal([3, 2, 5, 4, 1], Ids(md, @"(?m)^\| (\d+) \| 0 \| Story"));   // the stories table
    }

    [Fact]
    public void FindingsShowDisputesAndUpdatesFirstAndCollapseSingleSourceFigures()
    {
        string[] kinds = ["single-source", "corroborated", "single-source", "updated", "single-source", "contradicted",
            "single-source", "corroborated", "single-source", "single-source", "part-total-mismatch"];
        var report = Build(new StorySpec(7, Articles: 6, Sources: 3, Kinds: kinds));
        string md = MarkdownReport.Render(report);
        var rows = Regex.Matches(md, @"(?m)^\| ([a-z-]+) \| ").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(["contradicted", "part-total-mismatch", "updated", "corroborated", "corroborated"], rows);
        Assert.Contains("6 single-source figures: given by two or more articles", md, Ordinal);
        Assert.Contains("They are listed in report.html and report.json.", md, Ordinal);
        Assert.DoesNotContain("single-source figure 1", md, Ordinal);
        Assert.Contains("Figures: 2 disputed, 1 updated, 2 corroborated, 6 single-source.", md, Ordinal);

        // With --with-text the Markdown lists them too; the HTML always lists them, folded under their count.
        string full = MarkdownReport.Render(report, new ReportOptions(WithText: true));
        Assert.Equal(6, Regex.Matches(full, @"(?m)^- other \(single-source figure \d+\)").Count);
        string html = HtmlReport.Render(report);
        const string Folded = "<details class=\"single-source\"><summary>6 single-source figures:.*?</details>";
        var folded = Regex.Match(html, Folded, RegexOptions.Singleline);
        Assert.True(folded.Success);
        Assert.Equal(6, Regex.Matches(folded.Value, "<td class=\"k-single-source\">").Count);
        int At(string kind) => html.IndexOf($"<td class=\"k-{kind}\">", Ordinal);
        Assert.True(At("contradicted") < At("updated") && At("updated") < At("corroborated"));
        Assert.True(At("corroborated") < folded.Index);
    }

    [Fact]
    public void AFewSingleSourceFiguresAreListedInTheMarkdown()
    {
        string[] kinds = ["single-source", "corroborated", "single-source"];
        var report = Build(new StorySpec(8, Articles: 3, Sources: 2, Kinds: kinds));
        string md = MarkdownReport.Render(report);
        Assert.Contains("2 single-source figures:", md, Ordinal);
        Assert.DoesNotContain("They are listed in", md, Ordinal);
        Assert.Equal(2, Regex.Matches(md, @"(?m)^- other \(single-source figure \d+\)").Count);
    }

    [Fact]
    public void ArticlesShowTheirLeadUnlessFullTextsAreAskedFor()
    {
        var report = Build(new StorySpec(9, Articles: 2, Sources: 2, Kinds: ["corroborated"]));
        var article = report.Articles[0];
        string lastWords = "the harbour reopened on Friday.";
        Assert.EndsWith(lastWords, article.Text, Ordinal);
        var pages = new[] { (MarkdownReport.Render(report), "md"), (HtmlReport.Render(report), "html") };
        foreach (var (text, name) in pages)
        {
            Assert.DoesNotContain(lastWords, text, Ordinal);
            Assert.DoesNotContain("Advertisement", text, Ordinal);   // removed lines go with the texts
            Assert.Contains("Coast News 0", text, Ordinal);
            Assert.Contains("https://news.example/9/0", text, Ordinal);
            Assert.Contains("2024-05-01T10:00:00Z", text, Ordinal);
            Assert.Contains(" …", text, Ordinal);
            Assert.True(name == "md" || text.Contains("<p class=\"lead\">Storm closes the port.", Ordinal), name);
        }
        var withText = new ReportOptions(WithText: true);
        Assert.Contains(lastWords, MarkdownReport.Render(report, withText), Ordinal);
        Assert.Contains(lastWords, HtmlReport.Render(report, withText), Ordinal);
        Assert.Contains("Advertisement", HtmlReport.Render(report, withText), Ordinal);
    }

    [Fact]
    public void LeadTakesWholeParagraphsUpToItsLengthAndCutsAtAWord()
    {
        Assert.Equal("Short text.", ReportOptions.Lead("Short text."));
        // A dateline alone is no lead: the next paragraph joins it.
        string more = string.Join(' ', Enumerable.Repeat("More.", 60));
        string dateline = ReportOptions.Lead("BERLIN (AP)\n\nThe first paragraph.\n\n" + more);
        Assert.StartsWith("BERLIN (AP) The first paragraph. More.", dateline, Ordinal);
        Assert.EndsWith("More. …", dateline, Ordinal);
        string words = string.Join(' ', Enumerable.Repeat("word", 200));
        string lead = ReportOptions.Lead(words);
        Assert.EndsWith("word …", lead, Ordinal);
        Assert.True(lead.Length <= ReportOptions.LeadLength + 2, lead);
        Assert.True(lead.Length >= ReportOptions.LeadLength / 2, lead);
    }

    private static IEnumerable<int> Ids(string page, string pattern) =>
        Regex.Matches(page, pattern).Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture));

    private sealed record StorySpec(int Id, int Articles, int Sources, string[] Kinds);

    /// <summary>A report of the given stories: each article a few paragraphs long with one removed line, its
    /// sources spread over <see cref="StorySpec.Sources"/> outlets, and one finding per kind given.</summary>
    private static Report Build(params StorySpec[] specs)
    {
        var articles = new List<ReportArticle>();
        var stories = new List<ReportStory>();
        var sources = new List<ReportStorySource>();
        var findings = new List<ReportFinding>();
        foreach (var spec in specs)
        {
            string key = spec.Id.ToString(CultureInfo.InvariantCulture);
            var ids = Enumerable.Range(0, spec.Articles).Select(j => $"{spec.Id:x8}{j:x8}").ToList();
            foreach (var (id, j) in ids.Select((id, j) => (id, j)))
            {
                string outlet = $"Coast News {j % spec.Sources}";
                const string paragraph = "Officials said the storm had closed the port for the week and ships waited.";
                string text = "Storm closes the port.\n\n" + string.Join("\n\n", Enumerable.Repeat(paragraph, 6))
                    + "\n\nBy the evening the harbour reopened on Friday.";
                string title = $"Story {spec.Id} article {j}", url = $"https://news.example/{spec.Id}/{j}";
                string published = $"2024-05-0{1 + j % 9}T10:00:00Z";
                articles.Add(new ReportArticle(id, outlet, url, title, published, "en", $"in/{id}.txt", text,
                    [new ReportRemovedLine("Advertisement", "page furniture")]));
                sources.Add(new ReportStorySource(key, j + 1, id, outlet, title, $"f{spec.Id}-{j % spec.Sources}"));
            }
            stories.Add(new ReportStory(spec.Id, 0, $"Story {spec.Id}", "2024-05-01T10:00:00Z", "2024-05-02T10:00:00Z",
                ids, ["port"], spec.Articles, spec.Sources));
            int n = 0;
            foreach (var kind in spec.Kinds)
            {
                int independent = kind == "single-source" ? 1 : Math.Min(2, spec.Sources);
                findings.Add(new ReportFinding(key, kind, "other", $"{kind} figure {++n}", [], ids.Take(2).ToList(), [],
                    2, independent, $"Finding {n} of story {spec.Id}."));
            }
        }
        // Only the sections these tests read; the others are absent, as when their stage did not run.
        var largestFirst = stories.OrderByDescending(s => s.ArticleCount).ThenBy(s => s.Id).ToList();
        return new Report
        {
            Articles = articles, Skipped = [], Findings = findings, StorySources = sources, Stories = largestFirst,
        };
    }
}

using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Corroborate.Cli;
using Corroborate.Reports;

namespace Corroborate.Tests.Reports;

/// <summary>The layout of report.md and report.html (docs/report-format.md, "report.md and report.html"): one page for a
/// small report, an index with the top stories in full and a page per other story for a large one.</summary>
public class ReportLayoutTests : IDisposable
{
    private readonly TempDir _temp = new();

    [Fact]
    public void SmallReportIsOnePageWithItsStoriesTable()
    {
        var report = Synthetic(stories: 5);
        var layout = ReportLayout.Of(report);
        Assert.False(layout.Split);
        var pages = Pages(report);
        Assert.Equal(new[] { "report.md", "report.html" }, pages.Keys);
        Assert.Equal(HtmlReport.Render(report), pages["report.html"]);
        Assert.Equal(MarkdownReport.Render(report), pages["report.md"]);
        Assert.Contains("<th>Key terms</th></tr>", pages["report.html"], StringComparison.Ordinal);   // the stories table, as before
        Assert.DoesNotContain("stories/", pages["report.html"], StringComparison.Ordinal);
        Assert.All(report.Articles, a => Assert.Contains($"<article id=\"a-{a.Id}\">", pages["report.html"], StringComparison.Ordinal));
    }

    [Fact]
    public void LargeReportIndexesEveryStoryMostImportantFirst()
    {
        var report = Synthetic(stories: 120);
        var layout = ReportLayout.Of(report);
        Assert.True(layout.Split);
        Assert.Equal(report.Stories!.Select(s => s.Id).Order(), layout.Index.Select(s => s.Story.Id).Order());
        foreach (var (before, after) in layout.Index.Zip(layout.Index.Skip(1)))
            Assert.True(Rank(before).CompareTo(Rank(after)) < 0, $"story {before.Key} is indexed before {after.Key}");
        // Disputes are contradicted figures and parts that do not add up; updates are counted apart.
        var disputed = layout.Index.Single(s => s.Story.Id == 5).Importance;
        Assert.Equal(report.Findings!.Count(f => f.Story == "5" && f.Kind is "contradicted" or "part-total-mismatch"), disputed.DisputedFigures);
        Assert.Equal(2, disputed.DisputedFigures);
        Assert.Equal(1, disputed.UpdatedFigures);
        Assert.Contains(report.Findings!, f => f.Story == "5" && f.Kind == "updated");
        // The stories in full are the first of the index, within both limits.
        var inFull = layout.InFull.ToList();
        Assert.Equal(layout.Index.Take(inFull.Count), inFull);
        Assert.InRange(inFull.Count, 1, ReportLayout.StoriesInFull);
        Assert.True(inFull.Sum(s => s.Story.ArticleCount) <= ReportLayout.ArticlesInFull);
        Assert.True(inFull.Count == ReportLayout.StoriesInFull
            || inFull.Sum(s => s.Story.ArticleCount) + layout.Index[inFull.Count].Story.ArticleCount > ReportLayout.ArticlesInFull);
    }

    [Fact]
    public void LargeReportShowsTopStoriesInFullAndGivesEveryOtherStoryALinkedPage()
    {
        var report = Synthetic(stories: 120);
        var layout = ReportLayout.Of(report);
        var pages = Pages(report);
        string main = pages["report.html"], mainMd = pages["report.md"];
        Assert.Equal(HtmlReport.Render(report), main);
        Assert.True(main.IndexOf("<h2>Stories</h2>", StringComparison.Ordinal) < main.IndexOf("<h2>Articles</h2>", StringComparison.Ordinal));
        var articles = report.Articles.ToDictionary(a => a.Id);
        foreach (var s in layout.InFull)
        {
            Assert.Contains($"<section class=\"story\" id=\"story-{s.Key}\">", main, StringComparison.Ordinal);
            Assert.Contains($"<a href=\"#story-{s.Key}\">", main, StringComparison.Ordinal);
            Assert.All(s.Story.Articles, id => Assert.Contains(Body(articles[id]), main, StringComparison.Ordinal));
            Assert.False(pages.ContainsKey(s.PagePath("html")));
        }
        foreach (var s in layout.OnOwnPage)
        {
            string page = pages[s.PagePath("html")], pageMd = pages[s.PagePath("md")];
            Assert.Contains($"<a href=\"stories/{s.Key}.html\">", main, StringComparison.Ordinal);
            Assert.Contains($"[stories/{s.Key}.md](stories/{s.Key}.md)", mainMd, StringComparison.Ordinal);
            Assert.DoesNotContain($"id=\"story-{s.Key}\"", main, StringComparison.Ordinal);
            // The story's article texts are on its page, not on the main page.
            Assert.All(s.Story.Articles, id => Assert.DoesNotContain(Body(articles[id]), main, StringComparison.Ordinal));
            Assert.All(s.Story.Articles, id => Assert.Contains(Body(articles[id]), page, StringComparison.Ordinal));
            Assert.Contains($"<section class=\"story\" id=\"story-{s.Key}\">", page, StringComparison.Ordinal);
            Assert.Contains("<a href=\"../report.html\">", page, StringComparison.Ordinal);
            Assert.Contains("](../report.md)", pageMd, StringComparison.Ordinal);
            // Only the story's own claims and entity mentions.
            Assert.DoesNotContain("<h2>Skipped inputs</h2>", page, StringComparison.Ordinal);
            Assert.Equal(s.Story.ArticleCount, Regex.Matches(page, "<article id=").Count);
            Assert.Equal(s.Story.ArticleCount, Regex.Matches(page, "<tr><td>Claim of ").Count);
        }
        Assert.Equal(2 * layout.OnOwnPage.Count() + 2, pages.Count);
        // Story pages come first, so that an index never links to a page not yet written.
        Assert.Equal(new[] { "report.md", "report.html" }, pages.Keys.TakeLast(2));
        AssertLinksResolve(pages);
    }

    [Fact]
    public void StoryPagesEscapeArticleText()
    {
        var report = Synthetic(stories: 120);
        var layout = ReportLayout.Of(report);
        var last = layout.Index[^1];
        string id = last.Story.Articles[0];
        report = report with { Articles = report.Articles.Select(a => a.Id == id ? a with { Title = "<b>Bold</b>", Text = "<script>alert(1)</script> body." } : a).ToList() };
        var pages = Pages(report);
        string page = pages[last.PagePath("html")];
        Assert.DoesNotContain("<script>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>Bold</b>", page, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; body.", page, StringComparison.Ordinal);
        Assert.Contains("\\<script\\>alert(1)\\</script\\> body.", pages[last.PagePath("md")], StringComparison.Ordinal);
    }

    [Fact]
    public void ReportFolderRemovesStalePagesOfAnEarlierRunAndNothingElse()
    {
        string dir = _temp.File("out");
        ReportFolder.Write(dir, Synthetic(stories: 120));
        var first = Directory.GetFiles(Path.Combine(dir, "stories")).Select(Path.GetFileName).ToHashSet();
        Assert.Contains("120.html", first);
        File.WriteAllText(Path.Combine(dir, "stories", "notes.txt"), "mine");

        var fewer = Synthetic(stories: 110);   // still split, but without stories 111–120
        ReportFolder.Write(dir, fewer);
        var second = Directory.GetFiles(Path.Combine(dir, "stories")).Select(Path.GetFileName).ToHashSet();
        Assert.DoesNotContain("120.html", second);
        Assert.DoesNotContain("120.md", second);
        Assert.Contains("notes.txt", second);
        Assert.Equal(ReportLayout.Of(fewer).OnOwnPage.Count() * 2 + 1, second.Count);
        Assert.Equal(HtmlReport.Render(fewer), File.ReadAllText(Path.Combine(dir, "report.html")));

        File.Delete(Path.Combine(dir, "stories", "notes.txt"));
        ReportFolder.Write(dir, Synthetic(stories: 5));   // one page: no story pages, no folder
        Assert.False(Directory.Exists(Path.Combine(dir, "stories")));
        Assert.Equal(new[] { "report.html", "report.json", "report.md" }, Directory.GetFiles(dir).Select(Path.GetFileName).Order());
    }

    public void Dispose() => _temp.Dispose();

    /// <summary>Sort key of the index: independent sources × (1 + disputed + updated figures), articles (both
    /// descending), then id.</summary>
    private static (int, int, int) Rank(IndexedStory s)
    {
        var i = s.Importance;
        return (-s.Story.SourceCount * (1 + i.DisputedFigures + i.UpdatedFigures), -s.Story.ArticleCount, s.Story.Id);
    }

    /// <summary>The article's text as a paragraph: its lead, which for these short articles is the whole text.</summary>
    private static string Body(ReportArticle a) => $">{WebUtility.HtmlEncode(a.Text)}</p>";

    /// <summary>Every page as ReportFiles writes it, by path, in the order written.</summary>
    private static Dictionary<string, string> Pages(Report report)
    {
        var pages = new Dictionary<string, string>();
        ReportFiles.Write(report, (path, render) =>
        {
            var w = new StringWriter();
            render(w);
            pages.Add(path, w.ToString());
        });
        return pages;
    }

    /// <summary>Every href of every HTML page names a page that exists and, after #, an id on it.</summary>
    private static void AssertLinksResolve(Dictionary<string, string> pages)
    {
        var ids = pages.ToDictionary(p => p.Key, p => Regex.Matches(p.Value, " id=\"([^\"]*)\"").Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToHashSet());
        foreach (var (path, html) in pages.Where(p => p.Key.EndsWith(".html", StringComparison.Ordinal)))
            foreach (Match m in Regex.Matches(html, "href=\"([^\"]*)\""))
            {
                string href = WebUtility.HtmlDecode(m.Groups[1].Value);
                int hash = href.IndexOf('#');
                string file = hash < 0 ? href : href[..hash], anchor = hash < 0 ? "" : href[(hash + 1)..];
                string target = file.Length == 0 ? path : Path.GetRelativePath(".", Path.Combine(Path.GetDirectoryName(path)!, file)).Replace('\\', '/');
                Assert.True(pages.ContainsKey(target), $"{path}: {href} names no page");
                if (anchor.Length > 0) Assert.True(ids[target].Contains(anchor), $"{path}: {href} names no anchor");
            }
    }

    /// <summary>
    /// A report of <paramref name="stories"/> stories: story i has 1 + i % 7 articles, as many independent sources as
    /// it has articles up to 1 + i % 4, i % 3 contradicted figures and one updated figure, one claim per article, a
    /// copied pair when it has two articles or more, and an entity every article mentions.
    /// </summary>
    private static Report Synthetic(int stories)
    {
        var articles = new List<ReportArticle>();
        var section = new List<ReportStory>();
        var sources = new List<ReportStorySource>();
        var findings = new List<ReportFinding>();
        var claims = new List<ReportClaim>();
        var copies = new List<ReportCopy>();
        var mentions = new List<ReportMention>();
        for (int i = 1; i <= stories; i++)
        {
            string key = i.ToString(CultureInfo.InvariantCulture);
            int count = 1 + i % 7, independent = Math.Min(count, 1 + i % 4);
            var ids = Enumerable.Range(1, count).Select(j => $"{i:x8}{j:x8}").ToList();
            foreach (var (id, j) in ids.Select((id, j) => (id, j)))
            {
                string text = $"Body of article {j + 1} of story {i}.";
                articles.Add(new ReportArticle(id, $"outlet{j % independent}", null, $"Story {i} article {j + 1}", $"2024-05-{1 + j:00}T10:00:00Z", "en", $"in/{id}.txt", text, []));
                sources.Add(new ReportStorySource(key, j + 1, id, $"outlet{j % independent}", $"Story {i} article {j + 1}", $"f{i}-{j % independent}"));
                claims.Add(new ReportClaim($"{id}-1", id, "dead", "dead", null, null, null, "total", null, j + 1, j + 1, "exact", "people", null, false, null, text, 0, 4) { Figure = $"Claim of {id}" });
                mentions.Add(new ReportMention(id, 0, 4, j % 2 == 0 ? "Body" : "BODY"));
            }
            section.Add(new ReportStory(i, i % 3, $"Story {i}", $"2024-05-01T10:00:00Z", $"2024-05-{count:00}T10:00:00Z", ids, ["body", "story"], count, independent));
            for (int k = 0; k < i % 3; k++)
                findings.Add(new ReportFinding(key, k == 0 ? "contradicted" : "part-total-mismatch", "dead", "total", [], ids, [], count, independent, "Disputed."));
            findings.Add(new ReportFinding(key, "updated", "injured", "total", [], ids, [], count, independent, "Updated, not disputed."));
            if (count >= 2) copies.Add(new ReportCopy(ids[0], ids[1], 0.9, 0.9, 0.9, ids[0], [new ReportPassage(0, 4, 0, 4, ids[0])]));
        }
        return new Report
        {
            Articles = articles,
            Skipped = [new ReportSkipped("in/empty.txt", "empty file")],
            Claims = claims,
            Quotes = [],
            Findings = findings,
            Timeline = [],
            Brief = [],
            StorySources = sources,
            StoryNotes = [],
            Copies = copies,
            Families = copies.Select(c => (IReadOnlyList<string>)[c.A, c.B]).ToList(),
            Entities = [new ReportEntity("e000000000001", "Body", "ORG", ["Body", "BODY"], mentions)],
            Stories = section.OrderByDescending(s => s.ArticleCount).ThenBy(s => s.Id).ToList(),
        };
    }
}

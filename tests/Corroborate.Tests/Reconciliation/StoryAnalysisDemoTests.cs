using System.Text.Json;
using Corroborate.Tests.Cli;

namespace Corroborate.Tests.Reconciliation;

/// <summary>Findings, timeline and brief of the demo corpus, against samples/demo/EXPECTED.md (sections 8–10).</summary>
public sealed class StoryAnalysisDemoTests(StoryAnalysisDemoTests.Analysis analysis) : IClassFixture<StoryAnalysisDemoTests.Analysis>
{
    public sealed class Analysis : IDisposable
    {
        private readonly TempDir _temp = new();
        public CliRunner.Result Run { get; }
        public JsonElement Report { get; }
        public string Html { get; }

        public Analysis()
        {
            Run = CliRunner.Run(_temp.Path, "analyze", Path.Combine(TestPaths.Demo, "articles"), "--out", "out", "--brief-sentences", "6");
            Report = JsonDocument.Parse(File.ReadAllText(_temp.File("out/report.json"))).RootElement.Clone();
            Html = File.ReadAllText(_temp.File("out/report.html"));
        }

        public string IdOf(string fileName) => Report.GetProperty("articles").EnumerateArray()
            .Single(a => Path.GetFileName(a.GetProperty("path").GetString()!) == fileName || a.GetProperty("url").GetString() == fileName)
            .GetProperty("id").GetString()!;

        /// <summary>The story the given article was analysed in.</summary>
        public string StoryOf(string fileName) => Report.GetProperty("story_sources").EnumerateArray()
            .First(s => s.GetProperty("article").GetString() == IdOf(fileName)).GetProperty("story").GetString()!;

        public IEnumerable<JsonElement> Section(string name, string story) =>
            Report.GetProperty(name).EnumerateArray().Where(e => e.GetProperty("story").GetString() == story);

        public void Dispose() => _temp.Dispose();
    }

    private const string A07 = "a07_morning_ledger_minister_arrest.txt";
    private const string A09 = "a09_prensa_austral_dateline.txt";
    private const string B02 = "b02_evening_post_plant_blast.txt";

    private JsonElement Finding(string story, string category, string kind, string subject = "total") =>
        analysis.Section("findings", story).Single(f => f.GetProperty("category").GetString() == category
            && f.GetProperty("kind").GetString() == kind && f.GetProperty("subject").GetString() == subject);

    [Fact]
    public void RisingArrestFiguresAreAnUpdateNotAContradiction()
    {
        Assert.True(analysis.Run.ExitCode == 0, analysis.Run.Stderr);
        var story = analysis.StoryOf(A07);
        string note = Finding(story, "arrested", "updated").GetProperty("note").GetString()!;
        Assert.Contains("rose from", note);
        Assert.Contains("more than 3,000", note);
        Assert.Contains("about 3,900", note);
        Assert.DoesNotContain(analysis.Section("findings", story), f => f.GetProperty("category").GetString() == "arrested" && f.GetProperty("kind").GetString() == "contradicted");
    }

    [Fact]
    public void DeathTollIsContradictedAndItsPartsAreNotARivalTotal()
    {
        var story = analysis.StoryOf(A07);
        string contradicted = Finding(story, "dead", "contradicted").GetProperty("note").GetString()!;
        Assert.Contains("23", contradicted);
        Assert.Contains("30", contradicted);
        // 14 rioters and 9 police add up to the authorities' 23: the parts fit a total, so there is no part-total finding,
        // and the dispute is the one between the totals.
        Assert.DoesNotContain(analysis.Section("findings", story), f => f.GetProperty("kind").GetString() == "part-total-mismatch");
        Assert.Contains(analysis.Section("findings", story), f => f.GetProperty("category").GetString() == "dead"
            && f.GetProperty("subject").GetString()!.Contains("police") && f.GetProperty("note").GetString()!.Contains("part count"));
    }

    [Fact]
    public void MovingTollsOfTheBlastAreUpdatesAndEvacuationIsCorroborated()
    {
        var story = analysis.StoryOf(B02);
        Assert.Contains("rose from at least 5", Finding(story, "dead", "updated").GetProperty("note").GetString());
        Assert.Contains("fell from 12", Finding(story, "missing", "updated").GetProperty("note").GetString());
        Assert.True(Finding(story, "evacuated", "corroborated").GetProperty("independent_sources").GetInt32() >= 3);
    }

    [Fact]
    public void AFigureOnlyInOneWireFamilyCountsAsOneIndependentSource()
    {
        var story = analysis.StoryOf(B02);
        var employees = analysis.Section("findings", story).Single(f => f.GetProperty("note").GetString()!.Contains("about 350"));
        Assert.Equal("single-source", employees.GetProperty("kind").GetString());
        Assert.Equal(2, employees.GetProperty("sources").GetInt32());
        Assert.Equal(1, employees.GetProperty("independent_sources").GetInt32());
    }

    [Fact]
    public void TimelineDatesTheArrestAndInventsNoDatesFromTheMisleadingDateline()
    {
        var story = analysis.StoryOf(A07);
        var timeline = analysis.Section("timeline", story).ToList();
        Assert.Contains(timeline, e => e.GetProperty("date").GetString() == "2025-03-13" && e.GetProperty("kind").GetString() == "arrest"
            && e.GetProperty("articles").EnumerateArray().Any(a => a.GetString() == analysis.IdOf(A07)));
        Assert.Contains(timeline, e => e.GetProperty("date").GetString() == "2025-03-10" && e.GetProperty("kind").GetString() == "dismissal");
        Assert.DoesNotContain(timeline, e => e.GetProperty("date").GetString() is "2025-03-24" or "2025-03-27" or "2025-03-29");
        var dates = timeline.Select(e => e.GetProperty("date").GetString()).ToList();
        Assert.Equal(dates.Order(StringComparer.Ordinal), dates);
        // The dateline article is flagged in its story's notes (the story stage may not have joined it to A07's story).
        Assert.Contains(analysis.Section("story_notes", analysis.StoryOf(A09)), n => n.GetProperty("text").GetString()!.Contains(A09));
    }

    [Fact]
    public void BriefCitesItsSourcesAndShowsTheDisputedTollAsDisputed()
    {
        var story = analysis.StoryOf(A07);
        var brief = analysis.Section("brief", story).ToList();
        Assert.Equal(6, brief.Count);
        Assert.All(brief, b => Assert.Matches(@"\[\d+\]", b.GetProperty("text").GetString()!));
        var disputed = brief.Single(b => b.GetProperty("text").GetString()!.StartsWith("Death toll disputed:", StringComparison.Ordinal));
        Assert.True(disputed.GetProperty("generated").GetBoolean());
        // Copies repeat sentences: no sentence of the wire family appears twice.
        var texts = brief.Select(b => b.GetProperty("text").GetString()).ToList();
        Assert.Equal(texts.Distinct().Count(), texts.Count);
    }

    [Fact]
    public void EveryCountOfIndependentSourcesAgrees()
    {
        foreach (var story in analysis.Report.GetProperty("stories").EnumerateArray())
        {
            string id = story.GetProperty("id").ToString();
            var families = analysis.Section("story_sources", id).Select(s => s.GetProperty("family").GetString()).Distinct().Count();
            if (families == 0) continue;   // a story with no article in the report
            Assert.Equal(story.GetProperty("source_count").GetInt32(), families);
            foreach (var finding in analysis.Section("findings", id))
            {
                var cited = finding.GetProperty("articles").EnumerateArray().Select(a => a.GetString()).ToHashSet();
                int expected = analysis.Section("story_sources", id).Where(s => cited.Contains(s.GetProperty("article").GetString()))
                    .Select(s => s.GetProperty("family").GetString()).Distinct().Count();
                Assert.Equal(expected, finding.GetProperty("independent_sources").GetInt32());
            }
        }
    }

    [Fact]
    public void HtmlHasAStorySectionWithAnSvgTimelineAndNoScripts()
    {
        Assert.Contains("class=\"story\"", analysis.Html);
        Assert.Contains("<svg class=\"timeline\"", analysis.Html);
        Assert.DoesNotContain("<script", analysis.Html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("(generated from the findings)", analysis.Html);
    }
}

using System.Text.Json;
using Corroborate.Tests.Cli;

namespace Corroborate.Tests.Reconciliation;

/// <summary>The seed articles (../shared/data/seeds), checked for the behaviours issue 8 names; skipped without the shared data.</summary>
public sealed class SeedStoryTests
{
    [SharedDataFact]
    public void SeedsShowRisingArrestsDisputedDeathsTheDatelineConflictAndTheArrestDate()
    {
        using var temp = new TempDir();
        var run = CliRunner.Run(temp.Path, "analyze", TestPaths.Seeds, "--out", "out");
        Assert.True(run.ExitCode == 0, run.Stderr);
        var report = JsonDocument.Parse(File.ReadAllText(temp.File("out/report.json"))).RootElement;
        var findings = report.GetProperty("findings").EnumerateArray().ToList();
        string Note(string category, string kind) => findings.First(f => f.GetProperty("category").GetString() == category && f.GetProperty("kind").GetString() == kind).GetProperty("note").GetString()!;

        Assert.Matches("rose from more than 4,000 .* to about 4,500", Note("arrested", "updated"));
        string deaths = Note("dead", "part-total-mismatch");
        Assert.Contains("26 \"armed criminals\"", deaths);
        Assert.Contains("18", deaths);
        Assert.Contains("40", deaths);
        Assert.Contains("about 12", deaths);
        Assert.Contains(report.GetProperty("story_notes").EnumerateArray(), n => n.GetProperty("text").GetString()!.Contains("004_"));
        Assert.Contains(report.GetProperty("timeline").EnumerateArray(), e => e.GetProperty("date").GetString() == "2022-01-06"
            && e.GetProperty("kind").GetString() == "arrest" && e.GetProperty("text").GetString()!.Contains("Massimov"));
        // 19 million appears only in 000 and its copy 002: one independent source.
        var population = findings.Single(f => f.GetProperty("note").GetString()!.Contains("19 million"));
        Assert.Equal(2, population.GetProperty("sources").GetInt32());
        Assert.Equal(1, population.GetProperty("independent_sources").GetInt32());
    }
}

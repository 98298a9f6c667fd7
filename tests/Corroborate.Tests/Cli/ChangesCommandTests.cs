using System.Text.Json;

namespace Corroborate.Tests.Cli;

/// <summary>The changes command: lists what ingest runs recorded, as text or JSON, and refuses a bad --since.</summary>
public sealed class ChangesCommandTests : IDisposable
{
    private readonly TempDir _temp = new();

    [Fact]
    public void ListsTheRecordsOfAnIngestAndRefusesABadSince()
    {
        string demo = Path.Combine(TestPaths.Demo, "articles");
        Assert.Equal(0, CliRunner.Run(_temp.Path, "ingest", demo, "--db", "c.db").ExitCode);

        var json = CliRunner.Run(_temp.Path, "changes", "--db", "c.db", "--json", "--since", "1h");
        Assert.Equal(0, json.ExitCode);
        var changes = JsonDocument.Parse(json.Stdout).RootElement.GetProperty("changes");
        Assert.True(changes.GetArrayLength() > 0);
        Assert.All(changes.EnumerateArray(), c => Assert.True(c.GetProperty("created").GetBoolean()));

        int story = changes[0].GetProperty("story").GetInt32();
        var text = CliRunner.Run(_temp.Path, "changes", "--db", "c.db", "--story", story.ToString());
        Assert.Contains($"story {story}", text.Stdout);
        Assert.Contains("Story created with", text.Stdout);

        var bad = CliRunner.Run(_temp.Path, "changes", "--db", "c.db", "--since", "last tuesday");
        Assert.Equal(1, bad.ExitCode);
        Assert.StartsWith("error: --since 'last tuesday' is not", bad.Stderr);
    }

    public void Dispose() => _temp.Dispose();
}

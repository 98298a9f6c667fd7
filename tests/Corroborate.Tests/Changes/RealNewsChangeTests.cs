using System.Text.Json;
using Corroborate.Core.Changes;
using Corroborate.Core.Ingest;
using Corroborate.Storage;

namespace Corroborate.Tests.Changes;

/// <summary>
/// A developing corpus followed in two updates: realnews-dev ordered by publication time, the first two thirds
/// ingested, then the rest. The first update creates every story; the second records what it added to them.
/// </summary>
public sealed class RealNewsChangeTests : IDisposable
{
    private readonly TempDir _temp = new();

    private static CorpusIngest.Outcome Ingest(string db, string file)
    {
        using var store = StoreFactory.Open(db);
        return CorpusIngest.Store(store, new Ingestor(new IngestOptions()).Run(InputScanner.Expand([file])));
    }

    private static string? Published(string line) =>
        JsonDocument.Parse(line).RootElement.TryGetProperty("published", out var p) ? p.GetString() : "";

    [SharedDataFact]
    public void TheSecondUpdateRecordsWhatItAddedAndARepeatRecordsNothing()
    {
        var lines = File.ReadAllLines(Path.Combine(TestPaths.SharedData, "realnews-dev", "articles.jsonl"))
            .Where(l => l.Length > 0)
            .OrderBy(Published, StringComparer.Ordinal)
            .ToList();
        string early = _temp.File("early.jsonl"), late = _temp.File("late.jsonl"), db = _temp.File("changes.db");
        File.WriteAllLines(early, lines.Take(lines.Count * 2 / 3));
        File.WriteAllLines(late, lines.Skip(lines.Count * 2 / 3));

        var first = Ingest(db, early);
        Assert.NotEmpty(first.Changes);
        Assert.All(first.Changes, c => Assert.True(c.Created && c.ArticlesAdded == c.Articles));
        Assert.All(first.Changes, c => Assert.NotEmpty(c.NewSources));

        var second = Ingest(db, late);
        var grown = second.Changes.Where(c => !c.Created).ToList();
        Assert.NotEmpty(grown);
        Assert.All(second.Changes, c => Assert.True(c.Id > first.Changes.Max(f => f.Id)));
        Assert.Contains(grown, c => c.ArticlesAdded > 0 && c.NewSources.Count > 0);
        Assert.Contains(second.Changes.Concat(first.Changes), c => c.FiguresUpdated.Count > 0);
        // A new source is one the story had no outlet of: no outlet is new twice to one story.
        foreach (var story in first.Changes.Concat(second.Changes).GroupBy(c => c.Story))
        {
            var outlets = story.SelectMany(c => c.NewSources.SelectMany(s => s.Outlets)).ToList();
            Assert.Equal(outlets.Count, outlets.Distinct().Count());
        }
        using (var store = StoreFactory.Open(db))
        {
            foreach (var c in second.Changes) Assert.Equal(store.ListStoryMembers(c.Story).Count, c.Articles);
            Assert.Equal(first.Changes.Count + second.Changes.Count, store.ListStoryChanges(null, null, 10_000).Count);
        }

        Assert.Empty(Ingest(db, late).Changes);
    }

    public void Dispose() => _temp.Dispose();
}

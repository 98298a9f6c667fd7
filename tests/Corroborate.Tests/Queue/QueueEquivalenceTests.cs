using System.Text.Json;
using Corroborate.Core;
using Corroborate.Core.Briefs;
using Corroborate.Core.Changes;
using Corroborate.Core.Ingest;
using Corroborate.Core.Store;
using Corroborate.Queue;
using Corroborate.Storage;
using Corroborate.Tests.Storage;

namespace Corroborate.Tests.Queue;

/// <summary>A fact that needs a RabbitMQ broker and a PostgreSQL server (CI starts both) and skips with the reason otherwise.</summary>
public sealed class BrokerFactAttribute : FactAttribute
{
    public const string BrokerVariable = "CORROBORATE_TEST_AMQP";

    public static string? Broker => Environment.GetEnvironmentVariable(BrokerVariable) is { Length: > 0 } b ? b : null;

    public BrokerFactAttribute(bool needsSharedData = false)
    {
        if (Broker is null) Skip = $"needs a RabbitMQ broker in {BrokerVariable} (set by .ci/run)";
        else if (StoreBackends.PostgresConnection is null) Skip = $"needs PostgreSQL in {StoreBackends.PostgresVariable} (set by .ci/run)";
        else if (needsSharedData && !TestPaths.HasSharedData) Skip = TestPaths.NoSharedData;
    }
}

/// <summary>
/// The same inputs through the queue — one worker or three, on PostgreSQL — and through the single-process ingest on
/// SQLite give the same stored articles, stories, copies, entities, story findings and change records: the assigner
/// commits the workers' batches in publication order through the same committer as ingest.
/// </summary>
public sealed class QueueEquivalenceTests : IDisposable
{
    private readonly StoreBackends _backends = new();
    private readonly TempDir _temp = new();
    private readonly List<QueueSettings> _queues = [];

    [BrokerFact]
    public async Task DemoCorpusGivesTheSameResultsThroughOneAndThreeWorkers() =>
        await AssertSameResults([Path.Combine(TestPaths.Demo, "articles")], batchSize: 6);

    [BrokerFact(needsSharedData: true)]
    public async Task RealNewsGivesTheSameResultsThroughOneAndThreeWorkers() =>
        await AssertSameResults([Path.Combine(TestPaths.SharedData, "realnews-dev", "articles.jsonl")], batchSize: 60);

    private async Task AssertSameResults(string[] inputs, int batchSize)
    {
        var options = new IngestOptions { BatchSize = batchSize };
        string single = _temp.File("single.db");
        using (var store = StoreFactory.Open(single))
            CorpusIngest.Store(store, new Ingestor(options).Run(InputScanner.Expand(inputs)));
        var expected = Fingerprint(single);
        Assert.True(expected.Articles.Count > batchSize, "the corpus should fill several batches");

        Assert.Equal(expected, await ThroughQueue(inputs, options, workers: 1));
        Assert.Equal(expected, await ThroughQueue(inputs, options, workers: 3));
    }

    private async Task<CorpusFingerprint> ThroughQueue(string[] inputs, IngestOptions options, int workers)
    {
        var settings = new QueueSettings(new Uri(BrokerFactAttribute.Broker!), $"test-{Guid.NewGuid():N}");
        _queues.Add(settings);
        string db = _backends.PostgresUrl();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(4));
        var submitted = await new Submitter(settings, _ => { }).SubmitAsync(new Ingestor(options).ReadBatches(InputScanner.Expand(inputs)), timeout.Token);
        Assert.True(submitted.Batches > 1);
        var idle = TimeSpan.FromSeconds(3);
        await Task.WhenAll(Enumerable.Range(0, workers).Select(_ => Task.Run(() => new Worker(settings, db, options, _ => { }) { ExitWhenIdle = idle }.RunAsync(timeout.Token))));
        await new Assigner(db, _ => { }) { ExitWhenIdle = TimeSpan.FromSeconds(1) }.RunAsync(timeout.Token);
        Assert.False(timeout.IsCancellationRequested, "the queue run took longer than its time limit");
        return Fingerprint(db);
    }

    /// <summary>What a run leaves, as comparable text: story ids are the stage's own numbering, so stories are compared by their members.</summary>
    private static CorpusFingerprint Fingerprint(string db)
    {
        using var store = StoreFactory.Open(db);
        var ids = store.ListArticles().Select(a => a.Id).ToList();
        var stories = store.ListArticleStories().GroupBy(s => s.Story)
            .Select(g => string.Join(' ', g.Select(s => s.ArticleId).Order(StringComparer.Ordinal))).Order(StringComparer.Ordinal).ToList();
        var copies = store.GetCopiesAmong(ids).Select(c => JsonSerializer.Serialize(c)).Order(StringComparer.Ordinal).ToList();
        var entities = store.ListEntities().Select(e => JsonSerializer.Serialize(e)).Order(StringComparer.Ordinal).ToList();
        var findings = Flow.Analyze(store, ids, new BriefOptions()).Stories
            .Select(s => JsonSerializer.Serialize(new { members = s.Story.Sources.Select(a => a.Article.Id).Order(StringComparer.Ordinal), s.Findings, s.Timeline, s.Brief, s.Notes }))
            .Order(StringComparer.Ordinal).ToList();
        // Change records: one per story of the one run (one submission); their ids, times and story numbers are the
        // store's own, so each is compared by its story's members and what it says.
        var changes = store.ListStoryChanges(null, null, int.MaxValue)
            .Select(c => string.Join(' ', store.ListStoryMembers(c.Story).Order(StringComparer.Ordinal)) + " "
                + StoryChangeJson.Encode(c with { Id = 0, Story = 0, Recorded = default }))
            .Order(StringComparer.Ordinal).ToList();
        var articles = ids.Order(StringComparer.Ordinal).ToList();
        return new CorpusFingerprint(articles, stories, copies, entities, findings, changes);
    }

    private sealed record CorpusFingerprint(
        IReadOnlyList<string> Articles, IReadOnlyList<string> Stories, IReadOnlyList<string> Copies,
        IReadOnlyList<string> Entities, IReadOnlyList<string> Findings, IReadOnlyList<string> Changes)
    {
        public bool Equals(CorpusFingerprint? other) => other is not null && Articles.SequenceEqual(other.Articles) && Stories.SequenceEqual(other.Stories) &&
            Copies.SequenceEqual(other.Copies) && Entities.SequenceEqual(other.Entities)
            && Findings.SequenceEqual(other.Findings) && Changes.SequenceEqual(other.Changes);

        public override int GetHashCode() => Articles.Count;

        public override string ToString() => $"{Articles.Count} articles, {Stories.Count} stories, {Copies.Count} copies, "
            + $"{Entities.Count} entities, {Findings.Count} story analyses, {Changes.Count} change records";
    }

    public void Dispose()
    {
        foreach (var settings in _queues) QueueCleanup.Delete(settings);
        _backends.Dispose();
        _temp.Dispose();
    }
}

/// <summary>Deletes a test's queues from the broker.</summary>
public static class QueueCleanup
{
    public static void Delete(QueueSettings settings)
    {
        var factory = new RabbitMQ.Client.ConnectionFactory { Uri = settings.Broker };
        using var connection = factory.CreateConnectionAsync().GetAwaiter().GetResult();
        using var channel = connection.CreateChannelAsync().GetAwaiter().GetResult();
        channel.QueueDeleteAsync(settings.BatchQueue, ifUnused: false, ifEmpty: false).GetAwaiter().GetResult();
        channel.QueueDeleteAsync(settings.DeadLetterQueue, ifUnused: false, ifEmpty: false).GetAwaiter().GetResult();
    }
}

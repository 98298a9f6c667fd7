using Corroborate.Core.Ingest;
using Corroborate.Core.Store;

namespace Corroborate.Tests.Storage;

/// <summary>The scale-out tables behave the same on each backend: staging is idempotent, batches come out in publication order, dead batches are passed over and replays come back.</summary>
public sealed class WorkQueueStoreTests : IDisposable
{
    private readonly StoreBackends _backends = new();

    public static TheoryData<string> Backends => StoreBackends.Names;

    private static readonly DateTimeOffset Early = new(2026, 1, 2, 3, 4, 5, TimeSpan.Zero), Late = Early.AddMinutes(1);

    private static QueuedBatchKey Key(string submission, int seq, bool last = false, DateTimeOffset? at = null) => new(submission, at ?? Early, seq, last);

    [Theory, MemberData(nameof(Backends))]
    public void CommitsASubmissionsBatchesInOrderWhicheverWasStagedFirst(string backend)
    {
        using var store = _backends.Location(backend)();
        store.StageBatch(Key("s", 1, last: true), [1], 1, 0, "w1");
        Assert.Null(store.NextStagedBatch()); // batch 0 is not staged yet
        store.StageBatch(Key("s", 0), [0], 1, 0, "w2");
        Assert.Equal(0, store.NextStagedBatch()!.Key.Seq);
        store.MarkBatchCommitted(Key("s", 0));
        var next = store.NextStagedBatch()!;
        Assert.Equal((1, true), (next.Key.Seq, next.Key.IsLast));
        Assert.Equal(new byte[] { 1 }, next.Payload);
        store.MarkBatchCommitted(next.Key);
        Assert.Null(store.NextStagedBatch());
        Assert.All(store.ListQueuedBatches(), b => Assert.Equal(QueuedBatchState.Committed, b.State));
    }

    [Theory, MemberData(nameof(Backends))]
    public void EarlierSubmissionsComeFirst(string backend)
    {
        using var store = _backends.Location(backend)();
        store.StageBatch(Key("later", 0, at: Late), [2], 1, 0, "w");
        store.StageBatch(Key("earlier", 0, at: Early), [1], 1, 0, "w");
        Assert.Equal("earlier", store.NextStagedBatch()!.Key.Submission);
    }

    [Theory, MemberData(nameof(Backends))]
    public void StagingAgainAddsNothingAndACommittedBatchStaysCommitted(string backend)
    {
        using var store = _backends.Location(backend)();
        store.StageBatch(Key("s", 0), [1], 5, 0, "w1");
        store.StageBatch(Key("s", 0), [9], 7, 0, "w2"); // a redelivered message
        Assert.Equal(new byte[] { 1 }, store.NextStagedBatch()!.Payload);
        store.MarkBatchCommitted(Key("s", 0));
        store.StageBatch(Key("s", 0), [9], 7, 0, "w3");
        Assert.Null(store.NextStagedBatch());
        var only = Assert.Single(store.ListQueuedBatches());
        Assert.Equal((QueuedBatchState.Committed, 5, "w1"), (only.State, only.Articles, only.Worker));
    }

    [Theory, MemberData(nameof(Backends))]
    public void ADeadBatchIsPassedOverAndAReplayStagesItAgain(string backend)
    {
        using var store = _backends.Location(backend)();
        store.MarkBatchDead(Key("s", 0), "unreadable body", "w1");
        store.StageBatch(Key("s", 1, last: true), [1], 1, 0, "w1");
        Assert.Equal(1, store.NextStagedBatch()!.Key.Seq);
        store.MarkBatchCommitted(Key("s", 1));
        Assert.Equal("unreadable body", Assert.Single(store.ListQueuedBatches(), b => b.State == QueuedBatchState.Dead).Reason);
        store.StageBatch(Key("s", 0), [0], 1, 0, "w2"); // replayed after a fix
        Assert.Equal(0, store.NextStagedBatch()!.Key.Seq);
        store.MarkBatchDead(Key("s", 0), "again", "w3"); // a staged batch is not marked dead
        Assert.NotNull(store.NextStagedBatch());
    }

    [Theory, MemberData(nameof(Backends))]
    public void OnlyOneAssignerHoldsTheLockUntilItLetsGo(string backend)
    {
        var open = _backends.Location(backend);
        using var first = open();
        using var second = open();
        var held = first.TryTakeAssignerLock();
        Assert.NotNull(held);
        Assert.Null(second.TryTakeAssignerLock());
        held!.Dispose();
        using var taken = second.TryTakeAssignerLock();
        Assert.NotNull(taken);
    }

    [Theory, MemberData(nameof(Backends))]
    public void ProcessRecordsAreUpdatedInPlace(string backend)
    {
        using var store = _backends.Location(backend)();
        var p = new QueueProcess("w-1", "worker", "host", 42, Early, Early, 0, 0, 0.5, 0, null);
        store.RecordProcess(p);
        store.RecordProcess(p with { Seen = Late, Batches = 2, Articles = 900, CpuSeconds = 12.5, Failures = 1, LastError = "database away" });
        var stored = Assert.Single(store.ListProcesses());
        Assert.Equal((Late, 2, 900, 12.5, 1, "database away"), (stored.Seen, stored.Batches, stored.Articles, stored.CpuSeconds, stored.Failures, stored.LastError));
    }

    [Fact]
    public void AStagedBatchDecodesToTheArticlesAsAnnotated()
    {
        var articles = new[]
        {
            StoreContractTests.MakeArticle("Officials said 12 people were killed in Almaty on Thursday.\n\nThe mayor, Erlan Bakiev, spoke.", "a.txt", "Wire", Early),
            StoreContractTests.MakeArticle("A second text with 40 arrests reported by police.", "b.txt"),
        };
        var batch = new IngestBatch(articles, [new SkippedInput("c.txt", "empty")]);
        var decoded = StagedBatchCodec.Decode(StagedBatchCodec.Encode(batch));
        Assert.Equal(batch.Skipped, decoded.Skipped);
        Assert.Equal(articles.Select(AnnotationCodec.Encode).Select(a => a.Data), decoded.Articles.Select(AnnotationCodec.Encode).Select(a => a.Data));
        Assert.Equal(articles.Select(a => (a.Id, a.Text, a.Original, a.Source, a.Published, a.Path, a.Format)),
            decoded.Articles.Select(a => (a.Id, a.Text, a.Original, a.Source, a.Published, a.Path, a.Format)));
        Assert.Equal(articles.Select(a => a.Offsets.Anchors.ToList()), decoded.Articles.Select(a => a.Offsets.Anchors.ToList()));
        Assert.Throws<InvalidDataException>(() => StagedBatchCodec.Decode([1, 2, 3]));
    }

    public void Dispose() => _backends.Dispose();
}

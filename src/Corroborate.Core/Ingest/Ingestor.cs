using System.Text;
using Corroborate.Core.Cleaning;

namespace Corroborate.Core.Ingest;

/// <summary>
/// Inputs in, articles out: scans the paths, reads each document with its format's reader, and runs the
/// per-article pipeline in parallel. Work is handed out in batches so that the caller can store each
/// batch in one transaction and memory stays bounded.
/// </summary>
/// <param name="pipeline">The per-article pipeline for a batch's line counts; <see cref="Pipeline.Default"/> unless a test needs other stages.</param>
public sealed class Ingestor(IngestOptions options, Func<LineRecurrence, Pipeline>? pipeline = null)
{
    /// <summary>The default of <see cref="IngestOptions.BatchSize"/>.</summary>
    public const int BatchSize = 500;

    /// <summary>
    /// A batch also closes at this much text: an annotated article holds tens of bytes per character (tokens,
    /// mentions, claims) until its batch is stored, so 500 long articles would need gigabytes. News articles
    /// average a few thousand characters, so real batches still reach <see cref="BatchSize"/>.
    /// </summary>
    public const int BatchCharacters = 4_000_000;

    /// <param name="files">Paths as expanded by <see cref="InputScanner.Expand"/>.</param>
    /// <param name="progress">Told the number of files read so far.</param>
    public IEnumerable<IngestBatch> Run(IReadOnlyList<string> files, IProgress<int>? progress = null) =>
        ReadBatches(files, progress).Select(Annotate);

    /// <summary>Documents that did not come from the file system (uploads, queues).</summary>
    public IEnumerable<IngestBatch> Run(IEnumerable<RawDocument> documents) => Batches(documents.Select(InputScanner.Either.Read), null).Select(Annotate);

    /// <summary>Record files from elsewhere than a path on disk (an archive store, a queue's blob).</summary>
    public IEnumerable<IngestBatch> Run(IEnumerable<StreamedInput> recordFiles) => Batches(recordFiles.Select(InputScanner.Either.Stream), null).Select(Annotate);

    /// <summary>
    /// The inputs read into batches of drafts, not yet annotated: a queue publishes these, so that its workers annotate
    /// exactly the batches a single process would (a batch's recurring lines are cleaning evidence).
    /// </summary>
    public IEnumerable<DraftBatch> ReadBatches(IReadOnlyList<string> files, IProgress<int>? progress = null) =>
        Batches(new InputScanner(options).Scan(files), progress);

    /// <summary>Drafts made elsewhere (pages <c>follow</c> fetched), batched and annotated as files' drafts are.</summary>
    public IEnumerable<IngestBatch> Run(IEnumerable<ArticleDraft> drafts) => Batches(drafts.Select(ReadItem.Of)).Select(Annotate);

    private IEnumerable<DraftBatch> Batches(IEnumerable<InputScanner.Either> inputs, IProgress<int>? progress)
    {
        int done = 0;
        return Batches(inputs.SelectMany(input =>
        {
            progress?.Report(++done);
            return Items(input);
        }));
    }

    /// <summary>Batches of at most <see cref="IngestOptions.BatchSize"/> drafts and about <see cref="BatchCharacters"/>
    /// characters, each with the skipped inputs met since the last one.</summary>
    private IEnumerable<DraftBatch> Batches(IEnumerable<ReadItem> items)
    {
        var drafts = new List<ArticleDraft>();
        var skipped = new List<SkippedInput>();
        long characters = 0;
        foreach (var item in items)
        {
            if (item.Skipped is { } s) { skipped.Add(s); continue; }
            drafts.Add(item.Draft!);
            characters += item.Draft!.Text.Length;
            if (drafts.Count < options.BatchSize && characters < BatchCharacters) continue;
            yield return new DraftBatch(drafts, skipped);
            drafts = [];
            skipped = [];
            characters = 0;
        }
        if (drafts.Count > 0 || skipped.Count > 0) yield return new DraftBatch(drafts, skipped);
    }

    private IEnumerable<ReadItem> Items(InputScanner.Either input)
    {
        if (input.Skipped is { } skip) return [new ReadItem(null, skip)];
        if (input.Streamed is { } streamed) return Guarded(streamed.Path, () => RecordFileReader.Read(streamed, options.MaxFileBytes));
        return ReadSafely(input.Document!).Items();
    }

    private static ReadResult ReadSafely(RawDocument doc)
    {
        try { return DocumentReader.Read(doc); }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return ReadResult.Skip(doc.Path, $"unreadable: {e.Message}");
        }
    }

    /// <summary>
    /// A record file's items until reading fails (a file cut short, corrupt gzip, a disk error); then one skipped
    /// item says where and why, and the records before it still count.
    /// </summary>
    private static IEnumerable<ReadItem> Guarded(string path, Func<IEnumerable<ReadItem>> items)
    {
        IEnumerator<ReadItem>? records = null;
        try
        {
            int count = 0;
            while (true)
            {
                ReadItem item;
                string? failure = null;
                try
                {
                    records ??= items().GetEnumerator();
                    if (!records.MoveNext()) yield break;
                    item = records.Current;
                    count++;
                }
                catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException or DecoderFallbackException)
                {
                    failure = $"reading stopped after {count} records: {e.Message}";
                    item = default;
                }
                if (failure is not null)
                {
                    yield return ReadItem.Skip(path, failure);
                    yield break;
                }
                yield return item;
            }
        }
        finally
        {
            records?.Dispose();
        }
    }

    /// <summary>Runs the per-article stages over a batch of drafts, in parallel; articles that fail are skipped with the reason.</summary>
    public IngestBatch Annotate(DraftBatch batch)
    {
        var recurrence = new LineRecurrence();
        foreach (var d in batch.Drafts) recurrence.Add(d.Text, d.Source ?? d.Path);
        var stages = pipeline?.Invoke(recurrence) ?? Pipeline.Default(recurrence);
        var results = batch.Drafts.InOrder().Select(d => RunSafely(stages, d)).ToList();
        var articles = new List<Article>();
        var skipped = batch.Skipped.ToList();
        foreach (var (article, error) in results)
        {
            if (article is not null && article.Text.Length > 0) articles.Add(article);
            else skipped.Add(error ?? new SkippedInput(article?.Path ?? "?", "no article text left after cleaning"));
        }
        return new IngestBatch(articles, skipped);
    }

    private (Article?, SkippedInput?) RunSafely(Pipeline stages, ArticleDraft draft)
    {
        try { return (stages.Run(draft, options.ArticleBudget), null); }
        catch (ArticleBudgetExceededException e) { return (null, new SkippedInput(draft.Path, e.Message)); }
        catch (System.Text.RegularExpressions.RegexMatchTimeoutException e)
        {
            return (null, new SkippedInput(draft.Path, $"a text pattern took longer than {e.MatchTimeout.TotalSeconds:0.#} s on this text (a bug worth reporting with the file)"));
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return (null, new SkippedInput(draft.Path, $"processing failed: {e.Message}"));
        }
    }
}

public sealed record IngestBatch(IReadOnlyList<Article> Articles, IReadOnlyList<SkippedInput> Skipped);

/// <summary>Drafts read from the inputs, one batch's worth, with the inputs that could not be read.</summary>
public sealed record DraftBatch(IReadOnlyList<ArticleDraft> Drafts, IReadOnlyList<SkippedInput> Skipped);

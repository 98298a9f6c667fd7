namespace Corroborate.Core.Ingest;

/// <summary>The bytes of one input file (or of standard input) before any parsing.</summary>
public sealed record RawDocument(string Path, byte[] Bytes);

/// <summary>An input that was not ingested, with a reason a person can act on.</summary>
public sealed record SkippedInput(string Path, string Reason);

/// <summary>
/// What a reader found in a document: text (or HTML) plus whatever metadata the format carries. The
/// pipeline turns a draft into an <see cref="Article"/>.
/// </summary>
public sealed record ArticleDraft
{
    public required string Path { get; init; }
    public required SourceFormat Format { get; init; }
    /// <summary>Decoded body text, before normalisation.</summary>
    public required string Text { get; init; }
    public string? Source { get; init; }
    public string? Url { get; init; }
    public string? Title { get; init; }
    public DateTimeOffset? Published { get; init; }
    public string? Language { get; init; }
    public string? Author { get; init; }
}

/// <summary>
/// An input file read record by record (JSON Lines, WARC, either gzipped): the file may be any size, each record
/// has the size limit. <paramref name="Open"/> may be called more than once (to sniff the start, then to read).
/// </summary>
public sealed record StreamedInput(string Path, Func<Stream> Open);

/// <summary>The outcome of reading one document: the drafts it held and the items inside it that failed.</summary>
public sealed record ReadResult(IReadOnlyList<ArticleDraft> Drafts, IReadOnlyList<SkippedInput> Skipped)
{
    public static ReadResult Skip(string path, string reason) => new([], [new SkippedInput(path, reason)]);

    public static ReadResult Collect(IEnumerable<ReadItem> items)
    {
        var list = items.ToList();
        return new(list.Where(i => i.Draft is not null).Select(i => i.Draft!).ToList(), list.Where(i => i.Skipped is not null).Select(i => i.Skipped!).ToList());
    }

    public IEnumerable<ReadItem> Items() => Drafts.Select(ReadItem.Of).Concat(Skipped.Select(s => new ReadItem(null, s)));
}

/// <summary>One record of a document as it is read: an article draft, or why the record was skipped.</summary>
public readonly record struct ReadItem(ArticleDraft? Draft, SkippedInput? Skipped)
{
    public static ReadItem Of(ArticleDraft draft) => new(draft, null);

    public static ReadItem Skip(string where, string reason) => new(null, new SkippedInput(where, reason));
}

namespace Corroborate.Core.Ingest;

/// <summary>
/// Expands the paths a user gave (files, folders searched recursively, "-" for standard input) into raw
/// documents, refusing what cannot be an article before reading it whole.
/// </summary>
public sealed class InputScanner(IngestOptions options)
{
    public const string StandardInput = "-";

    /// <summary>The files to read behind the paths (see <see cref="Select"/>); folders give article files.</summary>
    public static IReadOnlyList<string> Expand(IEnumerable<string> paths) =>
        Select(paths, InputFilter.ArticleFiles).Files;

    /// <summary>
    /// The files behind the given paths in a stable order. A path given directly is kept as it is; a folder gives
    /// the files <paramref name="filter"/> chooses, and the files it passed over for their format, with the reason
    /// (their first bytes are read to tell). Files the user's patterns leave out are not reported.
    /// </summary>
    public static ExpandedInputs Select(IEnumerable<string> paths, InputFilter filter)
    {
        var files = new List<string>();
        var notArticles = new List<SkippedInput>();
        foreach (var path in paths)
        {
            if (path == StandardInput || !Directory.Exists(path))
            {
                files.Add(path);
                continue;
            }
            foreach (var file in EnumerateFolder(path))
            {
                bool? chosen = filter.Chooses(Path.GetRelativePath(path, file));
                string? reason = chosen is null ? ArticleFormats.WhyNotAnArticleFile(file) : null;
                if (reason is not null) notArticles.Add(new SkippedInput(file, reason));
                else if (chosen != false) files.Add(file);
            }
        }
        return new ExpandedInputs(files, notArticles);
    }

    /// <summary>Reads each expanded path (see <see cref="Expand"/>) or says why it cannot be read.</summary>
    public IEnumerable<Either> Scan(IEnumerable<string> expandedPaths)
    {
        foreach (var path in expandedPaths)
        {
            if (path == StandardInput) yield return ReadStandardInput();
            else yield return WhyNotAFile(path) is { } reason ? Either.Skip(path, reason) : ReadFile(path);
        }
    }

    /// <summary>Why a path cannot be read as a document, or null for a regular file (links followed).</summary>
    public static string? WhyNotAFile(string path) => FileSystemPaths.KindOf(path) switch
    {
        FileKind.Regular => null,
        FileKind.Missing or FileKind.Directory => "no such file or folder",
        // Opening a FIFO waits for a writer and a device may never end: neither is an article on disk.
        var special => $"not a regular file but a {Describe(special)}{(special == FileKind.Fifo ? " (use - to read standard input)" : "")}",
    };

    /// <summary>Lists files in a stable order, following links only inside the folder (see <see cref="FolderWalk"/>).</summary>
    public static IEnumerable<string> EnumerateFolder(string folder) => FolderWalk.Files(folder);

    private static string Describe(FileKind kind) => kind switch
    {
        FileKind.Fifo => "FIFO",
        FileKind.CharacterDevice => "character device",
        FileKind.BlockDevice => "block device",
        FileKind.Socket => "socket",
        _ => kind.ToString(),
    };

    private Either ReadFile(string path)
    {
        try
        {
            // Record files are read a record at a time, so the size limit is for each record (see RecordFileReader).
            if (ArticleFormats.IsRecordFile(path))
                return Either.Stream(new StreamedInput(path, () => File.OpenRead(path)));
            long size = new FileInfo(path).Length;
            if (size == 0) return Either.Skip(path, "empty file");
            if (size > options.MaxFileBytes)
                return Either.Skip(path, $"file too large ({FormatBytes(size)}; the limit is {FormatBytes(options.MaxFileBytes)}, raise it with --max-file-size)");
            return Either.Read(new RawDocument(path, File.ReadAllBytes(path)));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Either.Skip(path, $"cannot read: {e.Message}");
        }
    }

    private Either ReadStandardInput()
    {
        using var stdin = Console.OpenStandardInput();
        var bytes = ReadBounded(stdin, options.MaxFileBytes);
        if (bytes is null) return Either.Skip(StandardInput, $"standard input too large (over {FormatBytes(options.MaxFileBytes)})");
        return bytes.Length == 0 ? Either.Skip(StandardInput, "standard input was empty") : Either.Read(new RawDocument(StandardInput, bytes));
    }

    /// <summary>The whole stream, or null as soon as it passes <paramref name="limit"/> bytes (a stream has no length to check first).</summary>
    public static byte[]? ReadBounded(Stream stream, long limit)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int n;
        while ((n = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            buffer.Write(chunk, 0, n);
            if (buffer.Length > limit) return null;
        }
        return buffer.ToArray();
    }

    public static string FormatBytes(long bytes) => bytes switch
    {
        >= 1 << 20 => $"{bytes / (double)(1 << 20):0.#} MB",
        >= 1 << 10 => $"{bytes / (double)(1 << 10):0.#} KB",
        _ => $"{bytes} bytes",
    };

    /// <summary>A document to read whole, a file to read record by record, or a reason it was skipped.</summary>
    public readonly record struct Either(RawDocument? Document, StreamedInput? Streamed, SkippedInput? Skipped)
    {
        public static Either Read(RawDocument d) => new(d, null, null);
        public static Either Stream(StreamedInput s) => new(null, s, null);
        public static Either Skip(string path, string reason) => new(null, null, new SkippedInput(path, reason));
    }
}

/// <summary>The files to read, and the files of the folders that were left out as not articles.</summary>
public sealed record ExpandedInputs(IReadOnlyList<string> Files, IReadOnlyList<SkippedInput> NotArticles);

public sealed record IngestOptions
{
    /// <summary>
    /// Larger files are refused: no single news article is anywhere near this size. For JSON Lines and WARC files
    /// it is the limit of each record; the file may be any size.
    /// </summary>
    public long MaxFileBytes { get; init; } = 10L << 20;
    /// <summary>An article that costs more is skipped with the reason, and the batch goes on.</summary>
    public ArticleBudget ArticleBudget { get; init; } = ArticleBudget.Default;
    /// <summary>
    /// Articles per batch. A batch is the unit of cleaning evidence (lines recurring across its articles), of storing
    /// and of the corpus stages' runs, so runs with the same batch size give the same store.
    /// </summary>
    public int BatchSize { get; init; } = Ingestor.BatchSize;
}

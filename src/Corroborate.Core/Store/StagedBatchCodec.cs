using System.Text.Json.Serialization;
using Corroborate.Core.Ingest;

namespace Corroborate.Core.Store;

/// <summary>
/// An annotated batch as bytes, for the queue's staging table: a worker stages the batch it annotated, and the
/// assigner commits it later, in publication order, as if the articles had just come out of the per-article stages.
/// Each article carries its stored fields and its annotations (<see cref="AnnotationCodec"/>); tokens are not kept,
/// since no corpus stage reads them.
/// </summary>
public static class StagedBatchCodec
{
    public static byte[] Encode(IngestBatch batch)
    {
        var staged = new StagedBatch(batch.Articles.Select(Stage).ToList(), batch.Skipped.Select(s => new StagedSkip(s.Path, s.Reason)).ToList());
        return CompressedJson.Encode(staged, StagedJson.Default.StagedBatch);
    }

    /// <summary>The batch as the worker annotated it; articles annotated by another build are annotated again here.</summary>
    /// <exception cref="InvalidDataException">When the bytes are not a staged batch.</exception>
    public static IngestBatch Decode(byte[] data)
    {
        var staged = CompressedJson.Decode(data, StagedJson.Default.StagedBatch, "a staged batch");
        return new IngestBatch(staged.Articles.Select(Restore).ToList(), staged.Skipped.Select(s => new SkippedInput(s.Path, s.Reason)).ToList());
    }

    private static StagedArticle Stage(Article a)
    {
        var annotations = AnnotationCodec.Encode(a);
        return new StagedArticle(a.Id, a.Text, a.Original, a.Offsets.Anchors.Select(p => new[] { p.Derived, p.Original }).ToList(),
            a.Paragraphs, a.RemovedLines, a.Source, a.Url, a.Title, a.Published, a.Language, a.Author, a.Path, a.Format,
            annotations.Version, annotations.Data);
    }

    private static Article Restore(StagedArticle s)
    {
        var stored = new Article
        {
            Id = s.Id, Text = s.Text, Original = s.Original, Offsets = new OffsetMap(s.Offsets.Select(p => (p[0], p[1])).ToList()),
            Paragraphs = s.Paragraphs, RemovedLines = s.RemovedLines, Source = s.Source, Url = s.Url, Title = s.Title,
            Published = s.Published, Language = s.Language, Author = s.Author, Path = s.Path, Format = s.Format,
        };
        return (s.Version == AnnotationCodec.Version ? AnnotationCodec.Decode(stored, s.Annotations) : null) ?? Pipeline.Annotate(stored);
    }

    internal sealed record StagedBatch(IReadOnlyList<StagedArticle> Articles, IReadOnlyList<StagedSkip> Skipped);

    internal sealed record StagedSkip(string Path, string Reason);

    internal sealed record StagedArticle(
        string Id, string Text, string Original, IReadOnlyList<int[]> Offsets, IReadOnlyList<TextSpan> Paragraphs,
        IReadOnlyList<RemovedLine> RemovedLines, string? Source, string? Url, string? Title, DateTimeOffset? Published,
        string? Language, string? Author, string? Path, SourceFormat Format, string Version, byte[] Annotations);
}

[JsonSerializable(typeof(StagedBatchCodec.StagedBatch))]
internal sealed partial class StagedJson : JsonSerializerContext;

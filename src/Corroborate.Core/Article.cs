namespace Corroborate.Core;

/// <summary>
/// One news article as it flows through the pipeline. Stages return a copy with more annotations
/// (<c>article with { ... }</c>); every annotation's offsets point into <see cref="Text"/>.
/// </summary>
public sealed record Article
{
    /// <summary>Content hash of <see cref="Text"/>: the same text ingested twice is one article.</summary>
    public required string Id { get; init; }
    public required string Text { get; init; }
    /// <summary>The decoded input text before normalisation and cleaning.</summary>
    public required string Original { get; init; }
    /// <summary>Maps an offset in <see cref="Text"/> back to an offset in <see cref="Original"/>.</summary>
    public required OffsetMap Offsets { get; init; }
    public IReadOnlyList<TextSpan> Paragraphs { get; init; } = [];
    public IReadOnlyList<RemovedLine> RemovedLines { get; init; } = [];
    /// <summary>Sentence spans, set by the segmentation stage.</summary>
    public IReadOnlyList<TextSpan> Sentences { get; init; } = [];
    /// <summary>Token spans in text order, set by the segmentation stage.</summary>
    public IReadOnlyList<Text.Token> Tokens { get; init; } = [];
    /// <summary>Named-entity mentions, set by the entities stage.</summary>
    public IReadOnlyList<Entities.EntityMention> Mentions { get; init; } = [];
    public string? Source { get; init; }
    public string? Url { get; init; }
    public string? Title { get; init; }
    public DateTimeOffset? Published { get; init; }
    public string? Language { get; init; }
    public string? Author { get; init; }
    /// <summary>The file the article came from ("-" for standard input).</summary>
    public string? Path { get; init; }
    public SourceFormat Format { get; init; }
    /// <summary>The day the article reports from: its given publication day, else inferred from its text (see Time/ReportingDateInference).</summary>
    public DateOnly? ReportingDate { get; init; }
    /// <summary>Why the given date is in doubt (e.g. "dateline_conflict": the text's own clock points elsewhere), or null.</summary>
    public string? DateConflict { get; init; }
    /// <summary>On a date conflict, the day the text's own clock points to; the given date still stands.</summary>
    public DateOnly? TextDate { get; init; }
    public IReadOnlyList<Time.TimeExpression> TimeExpressions { get; init; } = [];
    public IReadOnlyList<Quantities.Quantity> Quantities { get; init; } = [];
    public IReadOnlyList<Claims.NumericClaim> Claims { get; init; } = [];
    public IReadOnlyList<Quotes.Quote> Quotes { get; init; } = [];

    public string Slice(TextSpan span) => Text.Substring(span.Start, span.Length);
}

public enum SourceFormat { Text, JsonLines, Html, Feed, Warc }

/// <summary>A half-open character range [Start, End) in an article's text.</summary>
public readonly record struct TextSpan(int Start, int End)
{
    public int Length => End - Start;
}

/// <summary>A line that cleaning took out of the text, with why; offsets point into <see cref="Article.Original"/>.</summary>
public sealed record RemovedLine(string Text, string Reason, int OriginalStart);

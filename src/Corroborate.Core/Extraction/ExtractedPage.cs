namespace Corroborate.Core.Extraction;

/// <summary>What the extractor found in one HTML page.</summary>
public sealed record ExtractedPage
{
    public string? Title { get; init; }
    public IReadOnlyList<Paragraph> Paragraphs { get; init; } = [];
    public DateTimeOffset? Published { get; init; }
    public string? Author { get; init; }
    public string? Site { get; init; }
    public string? Language { get; init; }
    public string? Url { get; init; }
    /// <summary>Best-effort notes on hostile input: truncation, flattened nesting.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>The main text: paragraphs separated by one blank line.</summary>
    public string Text => string.Join("\n\n", Paragraphs.Select(p => p.Text));
}

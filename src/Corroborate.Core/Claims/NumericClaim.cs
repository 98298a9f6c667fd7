using Corroborate.Core.Quantities;

namespace Corroborate.Core.Claims;

public enum ClaimCategory { Dead, Injured, Arrested, Missing, Displaced, Evacuated, Troops, Population, Money, Other }

/// <summary>
/// A figure an article states about something that can be checked against other articles: "26 armed criminals
/// had been killed", with who says so, whether the article itself doubts it, and the day it holds for.
/// </summary>
public sealed record NumericClaim
{
    /// <summary>Article id and the claim's position in it: stable across runs.</summary>
    public required string Id { get; init; }
    public required string ArticleId { get; init; }
    public required ClaimCategory Category { get; init; }
    /// <summary>The group counted ("armed criminals", "police officers"), as written, or null.</summary>
    public string? Subject { get; init; }
    public required double Low { get; init; }
    public required double High { get; init; }
    public required Qualifier Qualifier { get; init; }
    /// <summary>"people", "%", a currency code, or the counted thing ("e-readers").</summary>
    public required string Unit { get; init; }
    /// <summary>Who the sentence says gave the figure ("the interior ministry"), or null.</summary>
    public string? Attribution { get; init; }
    /// <summary>The article doubts the figure ("could not be independently verified"), often in the next sentence.</summary>
    public bool Hedged { get; init; }
    /// <summary>The day (or coarser) the figure holds for: when it was given, else the reporting date.</summary>
    public string? AsOf { get; init; }
    public required TextSpan Sentence { get; init; }
    /// <summary>The quantity's own span, qualifier and unit included.</summary>
    public required TextSpan Span { get; init; }

    public static string CategoryName(ClaimCategory c) => c.ToString().ToLowerInvariant();
}

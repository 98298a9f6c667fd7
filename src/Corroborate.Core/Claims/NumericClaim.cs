using Corroborate.Core.Quantities;

namespace Corroborate.Core.Claims;

public enum ClaimCategory { Dead, Injured, Arrested, Missing, Displaced, Evacuated, Troops, Population, Money, Other }

/// <summary>
/// Whose figure it is: the reported event as a whole, a named subset of one of its figures ("10 US citizens" of
/// 12 dead, "8 seriously injured"), or another incident altogether (an earlier attack, statistics over years).
/// </summary>
public enum ClaimScope { Total, Part, OtherIncident }

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
    /// <summary>
    /// What is counted: the category's name for people ("dead", "arrested"), "abducted", "released", "rescued",
    /// "captive" or "people" for other counts of people, "money", "percent", a physical measure ("distance",
    /// "altitude", "depth", "snowfall", "duration", ...) or the counted thing in the plural ("documents").
    /// </summary>
    public required string Measure { get; init; }
    /// <summary>Who is counted, normalised: "us citizens", "police officers", "crew"; null for plain people and for things.</summary>
    public string? Group { get; init; }
    /// <summary>For the injured: "critical", "serious", "minor", "stable" or "hospitalised"; else null.</summary>
    public string? Condition { get; init; }
    public ClaimScope Scope { get; init; }
    /// <summary>The direction the text gives the figure: "up", "down", "revised", "initial"; null when none.</summary>
    public string? Trend { get; init; }
    public required TextSpan Sentence { get; init; }
    /// <summary>The quantity's own span, qualifier and unit included.</summary>
    public required TextSpan Span { get; init; }

    public static string CategoryName(ClaimCategory c) => c.ToString().ToLowerInvariant();

    public static string ScopeName(ClaimScope s) => s switch
    {
        ClaimScope.Part => "part",
        ClaimScope.OtherIncident => "other-incident",
        _ => "total",
    };
}

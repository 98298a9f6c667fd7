using Corroborate.Core.Claims;

namespace Corroborate.Core.Reconciliation;

public enum FindingKind { Corroborated, SingleSource, Contradicted, Updated, PartTotalMismatch }

/// <summary>
/// What the story's claims about one quantity amount to. <see cref="Sources"/> counts articles,
/// <see cref="IndependentSources"/> copy families; <see cref="Note"/> says it in a sentence.
/// </summary>
public sealed record Finding(
    FindingKind Kind, ClaimCategory Category, string Subject, IReadOnlyList<string> ClaimIds, IReadOnlyList<string> Articles,
    IReadOnlyList<string> Outlets, int Sources, int IndependentSources, string Note)
{
    /// <summary>The distinct figures behind the finding, in the order the note gives them.</summary>
    public IReadOnlyList<Figure> Figures { get; init; } = [];

    public static string KindName(FindingKind kind) => kind switch
    {
        FindingKind.SingleSource => "single-source",
        FindingKind.PartTotalMismatch => "part-total-mismatch",
        _ => kind.ToString().ToLowerInvariant(),
    };

    /// <summary>The finding disputes a figure: the brief must present it as disputed, not as fact.</summary>
    public bool IsDispute => Kind is FindingKind.Contradicted or FindingKind.PartTotalMismatch;
}

/// <summary>One claim as reconciliation sees it: where it comes from, its subject group, value, day and context words.</summary>
public sealed record StoryClaim(NumericClaim Claim, StorySource Source, SubjectGroup Group, FigureValue Value)
{
    /// <summary>The day the figure holds for: its as-of day when given to the day, else the article's day.</summary>
    public DateOnly? Day => DateOnly.TryParseExact(Claim.AsOf, "yyyy-MM-dd", out var d) ? d : Source.Day;

    /// <summary>
    /// When the figure was reported: the article's publication time, or the start of its as-of day when the figure
    /// is given for an earlier day ("on Monday, 40 had died").
    /// </summary>
    public DateTimeOffset? ReportedAt => Day is { } d && d < Source.Day
        ? new DateTimeOffset(d.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero)
        : Source.ReportedAt;

    /// <summary>Whether <see cref="ReportedAt"/> is known to the hour, not only to the day.</summary>
    public bool KnownToTheHour => Day == Source.Day && Source.HasTimeOfDay;

    /// <summary>
    /// A part of a total: a named part group (police, protesters) or a named subset the article marks ("including 10
    /// children"). "21 of the 276 girls" marks a subset of another measure (the abducted), not of the released.
    /// </summary>
    public bool IsPart => Group.IsPart || Claim.Scope == ClaimScope.Part && Claim.Group is not null;

    /// <summary>The content words of the figure's clause (see <see cref="FigureContext"/>).</summary>
    public IReadOnlySet<string> Context { get; init; } = new HashSet<string>();

    /// <summary>The figure adds to another ("another 1,000 troops", "a further 20 injured"): it is not a report of the whole.</summary>
    public bool IsAddition { get; init; }

    /// <summary>For a share, what it is a share of (see <see cref="FigureContext.ShareOf"/>).</summary>
    public string? ShareOf { get; init; }
}

/// <summary>One figure as stated by one or more articles: "26 armed criminals and 18 police", who gave it and the first day it held for.</summary>
public sealed record Figure(string Text, IReadOnlyList<string> Attributions, IReadOnlyList<string> Articles, DateOnly? Day);

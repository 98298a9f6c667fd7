namespace Corroborate.Core.Quantities;

/// <summary>How a stated number is to be read: "more than 600" is <see cref="MoreThan"/> with value 600.</summary>
public enum Qualifier { Exact, AtLeast, MoreThan, AtMost, LessThan, About }

/// <summary>What a number measures. Only counts, percentages and money can be figures of a claim.</summary>
public enum QuantityKind { Count, Percent, Money, Measure, Age, Score, Label }

/// <summary>
/// A number found in the text, normalised to an interval [<see cref="Low"/>, <see cref="High"/>]: equal for a stated
/// value ("about 2,000" is [2000, 2000] with <see cref="Qualifier.About"/>), apart for an explicit range ("25 to 35")
/// or a vague amount ("tens of thousands" is [20000, 90000], <see cref="Vague"/>). <see cref="Unit"/> is "%", an ISO
/// currency code for money, or the measure's unit word ("years", "km").
/// </summary>
public sealed record Quantity(TextSpan Span, double Low, double High, Qualifier Qualifier, QuantityKind Kind, string? Unit, bool Vague)
{
    /// <summary>Where the number itself starts (after any qualifier such as "more than").</summary>
    public int NumberStart { get; init; }

    public static string QualifierName(Qualifier q) => q switch
    {
        Qualifier.AtLeast => "at least",
        Qualifier.MoreThan => "more than",
        Qualifier.AtMost => "at most",
        Qualifier.LessThan => "less than",
        Qualifier.About => "about",
        _ => "exact",
    };
}

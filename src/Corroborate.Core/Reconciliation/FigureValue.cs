using System.Globalization;
using Corroborate.Core.Claims;
using Corroborate.Core.Lexicons;
using Corroborate.Core.Quantities;

namespace Corroborate.Core.Reconciliation;

/// <summary>
/// What a stated figure allows: "more than 4,000" is any value from 4,000 up, "about 4,500" is 4,500 give or take
/// <see cref="AboutTolerance"/>, "between 25 and 35" the range. Two figures are compatible when these sets meet.
/// </summary>
public readonly record struct FigureValue(double Low, double High, double Point)
{
    /// <summary>"About", "some", "nearly" and "a dozen" are read as the number give or take this share.</summary>
    public const double AboutTolerance = 0.10;

    /// <summary>Figures closer than this share are the same number written differently.</summary>
    public const double SameNumberTolerance = 0.01;

    public static FigureValue Of(NumericClaim c)
    {
        double point = (c.Low + c.High) / 2;
        return c.Qualifier switch
        {
            Qualifier.About => new(c.Low * (1 - AboutTolerance), c.High * (1 + AboutTolerance), point),
            Qualifier.MoreThan or Qualifier.AtLeast => new(c.Low, double.PositiveInfinity, c.Low),
            Qualifier.AtMost or Qualifier.LessThan => new(0, c.High, c.High),
            _ => new(c.Low, c.High, point),
        };
    }

    /// <summary>The claim's figure in the unit figures are compared in (see <see cref="Units.ComparableUnit"/>).</summary>
    public static FigureValue Comparable(NumericClaim c)
    {
        var v = Of(c);
        double f = Units.ComparableUnit(c.Unit).Factor;
        return f == 1 ? v : new(v.Low * f, v.High * f, v.Point * f);
    }

    public bool CompatibleWith(FigureValue other) => Low <= other.High && other.Low <= High;

    /// <summary>Bounds this far below a figure do not confirm it: "more than 1,000 km" is not a report of 2,000 km.</summary>
    public const double MaxBoundGap = 1.5;

    /// <summary>The two can be one figure: compatible, and their stated numbers within <see cref="MaxBoundGap"/> of each other.</summary>
    public bool Agrees(FigureValue other) =>
        CompatibleWith(other) && Math.Max(Point, other.Point) <= MaxBoundGap * Math.Max(Math.Min(Point, other.Point), 1e-9);

    public bool SameNumber(FigureValue other) =>
        Math.Abs(Point - other.Point) <= SameNumberTolerance * Math.Max(Math.Abs(Point), Math.Abs(other.Point));

    public static FigureValue operator +(FigureValue a, FigureValue b) => new(a.Low + b.Low, a.High + b.High, a.Point + b.Point);

    /// <summary>The figure as a reader would write it: "more than 4,000", "about 12", "25–35", "40 million EUR".</summary>
    public static string Describe(NumericClaim c)
    {
        string number = c.Low == c.High ? Number(c.Low) : $"{Number(c.Low)}–{Number(c.High)}";
        string qualifier = c.Qualifier == Qualifier.Exact ? "" : Quantity.QualifierName(c.Qualifier) + " ";
        string unit = c.Unit is "people" ? "" : c.Unit == "%" ? "%" : " " + c.Unit;
        return qualifier + number + unit;
    }

    public static string Number(double v) => Math.Abs(v) >= 1_000_000 && v % 100_000 == 0
        ? (v / 1_000_000).ToString("0.#", CultureInfo.InvariantCulture) + " million"
        : v.ToString("#,0.##", CultureInfo.InvariantCulture);
}

namespace Corroborate.Core.Lexicons;

/// <summary>
/// Units of measure as news writes them, in one table: the dimension each measures, and for those that convert,
/// the unit figures are compared in and the factor into it (lengths in metres, weights in kilograms, data in
/// gigabytes, decades in years). "2,700 km" and "1,677 miles" are then one figure, and "4 decades" is "40 years".
/// </summary>
public static class Units
{
    private sealed record Unit(string? Dimension, string? ComparedIn, double Factor, string[] Forms);

    // A unit of a dimension that figures are compared in as written.
    private static Unit Measure(string dimension, params string[] forms) => new(dimension, null, 1, forms);

    private static Unit Converted(string dimension, string comparedIn, double factor, params string[] forms) =>
        new(dimension, comparedIn, factor, forms);

    // Things that outlets count under different names ("diggers", "excavators"): one name, and no dimension.
    private static Unit Synonyms(string comparedIn, params string[] forms) => new(null, comparedIn, 1, forms);

    private static readonly Unit[] Table =
    [
        Converted("distance", "m", 1000, "km", "kilometre", "kilometres", "kilometer", "kilometers"),
        Converted("distance", "m", 1609.344, "mile", "miles"),
        Converted("distance", "m", 1852, "nautical miles"),
        Converted("distance", "m", 1, "m", "metre", "metres", "meter", "meters"),
        Converted("distance", "m", 0.01, "cm", "centimetre", "centimetres", "centimeter", "centimeters"),
        Converted("distance", "m", 0.001, "mm", "millimetres", "millimeters"),
        Converted("distance", "m", 0.3048, "feet", "foot", "ft"),
        Converted("distance", "m", 0.9144, "yard", "yards"),
        Converted("distance", "m", 0.0254, "inch", "inches"),
        Converted("weight", "kg", 1, "kg", "kilo", "kilos", "kilogram", "kilograms"),
        Converted("weight", "kg", 0.001, "gram", "grams"),
        Converted("weight", "kg", 0.45359237, "pound", "pounds", "lb", "lbs"),
        Converted("weight", "kg", 1000, "tonne", "tonnes", "ton", "tons"),
        Converted("duration", "years", 1, "year", "years"),
        Converted("duration", "years", 10, "decade", "decades"),
        Converted("duration", "years", 100, "century", "centuries"),
        Converted("duration", "days", 1, "day", "days"),
        Converted("duration", "days", 7, "week", "weeks"),
        Converted("duration", "hours", 1, "hour", "hours"),
        Converted("duration", "minutes", 1, "minute", "minutes", "min", "mins"),
        Measure("duration", "month", "months", "second", "seconds"),
        Converted("data", "gb", 1, "gb", "gigabytes"),
        Converted("data", "gb", 1000, "tb", "terabytes"),
        Converted("data", "gb", 0.001, "mb", "megabytes"),
        Measure("volume", "litre", "litres", "liter", "liters", "gallon", "gallons", "barrel", "barrels"),
        Measure("area", "hectare", "hectares", "acre", "acres"),
        Measure("speed", "mph", "km/h", "knots"),
        Measure("temperature", "degree", "degrees", "°"),
        Measure("power", "mw", "gw", "kw"),
        Synonyms("excavator", "digger", "diggers", "excavator", "excavators"),
        Synonyms("missile", "projectile", "projectiles", "missile", "missiles"),
    ];

    // Building the index fails at start-up if a form is listed twice, so no form can mean two units.
    private static readonly Dictionary<string, Unit> ByForm =
        Table.SelectMany(unit => unit.Forms.Select(form => (form, unit))).ToDictionary(p => p.form, p => p.unit);

    /// <summary>One written form of each unit <see cref="ComparableUnit"/> converts, in the order of the table.</summary>
    public static readonly IReadOnlyList<string> ConvertedForms =
        Table.Where(unit => unit.ComparedIn is not null).Select(unit => unit.Forms[0]).ToArray();

    /// <summary>Every written form, for the test that none is listed twice.</summary>
    internal static IEnumerable<string> AllForms => Table.SelectMany(unit => unit.Forms);

    private static string Normal(string unit) => unit.ToLowerInvariant().TrimEnd('.');

    /// <summary>The dimension a unit measures by default ("distance", "weight", "duration"), or null.</summary>
    public static string? DimensionOf(string unit)
    {
        string u = Normal(unit);
        if (u.StartsWith("square", StringComparison.Ordinal)) return "area";
        return ByForm.TryGetValue(u, out var known) ? known.Dimension : null;
    }

    /// <summary>
    /// The unit a figure is compared in and the factor into it; a unit the table does not convert is compared as
    /// written, singular ("barrels" is "barrel").
    /// </summary>
    public static (string Unit, double Factor) ComparableUnit(string unit)
    {
        string u = Normal(unit);
        if (ByForm.TryGetValue(u, out var known) && known.ComparedIn is { } comparedIn) return (comparedIn, known.Factor);
        if (u.EndsWith("ies", StringComparison.Ordinal) && u.Length > 4) return (u[..^3] + "y", 1);
        if (u.EndsWith('s') && !u.EndsWith("ss", StringComparison.Ordinal) && u.Length > 3) return (u[..^1], 1);
        return (u, 1);
    }
}

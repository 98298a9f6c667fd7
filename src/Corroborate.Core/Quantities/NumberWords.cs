namespace Corroborate.Core.Quantities;

/// <summary>English number words: units, teens, tens and their hyphenated compounds, and the scale words.</summary>
public static class NumberWords
{
    private static readonly Dictionary<string, int> Small = new(StringComparer.OrdinalIgnoreCase)
    {
        ["zero"] = 0, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7,
        ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14,
        ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19,
        ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90,
    };

    public static readonly IReadOnlyDictionary<string, double> Scales = new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase)
    {
        ["hundred"] = 1e2, ["thousand"] = 1e3, ["million"] = 1e6, ["billion"] = 1e9, ["trillion"] = 1e12,
        ["k"] = 1e3, ["m"] = 1e6, ["mn"] = 1e6, ["mln"] = 1e6, ["bn"] = 1e9, ["b"] = 1e9, ["tn"] = 1e12,
    };

    /// <summary>Regex alternation of the words below one hundred, longest first so that "sixteen" wins over "six".</summary>
    public static readonly string Pattern =
        "(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[-\u2011 ](?:one|two|three|four|five|six|seven|eight|nine)\\b)?|" +
        "thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|eleven|twelve|zero|one|two|three|four|five|six|seven|eight|nine|ten)";

    /// <summary>Whether the text holds a number: digits or a number word ("women and children" holds none).</summary>
    public static bool ContainsNumberWord(string text) =>
        text.Any(char.IsDigit) || text.Split([' ', ',', '-', '\u2011'], StringSplitOptions.RemoveEmptyEntries).Any(w => Small.ContainsKey(w) || Scales.ContainsKey(w) && w.Length > 2 || w.Equals("dozen", StringComparison.OrdinalIgnoreCase));

    /// <summary>The value of a word below one hundred ("seven", "twenty-five"), or null.</summary>
    public static int? ParseSmall(string words)
    {
        var parts = words.Trim().Split(['-', '\u2011', ' '], StringSplitOptions.RemoveEmptyEntries);
        int total = 0;
        foreach (var part in parts)
        {
            if (!Small.TryGetValue(part, out int v)) return null;
            total += v;
        }
        return parts.Length == 0 ? null : total;
    }
}

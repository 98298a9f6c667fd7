namespace Corroborate.Core.Lexicons;

/// <summary>
/// English number words: units, ten to nineteen, the tens and their compounds, and the scale words. The quantity
/// finder, the date grammar ("three days ago"), the claim frame and the topic stop words read them from here.
/// </summary>
public static class NumberWords
{
    /// <summary>"one" to "nine", in order: the value of each is its place plus one.</summary>
    public const string OneToNinePattern = "one|two|three|four|five|six|seven|eight|nine";

    /// <summary>"ten" to "nineteen", in order: the value of each is ten plus its place.</summary>
    public const string TenToNineteenPattern = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen";

    /// <summary>"twenty" to "ninety", in order: the value of each is twenty plus ten times its place.</summary>
    public const string TensPattern = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety";

    /// <summary>A word below one hundred ("seven", "sixteen", "twenty-five"); a compound is written with a hyphen.</summary>
    public const string BelowHundredPattern =
        "(?:" + TensPattern + ")(?:[-\u2011](?:" + OneToNinePattern + "))?|" + TenToNineteenPattern + "|" + OneToNinePattern;

    /// <summary>
    /// <see cref="BelowHundredPattern"/> that also takes a space inside a compound: before a scale word ("twenty five
    /// thousand") the two words are one number, elsewhere "twenty five-year-olds" may be two.
    /// </summary>
    public const string BelowHundredBeforeScalePattern =
        "(?:" + TensPattern + ")(?:[-\u2011 ](?:" + OneToNinePattern + "))?|" + TenToNineteenPattern + "|" + OneToNinePattern;

    /// <summary>The scale words written out, smallest first.</summary>
    public const string ScalePattern = "hundred|thousand|million|billion|trillion";

    /// <summary>
    /// The scales that can follow another scale word and multiply it ("a hundred thousand", "two thousand million");
    /// "hundred" and "trillion" never come second in news.
    /// </summary>
    public const string SecondScalePattern = "thousand|million|billion";

    /// <summary>Scale abbreviations glued to or right after digits ("$40m", "3bn", "20k", "5 mln").</summary>
    public const string ShortScalePattern = "bn|mn|mln|m|k|b";

    /// <summary>"one" to "nine" as words.</summary>
    public static readonly IReadOnlyList<string> OneToNine = OneToNinePattern.Split('|');

    /// <summary>The factor of every scale word and abbreviation (<see cref="ScalePattern"/>, <see cref="ShortScalePattern"/>, and "tn").</summary>
    public static readonly IReadOnlyDictionary<string, double> Scales = new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase)
    {
        ["hundred"] = 1e2, ["thousand"] = 1e3, ["million"] = 1e6, ["billion"] = 1e9, ["trillion"] = 1e12,
        ["k"] = 1e3, ["m"] = 1e6, ["mn"] = 1e6, ["mln"] = 1e6, ["bn"] = 1e9, ["b"] = 1e9, ["tn"] = 1e12,
    };

    private static readonly Dictionary<string, int> BelowHundred = BuildBelowHundred();

    private static Dictionary<string, int> BuildBelowHundred()
    {
        var values = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase) { ["zero"] = 0 };
        AddInOrder(values, OneToNinePattern, first: 1, step: 1);
        AddInOrder(values, TenToNineteenPattern, first: 10, step: 1);
        AddInOrder(values, TensPattern, first: 20, step: 10);
        return values;
    }

    private static void AddInOrder(Dictionary<string, int> values, string pattern, int first, int step)
    {
        var words = pattern.Split('|');
        for (int i = 0; i < words.Length; i++) values.Add(words[i], first + i * step);
    }

    /// <summary>Whether the text holds a number: digits or a number word ("women and children" holds none).</summary>
    public static bool ContainsNumberWord(string text) =>
        text.Any(char.IsDigit) || text.Split([' ', ',', '-', '\u2011'], StringSplitOptions.RemoveEmptyEntries)
            .Any(w => BelowHundred.ContainsKey(w) || Scales.ContainsKey(w) && w.Length > 2 || w.Equals("dozen", StringComparison.OrdinalIgnoreCase));

    /// <summary>The value of a word below one hundred ("seven", "twenty-five"), or null.</summary>
    public static int? ParseSmall(string words)
    {
        var parts = words.Trim().Split(['-', '\u2011', ' '], StringSplitOptions.RemoveEmptyEntries);
        int total = 0;
        foreach (var part in parts)
        {
            if (!BelowHundred.TryGetValue(part, out int v)) return null;
            total += v;
        }
        return parts.Length == 0 ? null : total;
    }
}

using System.Globalization;

namespace Corroborate.Follow;

/// <summary>Durations as written on a command line: 500ms, 30s, 10m, 1h, 1d (a bare number is seconds).</summary>
public static class Durations
{
    private static readonly (string Suffix, TimeSpan Unit)[] Units =
        [("ms", TimeSpan.FromMilliseconds(1)), ("s", TimeSpan.FromSeconds(1)), ("m", TimeSpan.FromMinutes(1)),
         ("h", TimeSpan.FromHours(1)), ("d", TimeSpan.FromDays(1))];

    /// <summary>The duration, or null when <paramref name="text"/> is not one.</summary>
    public static TimeSpan? Parse(string text)
    {
        string t = text.Trim().ToLowerInvariant();
        var unit = TimeSpan.FromSeconds(1);
        foreach (var (suffix, value) in Units)
        {
            if (!t.EndsWith(suffix, StringComparison.Ordinal)) continue;
            unit = value;
            t = t[..^suffix.Length];
            break;
        }
        bool number = double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out double n);
        if (!number || !(n >= 0) || double.IsInfinity(n))
            return null;
        return unit * n;
    }

    /// <summary>Short text for a log line: 310 ms, 4 s, 10 min.</summary>
    public static string Show(TimeSpan span) => span.TotalSeconds switch
    {
        < 1 => $"{span.TotalMilliseconds:0} ms",
        < 120 => $"{span.TotalSeconds:0.#} s",
        < 7200 => $"{span.TotalMinutes:0.#} min",
        _ => $"{span.TotalHours:0.#} h",
    };
}

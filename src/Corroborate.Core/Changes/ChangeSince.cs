using System.Globalization;
using System.Text.RegularExpressions;

namespace Corroborate.Core.Changes;

/// <summary>
/// The "since" of a change listing, as the CLI and the API take it: an ISO 8601 date or time ("2026-12-02",
/// "2026-12-02T06:00:00Z"; UTC when no offset is given), or an age before now ("90m", "6h", "2d").
/// </summary>
public static partial class ChangeSince
{
    public const string Help =
        "an ISO 8601 date or time (UTC unless an offset is given), or an age such as 90m, 6h or 2d";

    public static bool TryParse(string text, DateTimeOffset now, out DateTimeOffset since)
    {
        if (Age().Match(text.Trim()) is { Success: true } m)
        {
            double n = double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
            since = now - m.Groups[2].Value switch
            {
                "m" => TimeSpan.FromMinutes(n),
                "h" => TimeSpan.FromHours(n),
                _ => TimeSpan.FromDays(n),
            };
            return true;
        }
        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out since);
    }

    [GeneratedRegex(@"^(\d{1,6})([mhd])$")]
    private static partial Regex Age();
}

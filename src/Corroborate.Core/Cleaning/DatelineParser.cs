using System.Globalization;
using System.Text.RegularExpressions;
using Corroborate.Core.Lexicons;

namespace Corroborate.Core.Cleaning;

/// <summary>Recognises a line that is nothing but a publication date (and maybe a time), as scrapers leave at the top.</summary>
public static partial class DatelineParser
{
    [GeneratedRegex(@"^(?:(?:published|updated|posted)(?: on)?:?\s+)?(?:(?:" + WeekdayNames.PrefixPattern + @")[a-z]*\.?,?\s+)?(?:(?<day>\d{1,2})(?:st|nd|rd|th)?\s+(?<month>[a-z]{3,9})\.?|(?<month>[a-z]{3,9})\.?\s+(?<day>\d{1,2})(?:st|nd|rd|th)?),?\s+(?<year>\d{4})(?:,?\s*(?:at\s+)?(?<hour>\d{1,2})[:.](?<minute>\d{2})\s*(?<ampm>[ap]\.?m\.?)?)?(?:\s*[A-Z]{2,4})?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WrittenDate();

    [GeneratedRegex(@"^(?<year>\d{4})-(?<month>\d{2})-(?<day>\d{2})(?:[T ](?<hour>\d{2}):(?<minute>\d{2})(?::\d{2})?)?\s*(?:Z|[+-]\d{2}:?\d{2})?$")]
    private static partial Regex IsoDate();

    public static bool TryParse(string line, out DateTimeOffset date)
    {
        date = default;
        string t = line.Trim();
        // Both patterns need a four-digit year: most lines are rejected without running either.
        if (t.Length > 60 || !t.AsSpan().ContainsAnyInRange('0', '9')) return false;
        var m = IsoDate().Match(t);
        int month;
        if (m.Success) month = int.Parse(m.Groups["month"].Value, CultureInfo.InvariantCulture);
        else
        {
            m = WrittenDate().Match(t);
            if (!m.Success) return false;
            string name = m.Groups["month"].Value;
            if (MonthNames.NumberOf(name) is not { } number) return false;
            month = number;
        }
        int year = int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture);
        int day = int.Parse(m.Groups["day"].Value, CultureInfo.InvariantCulture);
        int hour = m.Groups["hour"].Success ? int.Parse(m.Groups["hour"].Value, CultureInfo.InvariantCulture) : 0;
        int minute = m.Groups["minute"].Success ? int.Parse(m.Groups["minute"].Value, CultureInfo.InvariantCulture) : 0;
        if (m.Groups["ampm"].Success)
        {
            bool pm = char.ToLowerInvariant(m.Groups["ampm"].Value[0]) == 'p';
            hour = hour % 12 + (pm ? 12 : 0);
        }
        if (year < 1900 || year > 2200 || day < 1 || day > DateTime.DaysInMonth(year, Math.Clamp(month, 1, 12)) || month > 12 || hour > 23 || minute > 59)
            return false;
        date = new DateTimeOffset(year, month, day, hour, minute, 0, TimeSpan.Zero);
        return true;
    }
}

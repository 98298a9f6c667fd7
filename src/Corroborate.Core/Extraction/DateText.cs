using System.Globalization;
using System.Text.RegularExpressions;
using Corroborate.Core.Cleaning;

namespace Corroborate.Core.Extraction;

/// <summary>Dates as pages and feeds write them: ISO 8601 in its many spellings, RFC 822, written dates, URL paths.</summary>
public static partial class DateText
{
    private static readonly string[] Formats =
    [
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mmK", "yyyy-MM-dd HH:mm:ssK", "yyyy-MM-dd HH:mm:ss",
        "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd", "yyyyMMdd", "yyyy/MM/dd", "yyyy/MM/dd HH:mm:ss",
        "ddd, d MMM yyyy HH:mm:ss zzz", "ddd, d MMM yyyy HH:mm zzz", "d MMM yyyy HH:mm:ss zzz", "ddd, d MMM yyyy HH:mm:ss", "ddd, dd MMM yyyy HH:mm:ss 'GMT'",
    ];

    /// <summary>Parses a machine-written date (meta tags, JSON-LD, feeds); written dates go through the dateline grammar.</summary>
    public static DateTimeOffset? Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        string s = NormalizeZone(value.Trim());
        var styles = DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces;
        if (DateTimeOffset.TryParseExact(s, Formats, CultureInfo.InvariantCulture, styles, out var exact)) return Plausible(exact);
        if (DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, styles, out var loose)) return Plausible(loose);
        return DatelineParser.TryParse(s, out var written) ? Plausible(written) : null;
    }

    /// <summary>A date written in a URL path: /2019/11/20/, /2019-11-20/ or /20191120/.</summary>
    public static DateTimeOffset? FromUrl(string? url)
    {
        if (url is null) return null;
        var m = UrlDate().Match(url);
        if (!m.Success) return null;
        int year = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
        int month = int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture);
        int day = m.Groups["d"].Success ? int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture) : 1;
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) return null;
        return Plausible(new DateTimeOffset(year, month, day, 0, 0, 0, TimeSpan.Zero));
    }

    /// <summary>ISO 8601 text: the date alone when no time of day is known.</summary>
    public static string Format(DateTimeOffset date) =>
        date.TimeOfDay == TimeSpan.Zero && date.Offset == TimeSpan.Zero
            ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : date.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    private static DateTimeOffset? Plausible(DateTimeOffset d) => d.Year is >= 1990 and <= 2100 ? d : null;

    // "+0500" and trailing zone names confuse the framework parser.
    private static string NormalizeZone(string s)
    {
        s = ZoneWithoutColon().Replace(s, "$1:$2");
        return ZoneName().Replace(s, m => m.Groups[1].Value.ToUpperInvariant() switch
        {
            "GMT" or "UTC" or "UT" or "Z" => "+00:00",
            "EST" => "-05:00", "EDT" => "-04:00", "CST" => "-06:00", "CDT" => "-05:00",
            "MST" => "-07:00", "MDT" => "-06:00", "PST" => "-08:00", "PDT" => "-07:00",
            "BST" => "+01:00", "CET" => "+01:00", "CEST" => "+02:00",
            _ => m.Value,
        });
    }

    [GeneratedRegex(@"([+-]\d{2})(\d{2})$")]
    private static partial Regex ZoneWithoutColon();

    [GeneratedRegex(@"(?<=\d\s?)(GMT|UTC|UT|EST|EDT|CST|CDT|MST|MDT|PST|PDT|BST|CET|CEST)$", RegexOptions.IgnoreCase)]
    private static partial Regex ZoneName();

    [GeneratedRegex(@"/(?<y>(?:19|20)\d{2})[/-](?<m>\d{1,2})(?:[/-](?<d>\d{1,2}))?(?:/|$|-)|/(?<y>(?:19|20)\d{2})(?<m>\d{2})(?<d>\d{2})(?:/|$)")]
    private static partial Regex UrlDate();
}

using Corroborate.Reports;

namespace Corroborate.Web.Api;

/// <summary>A column of an exported table: its header and how a row gives its value.</summary>
public sealed record CsvColumn<T>(string Header, Func<T, string?> Value);

/// <summary>
/// A whole filtered list as a download: JSON (the same objects the listing pages through) or CSV per RFC 4180
/// (UTF-8, CRLF line ends, every field quoted when it holds a comma, quote or line break, quotes doubled).
/// </summary>
public static class Export
{
    /// <summary>One page of the rows, or all of them as a file when the query asks for a format.</summary>
    public static IResult PageOrFile<T>(
        ListQuery query, Paging paging, IReadOnlyList<T> rows, string name, IReadOnlyList<CsvColumn<T>> columns) =>
        query.Format is { Length: > 0 } format ? Of(rows, format, name, columns) : Results.Ok(paging.Apply(rows));

    private static IResult Of<T>(
        IReadOnlyList<T> rows, string format, string name, IReadOnlyList<CsvColumn<T>> columns) =>
        format == "csv"
            ? Results.File(Encoding.UTF8.GetBytes(Csv(rows, columns)), "text/csv; charset=utf-8", name + ".csv")
            : new Attachment(Results.Json(rows, contentType: "application/json; charset=utf-8"), name + ".json");

    public static string Csv<T>(IReadOnlyList<T> rows, IReadOnlyList<CsvColumn<T>> columns)
    {
        var csv = new StringBuilder();
        csv.AppendJoin(',', columns.Select(c => Field(c.Header))).Append("\r\n");
        foreach (var row in rows) csv.AppendJoin(',', columns.Select(c => Field(c.Value(row)))).Append("\r\n");
        return csv.ToString();
    }

    private static string Field(string? value)
    {
        value ??= "";
        return value.IndexOfAny([',', '"', '\r', '\n']) < 0 ? value : "\"" + value.Replace("\"", "\"\"") + "\"";
    }

    private static string List(IEnumerable<string> items) => string.Join("; ", items);

    private static string Number(double x) => x.ToString("R", CultureInfo.InvariantCulture);

    private static string Number(int x) => x.ToString(CultureInfo.InvariantCulture);

    public static IReadOnlyList<CsvColumn<ReportFinding>> FindingColumns { get; } =
    [
        new("story", f => f.Story), new("kind", f => f.Kind), new("category", f => f.Category),
        new("subject", f => f.Subject), new("sources", f => Number(f.Sources)),
        new("independent_sources", f => Number(f.IndependentSources)), new("outlets", f => List(f.Outlets)),
        new("articles", f => List(f.Articles)), new("claims", f => List(f.Claims)), new("note", f => f.Note),
    ];

    public static IReadOnlyList<CsvColumn<ReportClaim>> ClaimColumns { get; } =
    [
        new("id", c => c.Id), new("article", c => c.Article), new("category", c => c.Category),
        new("measure", c => c.Measure), new("subject", c => c.Subject), new("group", c => c.Group),
        new("condition", c => c.Condition), new("scope", c => c.Scope), new("trend", c => c.Trend),
        new("value_low", c => Number(c.ValueLow)), new("value_high", c => Number(c.ValueHigh)),
        new("qualifier", c => c.Qualifier), new("unit", c => c.Unit), new("attribution", c => c.Attribution),
        new("hedged", c => c.Hedged ? "true" : "false"), new("as_of", c => c.AsOf), new("sentence", c => c.Sentence),
        new("start", c => Number(c.Start)), new("end", c => Number(c.End)),
    ];

    /// <summary>A result sent as a named download.</summary>
    private sealed class Attachment(IResult inner, string fileName) : IResult
    {
        public Task ExecuteAsync(HttpContext context)
        {
            context.Response.Headers.ContentDisposition = $"attachment; filename=\"{fileName}\"";
            return inner.ExecuteAsync(context);
        }
    }
}

using System.Text.Json.Serialization;
using Corroborate.Core;
using Corroborate.Core.Claims;
using Corroborate.Core.Quantities;
using Corroborate.Core.Quotes;
using Corroborate.Core.Reconciliation;

namespace Corroborate.Reports;

/// <summary>One numeric claim in report.json (docs/report-format.md, section claims).</summary>
public sealed record ReportClaim(
    string Id, string Article, string Category, string Measure, string? Subject, string? Group, string? Condition, string Scope, string? Trend,
    double ValueLow, double ValueHigh, string Qualifier, string Unit, string? Attribution, bool Hedged, string? AsOf, string Sentence, int Start, int End)
{
    /// <summary>The figure as the findings write it ("more than 4,400", "25–35 km"), for tables; not part of report.json.</summary>
    [JsonIgnore]
    public string Figure { get; init; } = "";

    public static IReadOnlyList<ReportClaim> From(IEnumerable<Article> articles) =>
        articles.SelectMany(a => a.Claims.Select(c => new ReportClaim(
            c.Id, a.Id, NumericClaim.CategoryName(c.Category), c.Measure, c.Subject, c.Group, c.Condition, NumericClaim.ScopeName(c.Scope), c.Trend,
            c.Low, c.High, Quantity.QualifierName(c.Qualifier), c.Unit, c.Attribution, c.Hedged, c.AsOf, a.Slice(c.Sentence), c.Span.Start, c.Span.End)
        { Figure = FigureValue.Describe(c) })).ToList();
}

/// <summary>The claims table of report.html and of the web UI's article page: one row per claim with its frame.</summary>
public static class ClaimsTable
{
    public static void AppendHtml(System.Text.StringBuilder h, IReadOnlyList<ReportClaim> claims)
    {
        if (claims.Count == 0) return;
        h.Append("<table class=\"claims\"><tr><th>Figure</th><th>Measure</th><th>Group</th><th>Condition</th><th>Scope</th><th>Trend</th><th>Source</th><th>As of</th><th>Sentence</th></tr>\n");
        foreach (var c in claims)
        {
            h.Append($"<tr><td>{E(c.Figure)}</td><td>{E(c.Measure)}</td><td>{E(c.Group ?? "")}</td><td>{E(c.Condition ?? "")}</td>");
            h.Append($"<td class=\"scope-{E(c.Scope)}\">{E(c.Scope)}</td><td>{E(c.Trend ?? "")}</td><td>{E(c.Attribution ?? "")}{(c.Hedged ? " (hedged)" : "")}</td>");
            h.Append($"<td>{E(c.AsOf ?? "")}</td><td>{E(c.Sentence)}</td></tr>\n");
        }
        h.Append("</table>\n");
    }

    public const string Style = ".claims td{font-size:.9em}.scope-other-incident{color:#888}.scope-part{color:#a60}";

    private static string E(string s) => System.Net.WebUtility.HtmlEncode(s);
}

/// <summary>One direct quote in report.json (section quotes).</summary>
public sealed record ReportQuote(string Article, string Text, string? Speaker, string? SpeakerEntity, string? Verb, int Start, int End, int? SpeakerStart, int? SpeakerEnd)
{
    public static IReadOnlyList<ReportQuote> From(IEnumerable<Article> articles) =>
        articles.SelectMany(a => a.Quotes.Select(q => new ReportQuote(
            a.Id, q.Text, q.Speaker, q.SpeakerEntity, q.Verb, q.Span.Start, q.Span.End, q.SpeakerSpan?.Start, q.SpeakerSpan?.End))).ToList();
}

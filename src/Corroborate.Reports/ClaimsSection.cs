using Corroborate.Core;
using Corroborate.Core.Claims;
using Corroborate.Core.Quantities;
using Corroborate.Core.Quotes;

namespace Corroborate.Reports;

/// <summary>One numeric claim in report.json (docs/report-format.md, section claims).</summary>
public sealed record ReportClaim(
    string Id, string Article, string Category, string? Subject, double ValueLow, double ValueHigh, string Qualifier, string Unit,
    string? Attribution, bool Hedged, string? AsOf, string Sentence, int Start, int End)
{
    public static IReadOnlyList<ReportClaim> From(IEnumerable<Article> articles) =>
        articles.SelectMany(a => a.Claims.Select(c => new ReportClaim(
            c.Id, a.Id, NumericClaim.CategoryName(c.Category), c.Subject, c.Low, c.High, Quantity.QualifierName(c.Qualifier), c.Unit,
            c.Attribution, c.Hedged, c.AsOf, a.Slice(c.Sentence), c.Span.Start, c.Span.End))).ToList();
}

/// <summary>One direct quote in report.json (section quotes).</summary>
public sealed record ReportQuote(string Article, string Text, string? Speaker, string? SpeakerEntity, string? Verb, int Start, int End, int? SpeakerStart, int? SpeakerEnd)
{
    public static IReadOnlyList<ReportQuote> From(IEnumerable<Article> articles) =>
        articles.SelectMany(a => a.Quotes.Select(q => new ReportQuote(
            a.Id, q.Text, q.Speaker, q.SpeakerEntity, q.Verb, q.Span.Start, q.Span.End, q.SpeakerSpan?.Start, q.SpeakerSpan?.End))).ToList();
}

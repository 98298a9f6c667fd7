using Corroborate.Core.Provenance;
using Corroborate.Reports;
using static Corroborate.Tests.Provenance.ProvenanceFixtures;

namespace Corroborate.Tests.Provenance;

public class CopiesReportTests
{
    [Fact]
    public void ReportsListCopiesAndFamiliesAndHighlightEscapedPassages()
    {
        var original = Make(Wire + "\n\n<script>alert(1)</script> is how the page ended.");
        var copy = Make(string.Join("\n\n", Paragraphs(Wire)[..3]));
        var pair = new CopyDetector(ProvenanceOptions.Default).Compare(original, WordTokens.Of(original.Text), copy, WordTokens.Of(copy.Text))!;
        var report = Report.Build([original, copy], []).WithCopies([pair], ProvenanceOptions.Default);

        var listed = Assert.Single(report.Copies!);
        Assert.Equal((original.Id, copy.Id), (listed.A, listed.B));
        Assert.Equal([original.Id, copy.Id], Assert.Single(report.Families!));

        string json = JsonReport.Render(report);
        Assert.Contains("\"coverage_a\"", json);
        Assert.Contains("\"a_start\"", json);
        using var streamed = new MemoryStream();
        JsonReport.Write(report, streamed);
        Assert.Equal(json, System.Text.Encoding.UTF8.GetString(streamed.ToArray()));   // the streamed file is the same
        // Side by side with the shared passages marked only with the texts; by default the passages' openings.
        string html = HtmlReport.Render(report, new ReportOptions(WithText: true));
        Assert.Contains("<mark>", html);
        Assert.DoesNotContain("<script>", html);
        string passages = HtmlReport.Render(report);
        Assert.Contains("<ol class=\"passages\"><li>", passages);
        Assert.DoesNotContain("<mark>", passages);
        Assert.DoesNotContain("<script>", passages);
        Assert.Contains("## Copies", MarkdownReport.Render(report));
    }
}

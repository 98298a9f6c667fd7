using Corroborate.Core.Provenance;

namespace Corroborate.Reports;

/// <summary>A copied pair in report.json; offsets point into each article's text.</summary>
public sealed record ReportCopy(
    string A, string B, double Similarity, double CoverageA, double CoverageB, string Origin, IReadOnlyList<ReportPassage> Passages)
{
    public static ReportCopy From(CopyPair pair) => new(
        pair.A, pair.B, pair.Similarity, pair.CoverageA, pair.CoverageB, pair.Origin,
        pair.Passages.Select(p => new ReportPassage(p.A.Start, p.A.End, p.B.Start, p.B.End, p.Origin)).ToList());
}

public sealed record ReportPassage(int AStart, int AEnd, int BStart, int BEnd, string Origin);

public static class ReportCopies
{
    /// <summary>Adds the copies among the report's articles at least <see cref="ProvenanceOptions.CopyThreshold"/> similar, and their families.</summary>
    public static Report WithCopies(this Report report, IEnumerable<CopyPair> storedPairs, ProvenanceOptions options)
    {
        var ids = report.Articles.Select(a => a.Id).ToList();
        var inReport = ids.ToHashSet();
        var pairs = storedPairs.Where(p => p.Similarity >= options.CopyThreshold && inReport.Contains(p.A) && inReport.Contains(p.B)).ToList();
        return report with
        {
            Copies = pairs.Select(ReportCopy.From).ToList(),
            Families = FamilyIndex.Build(ids, pairs, options.FamilyThreshold).Families,
        };
    }
}

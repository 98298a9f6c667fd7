using Corroborate.Core;
using Corroborate.Core.Store;
using Corroborate.Reports;

namespace Corroborate.Web;

/// <summary>
/// Every stored article's claims, dated against its story. The store keeps no annotations, so building them runs
/// the NLP stages over the corpus; the result is kept until articles are added (the store only grows, and stories
/// and their dating change only when it does), and every request filters the kept list.
/// </summary>
public sealed class CorpusClaims
{
    private readonly BuiltOnce<int, IReadOnlyList<ReportClaim>> _claims = new();

    public IReadOnlyList<ReportClaim> Get(IStore store) =>
        _claims.Get(0, store.CountArticles().ToString(System.Globalization.CultureInfo.InvariantCulture), () => ReportClaim.From(Flow.AnnotateStored(store)));
}

using Corroborate.Core;
using Corroborate.Core.Store;
using Corroborate.Reports;

namespace Corroborate.Web;

/// <summary>
/// Every stored article's claims, dated against its story, built from the stored annotations (no NLP stage runs) and
/// kept until articles are added (the store only grows, and stories and their dating change only when it does).
/// The claims API and the article pages read the kept list, so an article's figures are the same in both.
/// </summary>
public sealed class CorpusClaims
{
    private readonly BuiltOnce<int, Kept> _claims = new();

    public IReadOnlyList<ReportClaim> Get(IStore store) => Current(store).All;

    public IReadOnlyList<ReportClaim> OfArticle(IStore store, string articleId) => Current(store).ByArticle[articleId].ToList();

    private Kept Current(IStore store) =>
        _claims.Get(0, store.CountArticles().ToString(System.Globalization.CultureInfo.InvariantCulture), () => new Kept(ReportClaim.From(Flow.AnnotateStored(store))));

    private sealed class Kept(IReadOnlyList<ReportClaim> all)
    {
        public IReadOnlyList<ReportClaim> All { get; } = all;
        public ILookup<string, ReportClaim> ByArticle { get; } = all.ToLookup(c => c.Article);
    }
}

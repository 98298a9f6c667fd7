using Corroborate.Core.Provenance;
using Corroborate.Core.Store;

namespace Corroborate.Core.Stories;

/// <summary>Counts a stored story's independent sources the way findings do (see <see cref="IndependentSources"/>).</summary>
public static class SourceFamilies
{
    private static string Outlet(ArticleStory a) => IndependentSources.OutletKey(a.Url, a.Source, a.Path ?? a.ArticleId);

    /// <param name="familyOf">An article id's copy family (the id itself for an article without copies).</param>
    public static int CountIndependent(IReadOnlyList<ArticleStory> articles, Func<string, string> familyOf) =>
        IndependentSources.Count(articles.Select(a => (a.ArticleId, Outlet(a))), familyOf);
}

using Corroborate.Core.Store;

namespace Corroborate.Core.Stories;

/// <summary>
/// Counts a story's independent sources: two articles are one source when they belong to one copy
/// family (syndicated or copied text) or come from one outlet, and so on transitively.
/// </summary>
public static class SourceFamilies
{
    public static string Outlet(ArticleStory a) =>
        a.Source ?? (Uri.TryCreate(a.Url, UriKind.Absolute, out var uri) ? uri.Host : a.Path ?? a.ArticleId);

    /// <param name="familyOf">An article id's copy family (the id itself for an article without copies).</param>
    public static int CountIndependent(IReadOnlyList<ArticleStory> articles, Func<string, string> familyOf)
    {
        var parent = new Dictionary<string, string>();
        string Find(string x)
        {
            while (parent.TryGetValue(x, out var p) && p != x) x = parent[x] = parent.GetValueOrDefault(p, p);
            return x;
        }
        foreach (var a in articles)
        {
            string family = Find("family:" + familyOf(a.ArticleId)), outlet = Find("outlet:" + Outlet(a));
            parent.TryAdd(family, family);
            if (family != outlet) parent[outlet] = family;
        }
        return articles.Select(a => Find("family:" + familyOf(a.ArticleId))).Distinct().Count();
    }
}

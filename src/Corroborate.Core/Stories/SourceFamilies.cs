using Corroborate.Core.Store;

namespace Corroborate.Core.Stories;

/// <summary>
/// Which independent source an article counts as when counting a story's sources. Copies of one
/// original should count once; until copy families are available, each outlet (or, without one, each
/// input file) is its own source.
/// </summary>
public static class SourceFamilies
{
    public static string ByOutlet(ArticleStory a) => a.Source ?? (Uri.TryCreate(a.Url, UriKind.Absolute, out var uri) ? uri.Host : a.Path ?? a.ArticleId);
}

namespace Corroborate.Core.Store;

/// <summary>
/// What <c>follow</c> remembers between rounds and restarts (docs/follow.md): the sources it polls with the
/// validators of their last response, and every item they listed with what became of it.
/// </summary>
public interface IFollowStore
{
    FollowSource? GetFollowSource(string url);

    /// <summary>Every source followed so far, in url order.</summary>
    IReadOnlyList<FollowSource> ListFollowSources();

    /// <summary>Creates or replaces the source's row.</summary>
    void SaveFollowSource(FollowSource source);

    /// <summary>
    /// The items of <paramref name="source"/> with one of <paramref name="keys"/>, and the items of any source with
    /// one of <paramref name="links"/> (normalised): what a feed lists that was met before under some id.
    /// </summary>
    IReadOnlyList<FollowItem> FindFollowItems(
        string source, IReadOnlyCollection<string> keys, IReadOnlyCollection<string> links);

    /// <summary>The source's items in one state, oldest first.</summary>
    IReadOnlyList<FollowItem> ListFollowItems(string source, FollowItemState state);

    /// <summary>Creates or replaces each item's row (by source and key), all in one transaction.</summary>
    void SaveFollowItems(IReadOnlyList<FollowItem> items);
}

/// <param name="Kind">"feed" or "sitemap" as the last response showed, "unknown" before the first.</param>
/// <param name="ETag">The validators of the last 200 response, sent back on the next request.</param>
/// <param name="NextDue">When the source should be polled again.</param>
/// <param name="Failures">Consecutive failed polls; reset by a success.</param>
public sealed record FollowSource(
    string Url, string Kind, string? ETag, string? LastModified, DateTimeOffset? LastFetched, int? LastStatus,
    DateTimeOffset? NextDue, int Failures, string? LastError)
{
    public static FollowSource New(string url) => new(url, "unknown", null, null, null, null, null, 0, null);
}

/// <summary>Ingested: the article is stored. Retry: the page failed in a way that may pass (a server error, a
/// timeout). Failed: given up on (not found, disallowed by robots.txt, no text, too many attempts).</summary>
public enum FollowItemState { Ingested, Retry, Failed }

/// <param name="Key">The item's id in its source: guid, Atom id, or the normalised link when it has none.</param>
/// <param name="Link">The normalised link of the item's page.</param>
/// <param name="Title">The feed's title, date and author for the item, which win over what the page suggests.</param>
/// <param name="ArticleId">The stored article, once ingested.</param>
/// <param name="Failures">Failed attempts at the item's page.</param>
public sealed record FollowItem(
    string Source, string Key, string Link, string? Title, DateTimeOffset? Published, string? Author, string? ArticleId,
    DateTimeOffset FirstSeen, FollowItemState State, int Failures, string? Reason);

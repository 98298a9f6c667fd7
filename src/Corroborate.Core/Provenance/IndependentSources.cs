namespace Corroborate.Core.Provenance;

/// <summary>
/// Which articles count as one source. Two articles are one source when they are in one copy family (syndicated or
/// copied text) or come from one outlet, and so on transitively: two Washington Post pieces, or a CNN story and its
/// affiliate's copy, never corroborate each other. Every count of independent sources (findings, story headers, the
/// stories table, timeline dots, the web UI and API) comes from here.
/// </summary>
public static class IndependentSources
{
    /// <param name="articles">Article ids with their outlet keys (see <see cref="OutletKey"/>).</param>
    /// <param name="familyOf">An article id's copy family (the id itself for an article without copies).</param>
    /// <returns>Each article's source key: articles with one key are one independent source.</returns>
    public static IReadOnlyDictionary<string, string> Keys(IEnumerable<(string Id, string Outlet)> articles, Func<string, string> familyOf)
    {
        var parent = new Dictionary<string, string>(StringComparer.Ordinal);
        string Find(string x)
        {
            while (parent.TryGetValue(x, out var p) && p != x) x = parent[x] = parent.GetValueOrDefault(p, p);
            return x;
        }
        var list = articles.ToList();
        foreach (var (id, outlet) in list)
        {
            string family = Find("family:" + familyOf(id)), outletNode = Find("outlet:" + outlet);
            parent.TryAdd(family, family);
            if (family != outletNode) parent[outletNode] = family;
        }
        return list.DistinctBy(a => a.Id).ToDictionary(a => a.Id, a => Find("family:" + familyOf(a.Id)), StringComparer.Ordinal);
    }

    public static int Count(IEnumerable<(string Id, string Outlet)> articles, Func<string, string> familyOf) =>
        Keys(articles, familyOf).Values.Distinct().Count();

    /// <summary>
    /// The outlet an article counts as: the registrable domain of its URL ("edition.cnn.com" and "www.cnn.com" are
    /// "cnn.com", "africa.chinadaily.com.cn" is "chinadaily.com.cn"), else its source name, else its file. A server
    /// named by its IP address is one outlet per address and port (an address has no registrable part to keep).
    /// </summary>
    public static string OutletKey(string? url, string? source, string fallback)
    {
        Uri.TryCreate(url, UriKind.Absolute, out var uri);
        if (uri?.HostNameType is UriHostNameType.IPv4 or UriHostNameType.IPv6) return uri.Authority;
        if (uri is not null && uri.Host.Contains('.')) return RegistrableDomain(uri.Host);
        if (source is { Length: > 0 } s)
            return s.Contains('.') && !s.Contains(' ') ? RegistrableDomain(s.ToLowerInvariant()) : s.Trim().ToLowerInvariant();
        return fallback;
    }

    /// <summary>
    /// Second-level labels under which country domains register names ("bbc.co.uk", "smh.com.au"); a list of the
    /// common ones, not the whole public-suffix list, which we cannot fetch at run time.
    /// </summary>
    private static readonly HashSet<string> SecondLevels = new(StringComparer.Ordinal)
    {
        "co", "com", "net", "org", "gov", "ac", "edu", "or", "ne", "go", "gob", "gv", "nic", "mil", "info", "news",
    };

    public static string RegistrableDomain(string host)
    {
        var labels = host.TrimEnd('.').ToLowerInvariant().Split('.', StringSplitOptions.RemoveEmptyEntries);
        if (labels.Length <= 2) return string.Join('.', labels);
        int keep = labels[^1].Length == 2 && SecondLevels.Contains(labels[^2]) ? 3 : 2;
        return string.Join('.', labels[^keep..]);
    }
}

namespace Corroborate.Follow;

/// <summary>
/// One spelling per page address, so that the same page listed twice (under another item id, in another feed, with
/// tracking parameters) is met once: scheme and host in lower case, no default port, no fragment, no utm_* parameters.
/// </summary>
public static class Links
{
    /// <summary>The normalised absolute http(s) link, or null when <paramref name="link"/> is not one.</summary>
    public static string? Normalise(string? link, Uri? relativeTo = null)
    {
        if (string.IsNullOrWhiteSpace(link)) return null;
        // "/path" parses as an absolute file URI on Unix, so an address that is not http(s) is tried as a relative one.
        if (!Uri.TryCreate(link.Trim(), UriKind.Absolute, out var uri) || !IsHttp(uri))
            if (relativeTo is null || !Uri.TryCreate(relativeTo, link.Trim(), out uri) || !IsHttp(uri)) return null;
        var query = uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Where(p => !p.StartsWith("utm_", StringComparison.OrdinalIgnoreCase));
        var builder = new UriBuilder(uri) { Fragment = "", Query = string.Join("&", query) };
        if (uri.IsDefaultPort) builder.Port = -1;
        return builder.Uri.AbsoluteUri;
    }

    private static bool IsHttp(Uri uri) => uri.Scheme is "http" or "https";
}

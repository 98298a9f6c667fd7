using System.Text.Json;

namespace Corroborate.Bench.ServeLoad;

/// <summary>One kind of request in the mix, and the URLs it cycles through (one per story or article).</summary>
public sealed record LoadRoute(string Name, IReadOnlyList<string> Paths)
{
    /// <summary>
    /// The story list page, every story page, and the API's lists and details of stories and articles, with the
    /// ids the API lists. Each route gets the same share of requests, whatever its number of URLs.
    /// </summary>
    public static async Task<IReadOnlyList<LoadRoute>> DiscoverAsync(HttpClient client)
    {
        var stories = await Ids(client, "api/stories?page_size=200", e => e.GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture));
        var articles = await Ids(client, "api/articles?page_size=200", e => Uri.EscapeDataString(e.GetString()!));
        if (stories.Count == 0 || articles.Count == 0)
            throw new InvalidOperationException("the database has no stories or no articles: run `corroborate analyze` on it first");
        return
        [
            new("story list (HTML)", ["stories"]),
            new("story page (HTML)", [.. stories.Select(id => $"stories/{id}")]),
            new("API story list", ["api/stories?page_size=50"]),
            new("API story", [.. stories.Select(id => $"api/stories/{id}")]),
            new("API article list", ["api/articles?page_size=50"]),
            new("API article", [.. articles.Select(id => $"api/articles/{id}")]),
        ];
    }

    private static async Task<List<string>> Ids(HttpClient client, string listPath, Func<JsonElement, string> id)
    {
        using var page = JsonDocument.Parse(await client.GetStringAsync(listPath));
        return [.. page.RootElement.GetProperty("items").EnumerateArray().Select(item => id(item.GetProperty("id")))];
    }
}

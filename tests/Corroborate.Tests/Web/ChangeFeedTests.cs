using System.Net;
using System.Text;
using System.Text.Json;
using System.Xml.Linq;

namespace Corroborate.Tests.Web;

/// <summary>Change records over HTTP (the JSON API and the Atom feeds) after an upload through the API.</summary>
public sealed class ChangeFeedTests(WebServerFixture server) : IClassFixture<WebServerFixture>
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    /// <summary>A follow-up to the fixture's harbour story.</summary>
    public const string FollowUp =
        "Harbour blast toll rises\n\nThe explosion at the harbour plant killed seven workers, officials said.";

    /// <summary>Uploads <see cref="FollowUp"/> and returns the change records listed afterwards.</summary>
    private async Task<JsonElement> UploadFollowUp()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/ingest");
        request.Content = new StringContent(FollowUp);
        request.Headers.Authorization = new("Bearer", WebServerFixture.Token);
        using (var r = await server.Client.SendAsync(request)) r.EnsureSuccessStatusCode();
        return (await GetJson("/api/changes")).GetProperty("changes");
    }

    private async Task<JsonElement> GetJson(string url) =>
        JsonDocument.Parse(await server.Client.GetStringAsync(url)).RootElement.Clone();

    [Fact]
    public async Task AnUploadIsAnUpdateListedByTheApiAndTheFeeds()
    {
        var changes = await UploadFollowUp();
        Assert.True(changes.GetArrayLength() >= 1);
        var first = changes[0];
        string[] fields = ["id", "story", "headline", "recorded", "created", "articles_added", "articles",
            "new_sources", "figures_updated", "new_disputes", "disputes_resolved"];
        foreach (var field in fields)
            Assert.True(first.TryGetProperty(field, out _), $"change record lacks {field}");
        int story = first.GetProperty("story").GetInt32();
        long id = first.GetProperty("id").GetInt64();

        var feed = XDocument.Parse(await server.Client.GetStringAsync("/changes.atom")).Root!;
        Assert.Equal(Atom + "feed", feed.Name);
        Assert.NotEmpty(feed.Element(Atom + "id")!.Value);
        Assert.True(DateTimeOffset.TryParse(feed.Element(Atom + "updated")!.Value, out _));
        Assert.NotEmpty(feed.Element(Atom + "title")!.Value);
        var self = feed.Elements(Atom + "link").Single(l => (string?)l.Attribute("rel") == "self");
        Assert.EndsWith("/changes.atom", self.Attribute("href")!.Value);
        var entries = feed.Elements(Atom + "entry").ToList();
        Assert.Equal(changes.GetArrayLength(), entries.Count);
        Assert.Equal(entries.Count, entries.Select(e => e.Element(Atom + "id")!.Value).Distinct().Count());
        var entry = entries[0];
        Assert.Equal($"urn:corroborate:change:{id}", entry.Element(Atom + "id")!.Value);
        Assert.True(DateTimeOffset.TryParse(entry.Element(Atom + "updated")!.Value, out _));
        Assert.NotEmpty(entry.Element(Atom + "summary")!.Value);
        Assert.Contains("article", entry.Element(Atom + "content")!.Value);
        Assert.EndsWith($"/stories/{story}", entry.Element(Atom + "link")!.Attribute("href")!.Value);

        var storyFeed = XDocument.Parse(await server.Client.GetStringAsync($"/stories/{story}/changes.atom")).Root!;
        Assert.All(storyFeed.Elements(Atom + "entry"), e =>
            Assert.EndsWith($"/stories/{story}", e.Element(Atom + "link")!.Attribute("href")!.Value));
        var storyChanges = (await GetJson($"/api/stories/{story}/changes")).GetProperty("changes");
        Assert.All(storyChanges.EnumerateArray(), c => Assert.Equal(story, c.GetProperty("story").GetInt32()));
    }

    [Fact]
    public async Task SinceFiltersAndBadRequestsAreProblems()
    {
        await UploadFollowUp();
        Assert.Equal(0, (await GetJson("/api/changes?since=2999-01-01")).GetProperty("changes").GetArrayLength());
        Assert.True((await GetJson("/api/changes?since=1h")).GetProperty("changes").GetArrayLength() > 0);
        foreach (var url in new[] { "/api/changes?since=yesterday-ish", "/api/changes?limit=0" })
        {
            using var bad = await server.Client.GetAsync(url);
            Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
            Assert.Equal("application/problem+json", bad.Content.Headers.ContentType?.MediaType);
        }
        using var none = await server.Client.GetAsync("/api/stories/99999/changes");
        Assert.Equal(HttpStatusCode.NotFound, none.StatusCode);
        using var noFeed = await server.Client.GetAsync("/stories/99999/changes.atom");
        Assert.Equal(HttpStatusCode.NotFound, noFeed.StatusCode);
    }

    [Fact]
    public async Task PagesLinkTheFeedsAndMarkingAsSeenSetsTheCookie()
    {
        await UploadFollowUp();
        string home = await server.Client.GetStringAsync("/");
        Assert.Contains(
            "<link rel=\"alternate\" type=\"application/atom+xml\" title=\"Changes\" href=\"/changes.atom\">", home);
        Assert.Contains("Since your last visit", home);
        using var handler = new HttpClientHandler { AllowAutoRedirect = false };
        using var client = new HttpClient(handler) { BaseAddress = new Uri(server.BaseUrl) };
        var form = new Dictionary<string, string>
        {
            ["seen"] = "2999-01-01T00:00:00Z", ["return"] = "https://elsewhere.example/",
        };
        using var seen = await client.PostAsync("/changes/seen", new FormUrlEncodedContent(form));
        Assert.Equal("/", seen.Headers.Location?.OriginalString);
        string cookie = Assert.Single(seen.Headers.GetValues("Set-Cookie"));
        Assert.StartsWith("corroborate_last_visit=", cookie);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Add("Cookie", cookie.Split(';')[0]);
        using var after = await client.SendAsync(request);
        Assert.Contains("Nothing has changed.", Encoding.UTF8.GetString(await after.Content.ReadAsByteArrayAsync()));
    }
}

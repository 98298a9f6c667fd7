using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Corroborate.Tests.Web;

public sealed class ApiTests(WebServerFixture server) : IClassFixture<WebServerFixture>
{
    private async Task<(HttpStatusCode Status, string? ContentType, JsonElement Body)> Get(string url)
    {
        using var r = await server.Client.GetAsync(url);
        return (r.StatusCode, r.Content.Headers.ContentType?.MediaType, JsonDocument.Parse(await r.Content.ReadAsStringAsync()).RootElement.Clone());
    }

    private async Task<HttpResponseMessage> Post(string url, HttpContent content, string? token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = content };
        if (token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await server.Client.SendAsync(request);
    }

    [Fact]
    public async Task ListsArticlesWithPaginationAndSearch()
    {
        var (status, _, page) = await Get("/api/articles?page=1&page_size=1");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(1, page.GetProperty("items").GetArrayLength());
        Assert.True(page.GetProperty("total").GetInt32() >= 2);
        Assert.Equal(1, page.GetProperty("page_size").GetInt32());
        var (_, _, found) = await Get("/api/articles?q=explosion");
        Assert.Equal("Harbour blast kills five", found.GetProperty("items")[0].GetProperty("title").GetString());
    }

    [Theory]
    [InlineData("/api/articles?page=0")]
    [InlineData("/api/articles?page_size=100000")]
    [InlineData("/api/articles/doesnotexist")]
    public async Task ErrorsAreProblemJson(string url)
    {
        var (status, type, body) = await Get(url);
        Assert.True((int)status is 400 or 404);
        Assert.Equal("application/problem+json", type);
        Assert.Equal((int)status, body.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task ListsEntitiesAndClaims()
    {
        var (status, _, entities) = await Get("/api/entities?type=LOC");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains(entities.GetProperty("items").EnumerateArray(), e => e.GetProperty("canonical").GetString() == "Lindmark");
        var (_, _, claims) = await Get("/api/claims?category=evacuated");
        var claim = claims.GetProperty("items")[0];
        Assert.Equal(2000, claim.GetProperty("value_low").GetDouble());
        Assert.Equal("about", claim.GetProperty("qualifier").GetString());
    }

    [Fact]
    public async Task OneArticlesClaimsAreThoseOfTheFullListDatedTheSameWay()
    {
        var (_, _, all) = await Get("/api/claims?page_size=200");
        var first = all.GetProperty("items")[0];
        string id = first.GetProperty("article").GetString()!;
        var expected = all.GetProperty("items").EnumerateArray().Where(c => c.GetProperty("article").GetString() == id)
            .Select(c => c.GetRawText()).ToList();
        var (status, _, one) = await Get($"/api/claims?article={id}&page_size=200");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(expected, one.GetProperty("items").EnumerateArray().Select(c => c.GetRawText()).ToList());
    }

    [Fact]
    public async Task ClaimsCarryTheirFrameInTheApiAndOnTheArticlePage()
    {
        var (_, _, claims) = await Get("/api/claims?category=dead");
        var dead = claims.GetProperty("items")[0];
        Assert.Equal("dead", dead.GetProperty("measure").GetString());
        Assert.Equal("total", dead.GetProperty("scope").GetString());
        Assert.Equal("workers", dead.GetProperty("group").GetString());
        string id = dead.GetProperty("article").GetString()!;
        string page = await server.Client.GetStringAsync($"/articles/{id}");
        Assert.Contains("<h2>Figures</h2>", page);
        Assert.Contains("<th>Scope</th>", page);
        Assert.Contains("<td class=\"scope-total\">total</td>", page);
    }

    [Fact]
    public async Task ListsStoriesWithBriefsAndFindings()
    {
        var (status, _, stories) = await Get("/api/stories?q=fertiliser");
        Assert.Equal(HttpStatusCode.OK, status);
        int id = stories.GetProperty("items")[0].GetProperty("id").GetInt32();
        var (_, _, story) = await Get($"/api/stories/{id}");
        Assert.True(story.GetProperty("story").GetProperty("article_count").GetInt32() >= 2);
        Assert.All(story.GetProperty("brief").EnumerateArray(), b => Assert.Matches(@"\[\d+\]", b.GetProperty("text").GetString()!));
        var (_, _, findings) = await Get($"/api/findings?story={id}");
        var evacuated = findings.GetProperty("items").EnumerateArray().Single(f => f.GetProperty("category").GetString() == "evacuated");
        Assert.Equal(1, evacuated.GetProperty("independent_sources").GetInt32()); // the copy counts once
        var (missing, _, _) = await Get("/api/stories/99999");
        Assert.Equal(HttpStatusCode.NotFound, missing);
    }

    [Fact]
    public async Task PublishesAnOpenApiDocument()
    {
        var (status, _, doc) = await Get("/openapi/v1.json");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.True(doc.GetProperty("paths").TryGetProperty("/api/ingest", out _));
    }

    [Fact]
    public async Task IngestNeedsTheToken()
    {
        using var none = await Post("/api/ingest", new StringContent("Title line here\n\nBody text."), null);
        Assert.Equal(HttpStatusCode.Unauthorized, none.StatusCode);
        using var wrong = await Post("/api/ingest", new StringContent("Title line here\n\nBody text."), "nope");
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Equal("application/problem+json", wrong.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task IngestsAnUploadedFileAndIgnoresItsPath()
    {
        var form = new MultipartFormDataContent
        {
            { new ByteArrayContent(Encoding.UTF8.GetBytes("Storm hits the coast road\n\nA storm closed the coast road on Tuesday, police said.")), "files", "../../etc/storm.txt" },
        };
        using var r = await Post("/api/ingest", form, WebServerFixture.Token);
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        var body = JsonDocument.Parse(await r.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(1, body.GetProperty("added").GetInt32());
        var (_, _, list) = await Get("/api/articles?q=storm");
        string id = list.GetProperty("items")[0].GetProperty("id").GetString()!;
        var (_, _, article) = await Get($"/api/articles/{id}");
        Assert.Equal("upload:storm.txt", article.GetProperty("path").GetString());
    }

    [Fact]
    public async Task PagesCarryAStrictContentSecurityPolicy()
    {
        using var r = await server.Client.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        Assert.Contains("default-src 'none'", r.Headers.GetValues("Content-Security-Policy").Single());
    }
}

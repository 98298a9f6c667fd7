using System.Net;
using System.Text;
using System.Text.Json;
using Corroborate.Web.Api;

namespace Corroborate.Tests.Web;

/// <summary>The analysts' API: list filters and paging, CSV and JSON export, entity profiles and the "why linked" views.</summary>
public sealed class AnalystApiTests(WebServerFixture server) : IClassFixture<WebServerFixture>
{
    private async Task<(HttpStatusCode Status, JsonElement Body)> Get(string url)
    {
        using var r = await server.Client.GetAsync(url);
        return (r.StatusCode, JsonDocument.Parse(await r.Content.ReadAsStringAsync()).RootElement.Clone());
    }

    private static List<string> Strings(JsonElement page, string property) =>
        page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty(property).GetString()!).ToList();

    [Theory]
    [InlineData("outlet=coast%20news", new[] { "Harbour blast kills five" })]
    [InlineData("from=2026-03-11", new[] { "Wire report on the plant fire", "Plant fire: what we know" })]
    [InlineData("to=2026-03-03", new[] { "Harbour blast kills five", "Council meets on budget" })]
    [InlineData("from=2026-03-03&to=2026-03-03", new[] { "Council meets on budget" })]
    public async Task ArticlesFilterByOutletAndDateRange(string query, string[] titles)
    {
        var (status, page) = await Get("/api/articles?" + query);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(titles, Strings(page, "title"));
        Assert.Equal(titles.Length, page.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task TheStoryFilterKeepsThatStorysArticlesClaimsAndCopies()
    {
        int story = await FireStory();
        var (_, articles) = await Get($"/api/articles?story={story}");
        Assert.Equal(["Wire report on the plant fire", "Plant fire: what we know"], Strings(articles, "title"));
        var (_, claims) = await Get($"/api/claims?story={story}&page_size=200");
        var ids = (await Get("/api/articles?from=2026-03-11")).Body.GetProperty("items").EnumerateArray().Select(a => a.GetProperty("id").GetString()).ToList();
        Assert.NotEmpty(Strings(claims, "article"));
        Assert.All(Strings(claims, "article"), a => Assert.Contains(a, ids));
        var (_, copies) = await Get($"/api/copies?story={story}");
        Assert.Equal(1, copies.GetProperty("total").GetInt32());
        var (_, none) = await Get("/api/copies?outlet=Town%20Crier");
        Assert.Equal(0, none.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task PagesKeepTheTotalOfTheFilteredList()
    {
        var (_, second) = await Get("/api/articles?page=2&page_size=1&to=2026-03-03");
        Assert.Equal(["Council meets on budget"], Strings(second, "title"));
        Assert.Equal(2, second.GetProperty("total").GetInt32());
        var (_, past) = await Get("/api/articles?page=3&page_size=1&to=2026-03-03");
        Assert.Empty(Strings(past, "title"));
    }

    [Theory]
    [InlineData("/api/articles?from=March")]
    [InlineData("/api/findings?to=2026-13-01")]
    [InlineData("/api/claims?from=2026-03-05&to=2026-03-01")]
    [InlineData("/api/claims?format=xml")]
    [InlineData("/api/entities/no-such-entity")]
    [InlineData("/api/copies/x/y")]
    [InlineData("/api/stories/9999/why")]
    public async Task BadFiltersAndUnknownItemsAreProblems(string url)
    {
        using var r = await server.Client.GetAsync(url);
        Assert.True((int)r.StatusCode is 400 or 404, $"{url}: {r.StatusCode}");
        Assert.Equal("application/problem+json", r.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task ClaimsExportAsCsvWithTheJsonListsValues()
    {
        var (_, json) = await Get("/api/claims?page_size=200");
        using var r = await server.Client.GetAsync("/api/claims?format=csv");
        Assert.Equal("text/csv", r.Content.Headers.ContentType?.MediaType);
        Assert.Equal("claims.csv", r.Content.Headers.ContentDisposition?.FileNameStar ?? r.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        var rows = ParseCsv(await r.Content.ReadAsStringAsync());
        Assert.Equal(Export.ClaimColumns.Select(c => c.Header), rows[0]);
        var items = json.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(items.Count, rows.Count - 1);
        int sentence = rows[0].IndexOf("sentence");
        // Sentences hold commas, so they only survive when quoted.
        Assert.Equal(items.Select(i => i.GetProperty("sentence").GetString()), rows.Skip(1).Select(row => row[sentence]));
        Assert.Contains(rows, row => row[sentence].Contains(','));
    }

    [Fact]
    public async Task FindingsExportAsJsonAndCsvWithTheFiltersApplied()
    {
        int story = await FireStory();
        var (_, page) = await Get($"/api/findings?story={story}&page_size=200");
        int total = page.GetProperty("total").GetInt32();
        Assert.True(total > 0);
        using var r = await server.Client.GetAsync($"/api/findings?story={story}&format=json");
        Assert.Equal("attachment", r.Content.Headers.ContentDisposition?.DispositionType);
        var all = JsonDocument.Parse(await r.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(total, all.GetArrayLength());
        Assert.All(all.EnumerateArray(), f => Assert.Equal(story.ToString(), f.GetProperty("story").GetString()));
        var csv = ParseCsv(await server.Client.GetStringAsync($"/api/findings?story={story}&format=csv"));
        Assert.Equal(total + 1, csv.Count);
        var (_, none) = await Get("/api/findings?kind=no-such-kind");
        Assert.Equal(0, none.GetProperty("total").GetInt32());
    }

    [Fact]
    public void CsvQuotesCommasQuotesAndLineBreaks()
    {
        CsvColumn<string>[] columns = [new("text", s => s), new("length", s => s.Length.ToString())];
        string csv = Export.Csv(["plain", "a, b", "say \"hi\"", "two\nlines"], columns);
        Assert.Equal("text,length\r\nplain,5\r\n\"a, b\",4\r\n\"say \"\"hi\"\"\",8\r\n\"two\nlines\",9\r\n", csv);
        Assert.Equal(["plain", "a, b", "say \"hi\"", "two\nlines"], ParseCsv(csv).Skip(1).Select(r => r[0]));
    }

    [Fact]
    public async Task EntityProfileHasSpellingsOutletsStoriesAndArticles()
    {
        var (_, entities) = await Get("/api/entities?type=LOC");
        string id = entities.GetProperty("items").EnumerateArray().First(e => e.GetProperty("canonical").GetString() == "Lindmark").GetProperty("id").GetString()!;
        var (status, profile) = await Get("/api/entities/" + Uri.EscapeDataString(id));
        Assert.Equal(HttpStatusCode.OK, status);
        var spelling = profile.GetProperty("spellings")[0];
        Assert.Equal("Lindmark", spelling.GetProperty("text").GetString());
        Assert.Equal(["Wire Service", "Daily Echo"], spelling.GetProperty("outlets").EnumerateArray().Select(o => o.GetString()));
        Assert.Equal(2, profile.GetProperty("articles").GetArrayLength());
        Assert.Equal(await FireStory(), profile.GetProperty("stories")[0].GetProperty("id").GetInt32());
    }

    [Fact]
    public async Task WhyLinkedListsTheTermsEntitiesAndFiguresEachArticleShares()
    {
        var (status, why) = await Get($"/api/stories/{await FireStory()}/why");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(2, why.GetArrayLength());
        foreach (var article in why.EnumerateArray())
        {
            var terms = article.GetProperty("terms").EnumerateArray().Select(t => t.GetProperty("term").GetString()).ToList();
            Assert.Contains("lindmark", terms);
            Assert.Contains(article.GetProperty("entities").EnumerateArray(), e => e.GetProperty("canonical").GetString() == "Lindmark");
            Assert.Contains(article.GetProperty("figures").EnumerateArray(), f => f.GetProperty("category").GetString() == "evacuated");
        }
    }

    [Fact]
    public async Task ACopyPairNamesItsOriginByTheDates()
    {
        var (_, copies) = await Get("/api/copies");
        var pair = copies.GetProperty("items")[0];
        string a = pair.GetProperty("a").GetString()!, b = pair.GetProperty("b").GetString()!;
        var (status, why) = await Get($"/api/copies/{b}/{a}");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(a, why.GetProperty("origin").GetString());
        Assert.Equal("published 2026-03-11 08:00 UTC, 3 hours before the other (2026-03-11 11:00 UTC)", why.GetProperty("reason").GetString());
        Assert.True(why.GetProperty("pair").GetProperty("passages").GetArrayLength() > 0);
    }

    [Fact]
    public async Task TheOpenApiDocumentListsTheFilterParameters()
    {
        var doc = JsonDocument.Parse(await server.Client.GetStringAsync("/openapi/v1.json")).RootElement;
        foreach (string path in new[] { "/api/findings", "/api/claims", "/api/articles", "/api/copies", "/api/entities" })
        {
            var names = doc.GetProperty("paths").GetProperty(path).GetProperty("get").GetProperty("parameters").EnumerateArray()
                .Select(p => p.GetProperty("name").GetString()).ToList();
            Assert.Superset(new HashSet<string?> { "from", "to", "outlet", "story", "page", "page_size" }, names.ToHashSet());
        }
    }

    private async Task<int> FireStory()
    {
        var (_, stories) = await Get("/api/stories?q=fertiliser");
        return stories.GetProperty("items")[0].GetProperty("id").GetInt32();
    }

    /// <summary>An RFC 4180 reader for the tests: quoted fields may hold commas, doubled quotes and line breaks.</summary>
    private static List<List<string>> ParseCsv(string csv)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var field = new StringBuilder();
        bool quoted = false;
        for (int i = 0; i < csv.Length; i++)
        {
            char c = csv[i];
            if (quoted)
            {
                if (c != '"') field.Append(c);
                else if (i + 1 < csv.Length && csv[i + 1] == '"') field.Append(csv[++i]);
                else quoted = false;
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { row.Add(field.ToString()); field.Clear(); }
            else if (c == '\r' && i + 1 < csv.Length && csv[i + 1] == '\n')
            {
                row.Add(field.ToString());
                field.Clear();
                rows.Add(row);
                row = [];
                i++;
            }
            else field.Append(c);
        }
        return rows;
    }
}

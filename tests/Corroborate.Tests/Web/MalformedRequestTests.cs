using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Corroborate.Tests.Web;

/// <summary>Hostile or broken requests get a 4xx problem answer, never a 500 or a dropped connection.</summary>
public sealed class MalformedRequestTests(WebServerFixture server) : IClassFixture<WebServerFixture>
{
    private async Task<HttpResponseMessage> Ingest(HttpContent content, string? token = WebServerFixture.Token, string url = "/api/ingest")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = content };
        if (token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await server.Client.SendAsync(request);
    }

    private static void AssertProblem(HttpResponseMessage r, HttpStatusCode expected)
    {
        Assert.Equal(expected, r.StatusCode);
        Assert.Equal("application/problem+json", r.Content.Headers.ContentType?.MediaType);
    }

    /// <summary>A multipart body written by hand, since HttpClient will not put CR/LF in a file name.</summary>
    private static ByteArrayContent RawMultipart(params (string Disposition, string Body)[] parts)
    {
        var b = new StringBuilder();
        foreach (var (disposition, body) in parts) b.Append($"--XyZ\r\nContent-Disposition: form-data; {disposition}\r\n\r\n{body}\r\n");
        b.Append("--XyZ--\r\n");
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(b.ToString()));
        content.Headers.ContentType = MediaTypeHeaderValue.Parse("multipart/form-data; boundary=XyZ");
        return content;
    }

    [Fact]
    public async Task AnUploadOfThreeThousandFilesIsRefused()
    {
        var parts = Enumerable.Range(0, 3000).Select(i => ($"name=\"files\"; filename=\"f{i}.txt\"", "x")).ToArray();
        using var r = await Ingest(RawMultipart(parts));
        AssertProblem(r, HttpStatusCode.BadRequest); // stopped at the part-count limit, not read to the end
    }

    [Theory]
    [InlineData("filename*=UTF-8''evil%0D%0AX-Injected%3A%201.txt")]
    [InlineData("filename=\"evil\r\nX-Injected: 1.txt\"")]
    public async Task MultipartFileNamesWithLineBreaksAreRefused(string fileName)
    {
        using var r = await Ingest(RawMultipart(($"name=\"files\"; {fileName}", "Ferry strike ends\n\nThe ferry workers ended their strike.")));
        AssertProblem(r, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task BodyNamesWithLineBreaksAreRefused()
    {
        using var r = await Ingest(new StringContent("Ferry strike ends\n\nThe ferry workers ended their strike."), url: "/api/ingest?name=evil%0D%0AX-Injected:%201.txt");
        AssertProblem(r, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task LongFileNamesAreCutKeepingTheExtension()
    {
        string name = new string('n', 300) + ".txt";
        using var r = await Ingest(new StringContent("Lighthouse keeper retires\n\nThe last lighthouse keeper on the island retired on Sunday."), url: $"/api/ingest?name={name}");
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        using var found = JsonDocument.Parse(await server.Client.GetStringAsync("/api/articles?q=lighthouse"));
        string id = found.RootElement.GetProperty("items")[0].GetProperty("id").GetString()!;
        using var article = JsonDocument.Parse(await server.Client.GetStringAsync($"/api/articles/{id}"));
        Assert.Equal("upload:" + name[^200..], article.RootElement.GetProperty("path").GetString());
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task OversizeBodiesGet413WithOrWithoutAToken(bool multipart)
    {
        foreach (var token in new[] { WebServerFixture.Token, null })
        {
            var big = new ByteArrayContent(new byte[8 << 20]);
            using var r = await Ingest(multipart ? new MultipartFormDataContent { { big, "files", "big.txt" } } : big, token);
            AssertProblem(r, HttpStatusCode.RequestEntityTooLarge);
        }
    }

    [Theory]
    [InlineData("/api/articles?page=2147483647")]
    [InlineData("/api/articles?page=2147483647&page_size=200")]
    [InlineData("/api/stories?page=1073741825&page_size=2")]
    public async Task AHugePageIsEmptyNotAnErrorOrTheFirstPage(string url)
    {
        using var r = await server.Client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        var page = JsonDocument.Parse(await r.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(0, page.GetProperty("items").GetArrayLength());
        Assert.True(page.GetProperty("total").GetInt32() > 0);
    }

    [Fact]
    public async Task APageNumberBeyondIntIsA400Problem()
    {
        using var r = await server.Client.GetAsync("/api/articles?page=99999999999");
        AssertProblem(r, HttpStatusCode.BadRequest);
    }
}

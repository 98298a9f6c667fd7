using Corroborate.Core;
using Corroborate.Storage.Sqlite;
using Corroborate.Tests.Storage;
using Corroborate.Web;
using Microsoft.AspNetCore.Builder;

namespace Corroborate.Tests.Web;

/// <summary>A real server on a free loopback port over a fresh SQLite store holding a few articles.</summary>
public sealed class WebServerFixture : IAsyncLifetime
{
    public const string Token = "test-token-123";
    private readonly TempDir _temp = new();
    private WebApplication? _app;

    public const string WireStory = "A fire broke out at the Lindmark fertiliser plant on Tuesday, forcing the evacuation of some 2,000 residents from nearby streets.\n\nFirefighters fought the blaze for six hours before bringing it under control, the regional fire service said in a statement.\n\nThe plant's owner said it was cooperating with investigators and that no toxic gas had escaped, a claim environmental groups disputed.";

    public string BaseUrl { get; private set; } = "";
    public string Db => _temp.File("web.db");
    public HttpClient Client { get; } = new();

    public async Task InitializeAsync()
    {
        using (var store = SqliteStore.Open(Db))
        {
            List<Article> articles =
            [
                StoreContractTests.MakeArticle("Harbour blast kills five\n\nThe explosion at the harbour plant killed five workers, officials said.", "a.txt", "Coast News", Day(2)),
                StoreContractTests.MakeArticle("Council meets on budget\n\nThe council met to discuss the budget on Monday.", "b.txt", "Town Crier", Day(3)),
                StoreContractTests.MakeArticle($"Wire report on the plant fire\n\n{WireStory}", "wire.txt", "Wire Service", Day(11, 8)),
                StoreContractTests.MakeArticle($"Plant fire: what we know\n\nOur partner agency reports.\n\n{WireStory.Replace("Tuesday", "Tuesday morning")}", "copy.txt", "Daily Echo", Day(11, 11)),
            ];
            store.AddArticles(articles);
            CorpusPipeline.Default().RunWhole(store, articles);
        }
        _app = WebServer.Build(new WebServerOptions { Db = Db, Urls = "http://127.0.0.1:0", IngestToken = Token, MaxRequestBytes = 1 << 20 });
        await _app.StartAsync();
        BaseUrl = _app.Urls.First().TrimEnd('/');
        Client.BaseAddress = new Uri(BaseUrl);
    }

    /// <summary>A publication time in March 2026, so that the lists' date filters have dates to work on.</summary>
    public static DateTimeOffset Day(int day, int hour = 9) => new(2026, 3, day, hour, 0, 0, TimeSpan.Zero);

    public async Task DisposeAsync()
    {
        if (_app is not null) await _app.DisposeAsync();
        Client.Dispose();
        _temp.Dispose();
    }
}

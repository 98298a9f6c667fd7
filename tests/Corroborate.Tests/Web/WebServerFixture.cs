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

    public string BaseUrl { get; private set; } = "";
    public string Db => _temp.File("web.db");
    public HttpClient Client { get; } = new();

    public async Task InitializeAsync()
    {
        using (var store = SqliteStore.Open(Db))
            store.AddArticles([
                StoreContractTests.MakeArticle("Harbour blast kills five\n\nThe explosion at the harbour plant killed five workers, officials said.", "a.txt", "Coast News"),
                StoreContractTests.MakeArticle("Council meets on budget\n\nThe council met to discuss the budget on Monday.", "b.txt", "Town Crier"),
            ]);
        _app = WebServer.Build(new WebServerOptions { Db = Db, Urls = "http://127.0.0.1:0", IngestToken = Token, MaxRequestBytes = 64 * 1024 });
        await _app.StartAsync();
        BaseUrl = _app.Urls.First().TrimEnd('/');
        Client.BaseAddress = new Uri(BaseUrl);
    }

    public async Task DisposeAsync()
    {
        if (_app is not null) await _app.DisposeAsync();
        Client.Dispose();
        _temp.Dispose();
    }
}

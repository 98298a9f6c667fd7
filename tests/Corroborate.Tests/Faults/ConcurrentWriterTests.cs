using System.Diagnostics;
using System.Net.Http.Json;
using Corroborate.Core.Ingest;
using Corroborate.Storage.Sqlite;
using Corroborate.Tests.Cli;
using Corroborate.Web;
using Corroborate.Web.Api;
using Xunit.Abstractions;

namespace Corroborate.Tests.Faults;

/// <summary>
/// Several processes on one SQLite file: two `ingest` runs at once, and `serve` answering reads while `ingest`
/// writes. No "database is locked" (or any other failure) may reach the user, and no article may be lost.
/// </summary>
[Collection(FaultCollection.Name)]
public sealed class ConcurrentWriterTests(ITestOutputHelper output) : IDisposable
{
    private readonly TempDir _temp = new();

    [SharedDataFact]
    public void Two_ingests_with_disjoint_inputs_on_one_new_sqlite_file() =>
        IngestAtOnce(CorpusSlice.Write(_temp, 0, CorpusSlice.Articles / 2), CorpusSlice.Write(_temp, CorpusSlice.Articles / 2, CorpusSlice.Articles));

    [SharedDataFact]
    public void Two_ingests_with_overlapping_inputs_on_one_new_sqlite_file() =>
        IngestAtOnce(FirstTwoThirds, LastTwoThirds);

    [PostgresSharedDataFact]
    public void Two_ingests_with_overlapping_inputs_on_one_postgres_schema() =>
        IngestAtOnce(FirstTwoThirds, LastTwoThirds, "postgres");

    /// <summary>Two inputs sharing the middle third of the slice.</summary>
    private string FirstTwoThirds => CorpusSlice.Write(_temp, 0, CorpusSlice.Articles * 2 / 3);

    private string LastTwoThirds => CorpusSlice.Write(_temp, CorpusSlice.Articles / 3, CorpusSlice.Articles);

    /// <summary>
    /// Both processes start on a database that does not exist yet, so they also race to create the schema; then
    /// each stores its articles and runs the corpus stages while the other may be doing the same.
    /// </summary>
    private void IngestAtOnce(string first, string second, string backend = "sqlite")
    {
        using var db = FaultDatabase.Create(backend, _temp);
        var clock = Stopwatch.StartNew();
        var runs = new[] { first, second }
            .Select(input => Task.Run(() => CliRunner.Run(_temp.Path, "ingest", "--db", db.CliArgument, input)))
            .ToArray();
        Task.WaitAll(runs);
        output.WriteLine($"two ingests took {clock.Elapsed.TotalSeconds:F1} s");
        foreach (var run in runs.Select(t => t.Result))
        {
            Assert.True(run.ExitCode == 0, $"ingest exited with {run.ExitCode}: {run.Stderr}");
            Assert.DoesNotContain("locked", run.Stderr, StringComparison.OrdinalIgnoreCase);
            Assert.Equal("", run.Stderr.Trim());
        }
        var stored = StoreInspector.ArticleTexts(db);
        Assert.Equal(CorpusSlice.AllIds.Order(StringComparer.Ordinal), stored.Keys.Order(StringComparer.Ordinal));
        Assert.Empty(StoreInspector.Inconsistencies(db));
        Assert.Equal((0L, 0L), StoreInspector.StagesBehind(db));
    }

    /// <summary>
    /// `serve` over the file while `ingest` adds articles to it: every read answers 200 without a lock error,
    /// the article count never goes down, and at the end it is the whole corpus.
    /// </summary>
    [SharedDataFact]
    public async Task Serve_reads_while_ingest_writes_the_same_sqlite_file()
    {
        string db = _temp.File("served.db");
        using (var store = SqliteStore.Open(db))
            CorpusIngest.Store(store, new Ingestor(new IngestOptions()).Run(InputScanner.Expand([CorpusSlice.Write(_temp, 0, 10)])));
        await using var app = WebServer.Build(new WebServerOptions { Db = db, Urls = "http://127.0.0.1:0" });
        await app.StartAsync();
        using var client = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };

        using var ingest = CliRunner.Start(_temp.Path, "ingest", "--db", db, CorpusSlice.WriteAll(_temp));
        var ingestOutput = ingest.StandardOutput.ReadToEndAsync();
        var ingestErrors = ingest.StandardError.ReadToEndAsync();
        ingest.StandardInput.Close();

        var counts = new List<int>();
        var failures = new List<string>();
        int requests = 0;
        string[] pages = ["/api/stories", "/", "/articles", "/api/entities"];
        while (!ingest.HasExited)
        {
            if (await ArticleCount(client, failures) is { } count) counts.Add(count);
            foreach (var page in pages) await Expect200(client, page, failures);
            requests += 1 + pages.Length;
        }
        await ingest.WaitForExitAsync();
        if (await ArticleCount(client, failures) is { } final) counts.Add(final);
        output.WriteLine($"{requests} requests while ingest ran; article counts seen: {string.Join(", ", counts.Distinct())}");

        Assert.True(ingest.ExitCode == 0, $"ingest exited with {ingest.ExitCode}: {await ingestErrors} {await ingestOutput}");
        Assert.DoesNotContain("locked", await ingestErrors, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(failures);
        Assert.True(counts.Zip(counts.Skip(1)).All(p => p.First <= p.Second), "the article count went down: " + string.Join(", ", counts));
        Assert.Equal(CorpusSlice.Articles, counts[^1]);
    }

    private static async Task<int?> ArticleCount(HttpClient client, List<string> failures)
    {
        using var response = await client.GetAsync("/api/articles?page_size=1");
        if (!response.IsSuccessStatusCode)
        {
            failures.Add($"/api/articles: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            return null;
        }
        return (await response.Content.ReadFromJsonAsync<PageOf<ApiEndpoints.ArticleListItem>>())!.Total;
    }

    private static async Task Expect200(HttpClient client, string path, List<string> failures)
    {
        using var response = await client.GetAsync(path);
        string body = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode || body.Contains("database is locked", StringComparison.OrdinalIgnoreCase))
            failures.Add($"{path}: {(int)response.StatusCode} {body[..Math.Min(200, body.Length)]}");
    }

    public void Dispose() => _temp.Dispose();
}

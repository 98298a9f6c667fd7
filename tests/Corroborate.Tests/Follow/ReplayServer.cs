using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Corroborate.Tests.Follow;

/// <summary>
/// A local news site that replays real articles (../shared/data/realnews-dev) over time: its virtual clock
/// decides which are in the feed (the latest <see cref="Window"/> published by then), and each item's page is
/// HTML made from the article's text. Tests make pages fail, slow down or move, change the feed's item ids or
/// break its XML, and read back every request it served.
/// </summary>
public sealed class ReplayServer : IAsyncDisposable
{
    public sealed record NewsArticle(int Index, string Title, string Text, DateTimeOffset Published);

    private readonly WebApplication _app;
    private readonly ConcurrentQueue<(long Start, long End)> _answered = new();

    public IReadOnlyList<NewsArticle> Articles { get; }
    public DateTimeOffset Now { get; set; }
    public int Window { get; set; } = 5;
    public string BaseUrl { get; }
    public string Robots { get; set; } = "User-agent: *\nDisallow: /private/\n";
    /// <summary>A different guid for every item from now on, as a feed that renumbers its items does.</summary>
    public string IdPrefix { get; set; } = "item-";
    public bool MalformedFeed { get; set; }
    /// <summary>Whether the feed has an ETag; without one only Last-Modified validates it.</summary>
    public bool UseETags { get; set; } = true;
    public HashSet<int> Missing { get; } = [];
    public HashSet<int> Slow { get; } = [];
    public HashSet<int> Moved { get; } = [];
    public HashSet<int> Private { get; } = [];
    /// <summary>Server errors an item's page answers before it succeeds.</summary>
    public ConcurrentDictionary<int, int> ErrorsBefore { get; } = new();
    public ConcurrentQueue<(string Path, int Status)> Requests { get; } = new();
    /// <summary>The bodies POSTed to /hook, the test's webhook receiver.</summary>
    public ConcurrentQueue<string> Hooks { get; } = new();
    /// <summary>
    /// The most requests the server was answering at once, counting answered requests only: a request the client
    /// gave up on (a timeout) ends on the client at once but on the server only when it notices the closed connection,
    /// which on a busy machine can be after the client's next request arrived.
    /// </summary>
    public int MostAtOnce => _answered
        .SelectMany(r => new[] { (At: r.Start, Step: 1), (At: r.End, Step: -1) })
        .OrderBy(e => e.At).ThenBy(e => e.Step)
        .Aggregate((Now: 0, Most: 0), (m, e) => (m.Now + e.Step, Math.Max(m.Most, m.Now + e.Step))).Most;
    public static TimeSpan SlowBy { get; } = TimeSpan.FromSeconds(2);

    private ReplayServer(WebApplication app, IReadOnlyList<NewsArticle> articles)
    {
        _app = app;
        Articles = articles;
        BaseUrl = app.Urls.First().TrimEnd('/');
        Now = articles[0].Published;
    }

    public string FeedUrl => BaseUrl + "/feed.xml";

    /// <summary>The articles from <paramref name="first"/> on, in publication order.</summary>
    public static async Task<ReplayServer> StartAsync(int first = 100, int count = 16)
    {
        var articles = File.ReadLines(Path.Combine(TestPaths.SharedData, "realnews-dev", "articles.jsonl"))
            .Select(line => JsonSerializer.Deserialize<JsonElement>(line))
            .Select(j => (Title: j.GetProperty("title").GetString()!, Text: j.GetProperty("text").GetString()!,
                Published: DateTimeOffset.Parse(j.GetProperty("published").GetString()!, CultureInfo.InvariantCulture,
                    DateTimeStyles.AssumeUniversal)))
            .OrderBy(a => a.Published).Skip(first).Take(count)
            .Select((a, i) => new NewsArticle(i, a.Title, a.Text, a.Published)).ToList();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        ReplayServer? server = null;
        app.Run(async context => await server!.Serve(context));
        await app.StartAsync();
        server = new ReplayServer(app, articles);
        return server;
    }

    /// <summary>Moves the clock to when article <paramref name="index"/> came out: the feed ends with it.</summary>
    public void ShowUpTo(int index) => Now = Articles[index].Published;

    public IEnumerable<NewsArticle> InFeed => Articles.Where(a => a.Published <= Now).TakeLast(Window);

    public int PageRequests(int index) =>
        Requests.Count(r => r.Path.EndsWith($"/{index}.html", StringComparison.Ordinal));

    private async Task Serve(HttpContext context)
    {
        long start = Stopwatch.GetTimestamp();
        await Respond(context);
        Requests.Enqueue((context.Request.Path.Value!, context.Response.StatusCode));
        if (!context.RequestAborted.IsCancellationRequested) _answered.Enqueue((start, Stopwatch.GetTimestamp()));
    }

    private async Task Respond(HttpContext context)
    {
        string path = context.Request.Path.Value!;
        if (path == "/robots.txt") { await context.Response.WriteAsync(Robots); return; }
        if (path == "/old-feed.xml") { Redirect(context, "/feed.xml"); return; }
        if (path == "/feed.xml") { await Feed(context); return; }
        if (path == "/sitemap-index.xml") { await Xml(context, SitemapIndex()); return; }
        if (path == "/news-sitemap.xml") { await Xml(context, NewsSitemap()); return; }
        if (path == "/hook")
        {
            using var reader = new StreamReader(context.Request.Body);
            Hooks.Enqueue(await reader.ReadToEndAsync());
            return;
        }
        var parts = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 2 && int.TryParse(parts[1].Replace(".html", ""), CultureInfo.InvariantCulture, out int n)
            && n < Articles.Count)
        {
            await Page(context, parts[0], n);
            return;
        }
        context.Response.StatusCode = 404;
    }

    private async Task Feed(HttpContext context)
    {
        if (MalformedFeed)
        {
            await context.Response.WriteAsync(
                "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Replay</title><item><title>cut");
            return;
        }
        var items = InFeed.Reverse().Select(a => $"""
            <item><title>{WebUtility.HtmlEncode(a.Title)}</title><link>{Link(a.Index)}</link>
            <guid isPermaLink="false">{IdPrefix}{a.Index}</guid><pubDate>{a.Published.ToString("R")}</pubDate>
            <dc:creator>Reporter {a.Index}</dc:creator>
            <description>{WebUtility.HtmlEncode(a.Text[..Math.Min(80, a.Text.Length)])}</description></item>
            """);
        string xml = $"""
            <?xml version="1.0" encoding="utf-8"?>
            <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Replay News</title>
            {string.Join("\n", items)}
            </channel></rss>
            """;
        string etag = "\"" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(xml)))[..16] + "\"";
        var modified = InFeed.Select(a => a.Published).DefaultIfEmpty(DateTimeOffset.UnixEpoch).Max();
        var since = context.Request.GetTypedHeaders().IfModifiedSince;
        // If-None-Match, when sent, decides alone (RFC 9110).
        var match = context.Request.Headers.IfNoneMatch;
        if (match.Count > 0 ? match.ToString() == etag : since >= modified)
        {
            context.Response.StatusCode = 304;
            return;
        }
        if (UseETags) context.Response.Headers.ETag = etag;
        context.Response.Headers.LastModified = modified.ToString("R");
        context.Response.ContentType = "application/rss+xml; charset=utf-8";
        await context.Response.WriteAsync(xml);
    }

    private string SitemapIndex() => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
          <sitemap><loc>{BaseUrl}/news-sitemap.xml</loc><lastmod>{Now:yyyy-MM-ddTHH:mm:ssZ}</lastmod></sitemap>
        </sitemapindex>
        """;

    /// <summary>A Google News sitemap of the articles in the feed.</summary>
    private string NewsSitemap()
    {
        var urls = InFeed.Select(a => $"""
            <url><loc>{Link(a.Index)}</loc><news:news><news:publication><news:name>Replay</news:name></news:publication>
            <news:publication_date>{a.Published:yyyy-MM-ddTHH:mm:ssZ}</news:publication_date>
            <news:title>{WebUtility.HtmlEncode(a.Title)}</news:title></news:news></url>
            """);
        return $"""
            <?xml version="1.0" encoding="UTF-8"?>
            <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
                    xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
            {string.Join("\n", urls)}
            </urlset>
            """;
    }

    private static async Task Xml(HttpContext context, string xml)
    {
        context.Response.ContentType = "application/xml; charset=utf-8";
        await context.Response.WriteAsync(xml);
    }

    private string Link(int index) => $"{BaseUrl}/{(Private.Contains(index) ? "private" : "articles")}/{index}.html";

    private async Task Page(HttpContext context, string folder, int n)
    {
        if (Missing.Contains(n)) { context.Response.StatusCode = 404; return; }
        if (ErrorsBefore.TryGetValue(n, out int errors) && errors > 0)
        {
            ErrorsBefore[n] = errors - 1;
            context.Response.StatusCode = 500;
            return;
        }
        if (Slow.Contains(n))
        {
            // A client that gave up has ended its request: it is not answered (nor counted in MostAtOnce).
            try { await Task.Delay(SlowBy, context.RequestAborted); }
            catch (OperationCanceledException) { return; }
        }
        if (Moved.Contains(n) && folder == "articles") { Redirect(context, $"/moved/{n}.html"); return; }
        var a = Articles[n];
        var paragraphs = a.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => $"<p>{WebUtility.HtmlEncode(p)}</p>");
        context.Response.ContentType = "text/html; charset=utf-8";
        await context.Response.WriteAsync($"""
            <!doctype html><html lang="en"><head><title>Replay News | page {n}</title></head>
            <body><nav><a href="/">Home</a></nav><article><h1>Page {n}</h1>{string.Join("\n", paragraphs)}</article>
            <footer>Copyright Replay News</footer></body></html>
            """);
    }

    private static void Redirect(HttpContext context, string to)
    {
        context.Response.StatusCode = 301;
        context.Response.Headers.Location = to;
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}

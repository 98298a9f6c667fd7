using System.CommandLine;
using Corroborate.Follow;

namespace Corroborate.Cli.Commands;

/// <summary>`follow`: poll feeds and sitemaps and ingest their new items as they come (docs/follow.md).</summary>
public static class FollowCommand
{
    public static Command Create()
    {
        var sources = new Argument<string[]>("sources")
        {
            Description = "Feed or sitemap URLs, OPML files (outline xmlUrl) "
                + "or text files of URLs (one a line, # comments)",
            Arity = ArgumentArity.OneOrMore,
        };
        var defaults = new FollowOptions();
        var every = DurationOption("--every", "How often each source is polled", "10m");
        var timeout = DurationOption("--timeout", "The limit of one request, body included", "30s");
        var hostDelay = DurationOption("--host-delay",
            "The least time between two requests to one host (a longer robots.txt Crawl-delay wins)", "1s");
        var once = new Option<bool>("--once")
        {
            Description = "Poll every source once, ingest what is new, and exit (for cron)",
        };
        var maxItems = new Option<int>("--max-items")
        {
            Description = "Item pages fetched per round at most; the rest wait for the next round",
            DefaultValueFactory = _ => defaults.MaxItemsPerRound,
        };
        var userAgent = new Option<string>("--user-agent")
        {
            Description = "The User-Agent header",
            DefaultValueFactory = _ => FollowOptions.DefaultUserAgent,
        };
        var webhook = new Option<string?>("--webhook")
        {
            Description = "POST a JSON summary of each round that ingested articles to this URL",
        };
        var limits = new IngestLimits();
        var command = new Command("follow",
            "Follow RSS/Atom feeds and sitemaps: poll them, fetch new items' pages and ingest them")
        {
            sources, every, timeout, hostDelay, once, maxItems, userAgent, webhook,
        };
        limits.AddTo(command);
        command.SetSafeAction(result =>
        {
            var options = defaults with
            {
                Every = ReadDuration(result, every),
                Timeout = ReadDuration(result, timeout),
                HostDelay = ReadDuration(result, hostDelay),
                MaxItemsPerRound = result.GetValue(maxItems) is > 0 and var n
                    ? n
                    : throw new UsageException("--max-items must be at least 1"),
                UserAgent = result.GetValue(userAgent) is { Length: > 0 } ua
                    ? ua
                    : throw new UsageException("--user-agent must not be empty"),
                Webhook = result.GetValue(webhook) is { } hook ? WebhookUrl(hook) : null,
            };
            if (options.Every <= TimeSpan.Zero || options.Timeout <= TimeSpan.Zero)
                throw new UsageException("--every and --timeout must be longer than 0");
            IReadOnlyList<Uri> urls;
            try { urls = SourceList.Read(result.GetValue(sources)!); }
            catch (SourceListException e) { throw new UsageException(e.Message); }
            if (urls.Count == 0) throw new UsageException("no sources: the lists given hold no URLs");
            using var store = CommonOptions.OpenStore(result);
            var ingest = limits.Read(result);
            using var follower = new Follower(store, options, ingest, TimeProvider.System, Console.Error.WriteLine);
            if (result.GetValue(once))
            {
                var round = follower.RunRoundAsync(urls, onlyDue: false, CancellationToken.None)
                    .GetAwaiter().GetResult();
                Console.WriteLine(round.Summary());
                return round.SourcesFailed > 0 || round.ItemsFailed > 0 ? ExitCodes.Partial : ExitCodes.Ok;
            }
            using var stop = QueueOptions.StopOnSignal();
            Console.Error.WriteLine(
                $"following {urls.Count} sources every {Durations.Show(options.Every)}; "
                + "Ctrl+C stops after the fetch in hand");
            follower.RunAsync(urls, stop.Token).GetAwaiter().GetResult();
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Option<string> DurationOption(string name, string description, string fallback) => new(name)
    {
        Description = $"{description} (e.g. 30s, 10m, 1h)",
        DefaultValueFactory = _ => fallback,
    };

    private static TimeSpan ReadDuration(ParseResult result, Option<string> option)
    {
        string text = result.GetValue(option)!;
        return Durations.Parse(text)
            ?? throw new UsageException($"{option.Name} takes a duration such as 30s, 10m or 1h, not '{text}'");
    }

    private static Uri WebhookUrl(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var url) && url.Scheme is "http" or "https"
            ? url
            : throw new UsageException($"--webhook must be an http or https URL, not '{text}'");
}

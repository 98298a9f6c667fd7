using System.Globalization;
using Corroborate.Bench;

// corroborate-bench copies-scale [MAX] [SEED]: fingerprinting + candidate search at 10k, 100k and 1M articles.
// corroborate-bench generate COUNT FILE [SEED]: writes synthetic articles as JSON Lines for the CLI.
string command = args.Length > 0 ? args[0] : "";
int Arg(int i, int fallback) => args.Length > i ? int.Parse(args[i], CultureInfo.InvariantCulture) : fallback;
switch (command)
{
    case "copies-scale":
        int max = Arg(1, 1_000_000);
        CopyScaleBenchmark.Run(max, [10_000, 100_000, 1_000_000, max], Arg(2, 1));
        return 0;
    case "generate" when args.Length >= 3:
        var news = new SyntheticNews(Arg(3, 1), copyRate: 0.05);
        using (var writer = new StreamWriter(args[2]))
            for (int n = 0; n < Arg(1, 0); n++)
                writer.WriteLine(System.Text.Json.JsonSerializer.Serialize(new { url = $"https://example.test/{n}", text = news.Next(n, out _) }));
        return 0;
    default:
        Console.Error.WriteLine("usage: corroborate-bench copies-scale [MAX] [SEED] | generate COUNT FILE [SEED]");
        return 1;
}

using System.Globalization;

namespace Corroborate.Bench.ServeLoad;

/// <summary>What the serve load test runs against and for how long.</summary>
public sealed record ServeLoadOptions(string Server, string Db, int Seconds, int Connections, TimeSpan Timeout)
{
    public const string Usage =
        "serve-load --server CORROBORATE --db DB [--seconds 60] [--connections 32] [--timeout 10] [--short]";

    /// <summary>A smoke run: long enough to see errors, too short to judge memory.</summary>
    private const int ShortSeconds = 10;

    /// <summary>The options, or null (after printing why) when the arguments are incomplete.</summary>
    public static ServeLoadOptions? Parse(string[] args)
    {
        string? server = Value(args, "--server"), db = Value(args, "--db");
        if (server is null || db is null)
        {
            Console.Error.WriteLine("usage: " + Usage);
            return null;
        }
        int seconds = args.Contains("--short") ? ShortSeconds : Number(args, "--seconds", 60);
        return new ServeLoadOptions(server, db, seconds, Number(args, "--connections", 32),
            TimeSpan.FromSeconds(Number(args, "--timeout", 10)));
    }

    private static string? Value(string[] args, string name)
    {
        int i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }

    private static int Number(string[] args, string name, int fallback) =>
        Value(args, name) is { } text ? int.Parse(text, CultureInfo.InvariantCulture) : fallback;
}

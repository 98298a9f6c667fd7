using static Corroborate.Bench.BenchArgs;

namespace Corroborate.Bench.ServeLoad;

/// <summary>What the serve load test runs against and for how long.</summary>
/// <param name="WarmUpSeconds">Full load before the measured run, not counted, so that the run starts with the JIT's
/// optimised code, the thread pool grown and the GC's budgets settled: growth of those is not a leak.</param>
public sealed record ServeLoadOptions(string Server, string Db, int Seconds, int Connections, TimeSpan Timeout, int WarmUpSeconds)
{
    public const string Usage =
        "serve-load --server CORROBORATE --db DB [--seconds 60] [--connections 32] [--timeout 10] [--warm-up 10] [--short]";

    /// <summary>A smoke run: long enough to see errors, too short to judge memory.</summary>
    private const int ShortSeconds = 10;
    private const int ShortWarmUpSeconds = 2;

    /// <summary>The options, or null (after printing why) when the arguments are incomplete.</summary>
    public static ServeLoadOptions? Parse(string[] args)
    {
        string? server = Value(args, "--server"), db = Value(args, "--db");
        if (server is null || db is null)
        {
            Console.Error.WriteLine("usage: " + Usage);
            return null;
        }
        bool smoke = args.Contains("--short");
        return new ServeLoadOptions(server, db, smoke ? ShortSeconds : Number(args, "--seconds", 60), Number(args, "--connections", 32),
            TimeSpan.FromSeconds(Number(args, "--timeout", 10)), smoke ? ShortWarmUpSeconds : Number(args, "--warm-up", 10));
    }
}

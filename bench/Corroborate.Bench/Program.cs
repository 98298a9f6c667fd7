using Corroborate.Bench;

// Benchmarks, one subcommand each: dotnet run -c Release --project bench/Corroborate.Bench -- NAME [ARGS]
var benchmarks = new Dictionary<string, Func<string[], int>>
{
    ["ner"] = NerBenchmark.Run,
    ["claims"] = ClaimsBenchmark.Run,
};
if (args.Length == 0 || !benchmarks.TryGetValue(args[0], out var run))
{
    Console.Error.WriteLine($"usage: Corroborate.Bench {string.Join('|', benchmarks.Keys)} [args]");
    return 1;
}
return run(args[1..]);

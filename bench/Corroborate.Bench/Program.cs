using Corroborate.Bench;

// corroborate-bench SUBCOMMAND ...; each subcommand lives in its own file.
var commands = new Dictionary<string, Func<string[], int>>(StringComparer.Ordinal)
{
    ["extraction"] = ExtractionBench.Run,
};
if (args.Length == 0 || !commands.TryGetValue(args[0], out var command))
{
    Console.Error.WriteLine($"usage: corroborate-bench {string.Join('|', commands.Keys)} ...");
    return 1;
}
return command(args[1..]);

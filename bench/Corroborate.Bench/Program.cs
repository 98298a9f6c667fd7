using Corroborate.Bench;

// corroborate-bench SUBCOMMAND [options]; each subcommand prints its own figures.
var commands = new Dictionary<string, Func<string[], int>>
{
    ["stories"] = StoriesBench.Run,
};
if (args.Length == 0 || !commands.TryGetValue(args[0], out var command))
{
    Console.Error.WriteLine($"usage: corroborate-bench {string.Join('|', commands.Keys)} [options]");
    return 1;
}
return command(args[1..]);

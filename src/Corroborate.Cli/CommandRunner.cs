using System.CommandLine;
using Corroborate.Storage;

namespace Corroborate.Cli;

/// <summary>Runs a command body so that every failure becomes one clear line on stderr and an exit code, never a stack trace.</summary>
public static class CommandRunner
{
    public static void SetSafeAction(this Command command, Func<ParseResult, int> body) =>
        command.SetAction(result => Run(() => body(result)));

    public static int Run(Func<int> body)
    {
        try
        {
            return body();
        }
        catch (Exception e) when (e is UsageException or StoreException or Queue.QueueException or IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return ExitCodes.Error;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            Console.Error.WriteLine($"error: unexpected failure ({e.GetType().Name}): {e.Message}");
            if (Environment.GetEnvironmentVariable("CORROBORATE_DEBUG") == "1") Console.Error.WriteLine(e);
            return ExitCodes.Error;
        }
    }
}

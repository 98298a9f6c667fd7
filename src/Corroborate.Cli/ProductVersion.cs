using System.CommandLine;
using System.CommandLine.Invocation;
using System.Reflection;

namespace Corroborate.Cli;

/// <summary>
/// <c>corroborate --version</c>: the version and the git commit it was built from. The SDK appends the commit to the
/// informational version ("1.0.0+8ec562b…") when it builds inside a git checkout; outside one there is none.
/// </summary>
public static class ProductVersion
{
    private const int ShortCommit = 12;

    public static string Text { get; } =
        Describe(typeof(ProductVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()
            ?.InformationalVersion);

    public static string Describe(string? informationalVersion)
    {
        string[] parts = (informationalVersion ?? "").Split('+', 2);
        string version = parts[0].Length > 0 ? parts[0] : "unknown";
        string commit = parts.Length > 1 && parts[1].Length > 0
            ? parts[1][..Math.Min(parts[1].Length, ShortCommit)]
            : "unknown";
        return $"corroborate {version} (commit {commit})";
    }

    /// <summary>Replaces the parser's plain version output with <see cref="Text"/>.</summary>
    public static void Install(RootCommand root)
    {
        foreach (var option in root.Options.OfType<VersionOption>()) option.Action = new PrintAction();
    }

    private sealed class PrintAction : SynchronousCommandLineAction
    {
        public override bool ClearsParseErrors => true;

        public override int Invoke(ParseResult parseResult)
        {
            parseResult.InvocationConfiguration.Output.WriteLine(Text);
            return ExitCodes.Ok;
        }
    }
}

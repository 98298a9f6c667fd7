using System.Globalization;

namespace Corroborate.Bench;

/// <summary>"--name value" options of the benchmarks' command lines.</summary>
public static class BenchArgs
{
    /// <summary>The word after <paramref name="name"/>, or null when the option is not given.</summary>
    public static string? Value(string[] args, string name)
    {
        int i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }

    public static int Number(string[] args, string name, int fallback) =>
        Value(args, name) is { } text ? int.Parse(text, CultureInfo.InvariantCulture) : fallback;
}

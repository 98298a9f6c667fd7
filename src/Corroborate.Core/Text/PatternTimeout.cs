namespace Corroborate.Core.Text;

/// <summary>
/// A backstop for regular expressions: every pattern in Corroborate is written not to backtrack badly, but one
/// that does on some text must cost that article, not the batch. .NET reads the default match timeout once, when
/// a pattern is built, so <see cref="Install"/> must run before the first one is.
/// </summary>
public static class PatternTimeout
{
    public static TimeSpan PerMatch { get; } = TimeSpan.FromSeconds(2);

    public static void Install() => AppDomain.CurrentDomain.SetData("REGEX_DEFAULT_MATCH_TIMEOUT", PerMatch);
}

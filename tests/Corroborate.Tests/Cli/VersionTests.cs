using Corroborate.Cli;

namespace Corroborate.Tests.Cli;

public sealed class VersionTests
{
    [Theory]
    [InlineData("1.0.0+8ec562b17f4faa887d1ffcd44ea41230a87c2bee", "corroborate 1.0.0 (commit 8ec562b17f4f)")]
    [InlineData("1.0.0", "corroborate 1.0.0 (commit unknown)")] // built outside a git checkout
    [InlineData(null, "corroborate unknown (commit unknown)")]
    public void TheVersionNamesTheCommitOrSaysItIsUnknown(string? informationalVersion, string expected) =>
        Assert.Equal(expected, ProductVersion.Describe(informationalVersion));

    [Fact]
    public void VersionPrintsTheVersionAndTheCommitOfThisBuild()
    {
        var run = CliRunner.Run(TestPaths.RepoRoot, "--version");

        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"^corroborate \d+\.\d+\.\d+\S* \(commit ([0-9a-f]{12}|unknown)\)\r?\n$", run.Stdout);
    }
}

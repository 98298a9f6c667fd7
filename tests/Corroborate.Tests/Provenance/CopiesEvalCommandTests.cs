using Corroborate.Tests.Cli;

namespace Corroborate.Tests.Provenance;

public class CopiesEvalCommandTests
{
    [Theory]
    [InlineData("--orders must be at least 1", "--corpus", ".", "--orders", "0")]
    [InlineData("go with --pairs, not --corpus", "--corpus", ".", "--origins", "origins.tsv")]
    [InlineData("--orders goes with --corpus", "--pairs", "pairs.tsv", "--orders", "3", "articles.jsonl")]
    [InlineData("--origins: no such file", "--pairs", "pairs.tsv", "--origins", "missing.tsv", "articles.jsonl")]
    public void OptionsOfTheOtherModeOrOutOfRangeAreRefusedInOneLine(string message, params string[] args)
    {
        using var temp = new TempDir();
        temp.Write("pairs.tsv", "url_a\turl_b\tlabel\tsplit\tnote\n");
        var run = CliRunner.Run(temp.Path, ["eval", "copies", .. args]);
        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains(message, run.Stderr);
        Assert.DoesNotContain("   at ", run.Stderr);
    }
}

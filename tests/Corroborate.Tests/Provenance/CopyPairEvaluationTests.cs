using Corroborate.Core.Provenance;
using Corroborate.Core.Provenance.Evaluation;

namespace Corroborate.Tests.Provenance;

public class CopyPairEvaluationTests
{
    private static readonly Dictionary<string, string> IdOfUrl = new() { ["u1"] = "a1", ["u2"] = "a2", ["u3"] = "a3", ["u4"] = "a4" };

    private static CopyPair Pair(string a, string b, double similarity) => new(a, b, similarity, similarity, similarity, []);

    [Fact]
    public void ScoresCopyPairsAndTheFamiliesTheyMake()
    {
        var gold = new[]
        {
            new JudgedPair("u1", "u2", true, "dev"),
            new JudgedPair("u2", "u3", true, "dev"),
            new JudgedPair("u1", "u3", true, "dev"),
            new JudgedPair("u3", "u4", false, "dev"),
            new JudgedPair("u1", "u9", true, "dev"), // u9 is not among the inputs
        };
        // u1-u2 found, u2-u3 found the other way round, u1-u3 too weak, u3-u4 wrongly called a copy.
        var stored = new[] { Pair("a1", "a2", 0.9), Pair("a3", "a2", 0.6), Pair("a1", "a3", 0.2), Pair("a3", "a4", 0.5) };

        var e = CopyPairEvaluation.Score(gold, IdOfUrl, stored, threshold: 0.4);

        Assert.Equal((4, 4), (e.Articles, e.JudgedPairs));
        Assert.Equal(new MatchCounts(Predicted: 3, Gold: 3, Correct: 2), e.Pairs);
        // Gold family {1,2,3}: 3 article pairs; predicted {1,2,3,4}: 6, of which the 3 gold ones.
        Assert.Equal(new MatchCounts(Predicted: 6, Gold: 3, Correct: 3), e.Families);
        Assert.Equal(("u1", "u3", 0.2), (e.Missed.Single().Pair.UrlA, e.Missed.Single().Pair.UrlB, e.Missed.Single().Similarity));
        Assert.Equal(("u3", "u4", 0.5), e.FalseCopies.Single());
    }

    [Fact]
    public void ReadsTheGoldAndRejectsAnUnknownLabel()
    {
        using var temp = new TempDir();
        string path = temp.File("pairs.tsv");
        File.WriteAllText(path, "url_a\turl_b\tlabel\tsplit\tnote\nu1\tu2\tcopy\tdev\tone AP story\nu1\tu3\tindependent\theld-out\tquotes only\n");
        Assert.Equal([new JudgedPair("u1", "u2", true, "dev"), new JudgedPair("u1", "u3", false, "held-out")], CopyPairEvaluation.ReadGold(path));

        File.AppendAllText(path, "u2\tu3\tsyndicated\tdev\t\n");
        var error = Assert.Throws<InvalidDataException>(() => CopyPairEvaluation.ReadGold(path));
        Assert.Contains("pairs.tsv:4", error.Message);
    }

    /// <summary>The dev half of the real-copy gold, on which the family threshold was calibrated, stays fully separated.</summary>
    [SharedDataFact]
    public void RealWireCopiesOfTheDevHalfFormTheirFamiliesAndNothingElseDoes()
    {
        using var temp = new TempDir();
        var real = RealnewsCopies.Find(temp);
        var gold = CopyPairEvaluation.ReadGold(Path.Combine(TestPaths.RepoRoot, "samples", "realnews-copies", "pairs.tsv")).Where(p => p.Split == "dev").ToList();
        var idOfUrl = real.ArticleOfUrl.ToDictionary(p => p.Key, p => p.Value.Id);

        var e = CopyPairEvaluation.Score(gold, idOfUrl, real.Copies, ProvenanceOptions.Default.FamilyThreshold);

        Assert.Equal(14, e.Pairs.Gold);
        Assert.True(e.Families is { Precision: 1, Recall: 1 }, e.Format());
    }
}

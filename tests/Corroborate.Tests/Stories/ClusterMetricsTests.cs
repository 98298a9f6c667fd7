using Corroborate.Core.Stories;

namespace Corroborate.Tests.Stories;

public sealed class ClusterMetricsTests
{
    // Predicted {1,2,3} {4,5} against gold {1,2} {3,4,5}, worked by hand:
    // B³ precision per item 2/3, 2/3, 1/3, 1, 1 → 11/15; recall 1, 1, 1/3, 2/3, 2/3 → 11/15.
    // Pairs: predicted 3 + 1, gold 1 + 3, together (1,2) and (4,5) → precision 2/4, recall 2/4.
    [Fact]
    public void MatchesAHandComputedExample()
    {
        var s = ClusterMetrics.Score([("A", "X"), ("A", "X"), ("A", "Y"), ("B", "Y"), ("B", "Y")]);
        Assert.Equal(11.0 / 15, s.BCubedPrecision, 9);
        Assert.Equal(11.0 / 15, s.BCubedRecall, 9);
        Assert.Equal(11.0 / 15, s.BCubedF1, 9);
        Assert.Equal(0.5, s.PairPrecision, 9);
        Assert.Equal(0.5, s.PairRecall, 9);
        Assert.Equal((2, 2, 5), (s.PredictedClusters, s.GoldClusters, s.Items));
    }

    [Fact]
    public void SingletonsAgainstOneClusterArePreciseButRecallOneOverN()
    {
        var s = ClusterMetrics.Score([("1", "G"), ("2", "G"), ("3", "G"), ("4", "G")]);
        Assert.Equal(1.0, s.BCubedPrecision, 9);
        Assert.Equal(0.25, s.BCubedRecall, 9);
        Assert.Equal(1.0, s.PairPrecision, 9); // no predicted pairs: nothing wrong was claimed
        Assert.Equal(0.0, s.PairRecall, 9);
        Assert.Equal(0.0, s.PairF1, 9);
    }

    [Fact]
    public void LabelNamesDoNotMatterOnlyTheGrouping()
    {
        var s = ClusterMetrics.Score([("7", "a"), ("7", "a"), ("9", "b")]);
        Assert.Equal(1.0, s.BCubedF1, 9);
        Assert.Equal(1.0, s.PairF1, 9);
    }
}

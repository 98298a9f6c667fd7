namespace Corroborate.Core.Stories;

/// <summary>Scores of a predicted clustering against gold labels over the same items.</summary>
public sealed record ClusterScores(
    int Items, int PredictedClusters, int GoldClusters,
    double BCubedPrecision, double BCubedRecall, double BCubedF1,
    double PairPrecision, double PairRecall, double PairF1);

/// <summary>
/// B-cubed: per item, precision is the share of its predicted cluster that shares its gold label and
/// recall the share of its gold cluster that was predicted with it, averaged over items. Pairwise: the
/// same over all pairs of items put together. A measure with no pairs to judge counts as 1.
/// </summary>
public static class ClusterMetrics
{
    public static ClusterScores Score(IReadOnlyList<(string Predicted, string Gold)> items)
    {
        var cells = items.GroupBy(i => i).Select(g => (g.Key.Predicted, g.Key.Gold, Count: (double)g.Count())).ToList();
        var predicted = items.GroupBy(i => i.Predicted).ToDictionary(g => g.Key, g => (double)g.Count());
        var gold = items.GroupBy(i => i.Gold).ToDictionary(g => g.Key, g => (double)g.Count());
        double n = items.Count;
        double bp = n == 0 ? 1 : cells.Sum(c => c.Count * c.Count / predicted[c.Predicted]) / n;
        double br = n == 0 ? 1 : cells.Sum(c => c.Count * c.Count / gold[c.Gold]) / n;
        double together = cells.Sum(c => Pairs(c.Count));
        double predictedPairs = predicted.Values.Sum(Pairs);
        double goldPairs = gold.Values.Sum(Pairs);
        double pp = predictedPairs == 0 ? 1 : together / predictedPairs;
        double pr = goldPairs == 0 ? 1 : together / goldPairs;
        return new ClusterScores(items.Count, predicted.Count, gold.Count, bp, br, F1(bp, br), pp, pr, F1(pp, pr));
    }

    private static double Pairs(double k) => k * (k - 1) / 2;

    private static double F1(double p, double r) => p + r == 0 ? 0 : 2 * p * r / (p + r);
}

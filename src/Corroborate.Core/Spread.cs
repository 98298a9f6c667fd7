namespace Corroborate.Core;

/// <summary>The mean and sample standard deviation of repeated measurements (folds, ingest orders).</summary>
public static class Spread
{
    public static (double Mean, double Sd) MeanAndSd(IReadOnlyList<double> xs)
    {
        double mean = xs.Average();
        return (mean, Math.Sqrt(xs.Sum(x => (x - mean) * (x - mean)) / Math.Max(1, xs.Count - 1)));
    }
}

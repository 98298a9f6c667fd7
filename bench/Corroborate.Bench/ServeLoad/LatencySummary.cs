namespace Corroborate.Bench.ServeLoad;

/// <summary>Count, rate and latency percentiles (nearest rank) of a set of requests.</summary>
public sealed record LatencySummary(int Requests, double PerSecond, double P50, double P95, double P99, double Max, int Errors)
{
    public static LatencySummary Of(IReadOnlyCollection<RequestOutcome> outcomes, TimeSpan elapsed)
    {
        var sorted = outcomes.Select(o => o.Milliseconds).Order().ToArray();
        double Percentile(double p) => sorted.Length == 0 ? 0 : sorted[Math.Max(0, (int)Math.Ceiling(p * sorted.Length) - 1)];
        return new LatencySummary(sorted.Length, sorted.Length / elapsed.TotalSeconds,
            Percentile(0.50), Percentile(0.95), Percentile(0.99), sorted.Length == 0 ? 0 : sorted[^1],
            outcomes.Count(o => o.Error is not null));
    }
}

namespace Corroborate.Bench.ServeLoad;

/// <summary>
/// Whether the server's resident memory grew over a run. The run is cut into sixths (10 s each for 60 s): the
/// first sixth holds start-up and warm-up, so the baseline is the second sixth, and memory has grown when the
/// last sixth's mean is more than <see cref="Tolerance"/> above it. GC heaps breathe by a few percent; a leak
/// under steady load shows as a steady rise of far more than that over a minute.
/// </summary>
public sealed record MemoryVerdict(double FirstMean, double BaselineMean, double LastMean, double Max, bool Judged, bool Grew)
{
    public const double Tolerance = 0.10;
    /// <summary>Below this the windows are a few samples each, too few to tell breathing from growth.</summary>
    public const int ShortestJudgedSeconds = 30;

    public static MemoryVerdict Of(IReadOnlyList<ProcSample> samples, int runSeconds)
    {
        double sixth = runSeconds / 6.0;
        double Mean(double from, double to)
        {
            var window = samples.Where(s => s.At.TotalSeconds >= from && s.At.TotalSeconds < to).ToList();
            return window.Count == 0 ? double.NaN : window.Average(s => s.RssMegabytes);
        }
        double baseline = Mean(sixth, 2 * sixth), last = Mean(runSeconds - sixth, double.PositiveInfinity);
        bool judged = runSeconds >= ShortestJudgedSeconds && !double.IsNaN(baseline) && !double.IsNaN(last);
        return new MemoryVerdict(Mean(0, sixth), baseline, last, samples.Max(s => s.RssMegabytes),
            judged, judged && last > baseline * (1 + Tolerance));
    }
}

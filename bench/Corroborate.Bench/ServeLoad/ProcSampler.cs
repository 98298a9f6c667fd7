using System.Diagnostics;

namespace Corroborate.Bench.ServeLoad;

/// <summary>Samples a process from /proc once a second until stopped.</summary>
public sealed class ProcSampler(int pid)
{
    private readonly List<ProcSample> _samples = [];

    public IReadOnlyList<ProcSample> Samples => _samples;

    /// <summary>Samples at 0 s, 1 s, 2 s ... of the run until <paramref name="stop"/> is cancelled.</summary>
    public async Task RunAsync(CancellationToken stop)
    {
        var clock = Stopwatch.StartNew();
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1));
        do
        {
            if (ProcSample.Read(pid, clock.Elapsed) is not { } sample) return;
            _samples.Add(sample);
        }
        while (await Tick(timer, stop));
    }

    private static async Task<bool> Tick(PeriodicTimer timer, CancellationToken stop)
    {
        try { return await timer.WaitForNextTickAsync(stop); }
        catch (OperationCanceledException) { return false; }
    }
}

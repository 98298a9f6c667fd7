using System.Globalization;

namespace Corroborate.Bench.ServeLoad;

/// <summary>One reading of another process's resident memory (now and its peak so far), CPU time and thread count from /proc.</summary>
public readonly record struct ProcSample(TimeSpan At, long RssBytes, long PeakRssBytes, TimeSpan Cpu, int Threads)
{
    /// <summary>
    /// /proc/PID/stat counts CPU time in USER_HZ ticks, which the kernel fixes at 100 per second for user space
    /// on every architecture .NET runs on.
    /// </summary>
    private const double TicksPerSecond = 100;

    public double RssMegabytes => RssBytes / (1024.0 * 1024.0);
    public double PeakRssMegabytes => PeakRssBytes / (1024.0 * 1024.0);

    /// <summary>The process's figures now, or null once it has exited.</summary>
    public static ProcSample? Read(int pid, TimeSpan at)
    {
        try
        {
            var status = File.ReadAllLines($"/proc/{pid}/status");
            long rssKb = StatusField(status, "VmRSS:"), peakKb = StatusField(status, "VmHWM:");
            int threads = (int)StatusField(status, "Threads:");
            // The command name (field 2) may hold spaces and parentheses: count fields from the last ')'.
            string stat = File.ReadAllText($"/proc/{pid}/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            // After the name, field 3 (state) is index 0, so utime (14) and stime (15) are 11 and 12.
            long ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
            return new ProcSample(at, rssKb * 1024, peakKb * 1024, TimeSpan.FromSeconds(ticks / TicksPerSecond), threads);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static long StatusField(string[] status, string name)
    {
        string line = status.First(l => l.StartsWith(name, StringComparison.Ordinal));
        return long.Parse(line[name.Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
    }
}

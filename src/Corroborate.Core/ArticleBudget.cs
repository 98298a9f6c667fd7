using System.Diagnostics;

namespace Corroborate.Core;

/// <summary>
/// What one article may cost before it is given up: wall-clock time, and bytes allocated by the thread that
/// runs it (a proxy for memory that needs no sampling). Every stage is linear in its input, so a limit is only
/// reached by input that is not news; one such input must not hold up the batch.
/// </summary>
public sealed record ArticleBudget(TimeSpan Timeout, long MaxAllocatedBytes)
{
    public static ArticleBudget Default { get; } = new(TimeSpan.FromSeconds(30), 4L << 30);

    public static ArticleBudget Unlimited { get; } = new(System.Threading.Timeout.InfiniteTimeSpan, long.MaxValue);

    /// <summary>Starts counting on the calling thread, which must be the one that runs the stages.</summary>
    public Meter Start() => new(this);

    /// <summary>
    /// Checked between stages: a stage is not interrupted, so an article can overrun by one stage, but stages
    /// are linear and the next article starts once the overrunning one is dropped.
    /// </summary>
    public sealed class Meter(ArticleBudget budget)
    {
        private readonly Stopwatch _clock = Stopwatch.StartNew();
        private readonly long _allocatedAtStart = GC.GetAllocatedBytesForCurrentThread();

        /// <exception cref="ArticleBudgetExceededException">When a limit has been passed.</exception>
        public void Check(string stage)
        {
            if (budget.Timeout != System.Threading.Timeout.InfiniteTimeSpan && _clock.Elapsed > budget.Timeout)
                throw new ArticleBudgetExceededException($"took longer than {budget.Timeout.TotalSeconds:0.###} s (stopped after stage '{stage}'; raise it with --article-timeout)");
            long allocated = GC.GetAllocatedBytesForCurrentThread() - _allocatedAtStart;
            if (allocated > budget.MaxAllocatedBytes)
                throw new ArticleBudgetExceededException($"allocated more than {Ingest.InputScanner.FormatBytes(budget.MaxAllocatedBytes)} (stopped after stage '{stage}'; raise it with --article-memory)");
        }
    }
}

/// <summary>An article went over its <see cref="ArticleBudget"/>; the message says which limit and where.</summary>
public sealed class ArticleBudgetExceededException(string message) : Exception(message);

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

    /// <summary>
    /// Starts counting on the calling thread, which must be the one that runs the stages; until the meter is
    /// disposed, <see cref="CheckPoint"/> on that thread checks it.
    /// </summary>
    public Meter Start() => new(this);

    /// <summary>
    /// Called by stages inside their long loops (once a sentence), so an article is stopped within one
    /// sentence's work rather than after a whole stage. Does nothing on a thread that runs no budgeted article.
    /// </summary>
    /// <exception cref="ArticleBudgetExceededException">When the running article has passed a limit.</exception>
    public static void CheckPoint() => Meter.Running?.Check();

    /// <summary>
    /// Checked between stages and at every <see cref="CheckPoint"/>. A .NET thread cannot be stopped from outside,
    /// so the stages co-operate: a stage without checkpoints can overrun by itself, but every stage is linear.
    /// </summary>
    public sealed class Meter : IDisposable
    {
        [ThreadStatic] private static Meter? running;

        private readonly ArticleBudget _budget;
        private readonly Meter? _outer;
        private readonly Stopwatch _clock = Stopwatch.StartNew();
        private readonly long _allocatedAtStart = GC.GetAllocatedBytesForCurrentThread();
        private string _stage = "normalisation";

        internal Meter(ArticleBudget budget)
        {
            _budget = budget;
            _outer = running;
            running = this;
        }

        internal static Meter? Running => running;

        /// <summary>Names the stage now running, for the reason given when the article is stopped.</summary>
        public void Enter(string stage) => _stage = stage;

        /// <exception cref="ArticleBudgetExceededException">When a limit has been passed.</exception>
        public void Check()
        {
            if (_budget.Timeout != System.Threading.Timeout.InfiniteTimeSpan && _clock.Elapsed > _budget.Timeout)
                throw new ArticleBudgetExceededException($"took longer than {_budget.Timeout.TotalSeconds:0.###} s (stopped in stage '{_stage}'; raise it with --article-timeout)");
            long allocated = GC.GetAllocatedBytesForCurrentThread() - _allocatedAtStart;
            if (allocated > _budget.MaxAllocatedBytes)
                throw new ArticleBudgetExceededException($"allocated more than {Ingest.InputScanner.FormatBytes(_budget.MaxAllocatedBytes)} (stopped in stage '{_stage}'; raise it with --article-memory)");
        }

        public void Dispose() => running = _outer;
    }
}

/// <summary>An article went over its <see cref="ArticleBudget"/>; the message says which limit and where.</summary>
public sealed class ArticleBudgetExceededException(string message) : Exception(message);

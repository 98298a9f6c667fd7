namespace Corroborate.Core;

/// <summary>
/// How many threads the parallel steps (per-article stages, re-annotation, story analysis) use: all cores unless
/// the user says otherwise (`--threads`). Every parallel step keeps its input order, so the output does not depend
/// on the number.
/// </summary>
public static class Parallelism
{
    private static int threads = Environment.ProcessorCount;

    public static int Threads
    {
        get => threads;
        set => threads = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "at least one thread");
    }

    /// <summary>The items processed on <see cref="Threads"/> threads, results in input order.</summary>
    public static ParallelQuery<T> InOrder<T>(this IEnumerable<T> items) =>
        items.AsParallel().AsOrdered().WithDegreeOfParallelism(Threads);
}

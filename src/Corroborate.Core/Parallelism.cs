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

    /// <summary>
    /// The items of <paramref name="source"/>, produced on another thread up to <paramref name="ahead"/> items ahead of
    /// the consumer, in order (a bounded channel): ingest annotates the next batch while the corpus stages take in the
    /// last one. With one thread there is nothing to overlap with, so the source is read in place. An exception of the
    /// producer comes out of the consumer's loop; a consumer that stops early stops the producer.
    /// </summary>
    public static IEnumerable<T> ReadAhead<T>(this IEnumerable<T> source, int ahead = 1)
    {
        if (Threads == 1)
        {
            foreach (var item in source) yield return item;
            yield break;
        }
        var channel = System.Threading.Channels.Channel.CreateBounded<T>(ahead);
        using var stop = new CancellationTokenSource();
        var producer = Task.Run(async () =>
        {
            try
            {
                foreach (var item in source) await channel.Writer.WriteAsync(item, stop.Token);
                channel.Writer.Complete();
            }
            catch (Exception e) { channel.Writer.Complete(e); }
        });
        try
        {
            while (channel.Reader.WaitToReadAsync().AsTask().GetAwaiter().GetResult())
                while (channel.Reader.TryRead(out var item)) yield return item;
        }
        finally
        {
            stop.Cancel();
            while (channel.Reader.TryRead(out _)) { }
            producer.GetAwaiter().GetResult();
        }
    }
}

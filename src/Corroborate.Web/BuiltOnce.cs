using System.Collections.Concurrent;

namespace Corroborate.Web;

/// <summary>
/// Values that are costly to build (a story's report, the corpus's claims), kept per id until their version (what
/// they were built from) changes, and built once however many requests ask at the same time: the first request
/// builds, the others wait for that build. Without this, every request that came in while a large value was being
/// built started a build of its own, so under load the builds took all the cores and memory and requests timed out.
/// </summary>
/// <remarks>
/// A build reads through the store of the request that made the entry, whichever request runs it. That is safe: the
/// request that made the entry goes straight on to wait for the build, so its store stays open and no other thread
/// uses it until the build is done.
/// </remarks>
public sealed class BuiltOnce<TId, TValue> where TId : notnull
{
    private sealed record Entry(string Version, Lazy<TValue> Value);

    private readonly ConcurrentDictionary<TId, Entry> _cache = new();

    public TValue Get(TId id, string version, Func<TValue> build)
    {
        var entry = _cache.AddOrUpdate(id,
            _ => New(version, build),
            (_, current) => current.Version == version ? current : New(version, build));
        try
        {
            return entry.Value.Value;
        }
        catch
        {
            // Lazy keeps a failure for good; drop the entry so that the next request tries again.
            _cache.TryRemove(new KeyValuePair<TId, Entry>(id, entry));
            throw;
        }
    }

    private static Entry New(string version, Func<TValue> build) => new(version, new Lazy<TValue>(build, LazyThreadSafetyMode.ExecutionAndPublication));
}

using Corroborate.Core.Store;
using Corroborate.Storage;

namespace Corroborate.Queue;

/// <summary>
/// A store that is opened again after the database went away: a worker or assigner outlives a PostgreSQL restart.
/// Work that fails because the database is unavailable throws <see cref="StoreUnavailableException"/>, and the next
/// use opens a new connection.
/// </summary>
public sealed class StoreConnection(string db) : IDisposable
{
    private IStore? _store;

    public string Db => db;

    public T Use<T>(Func<IStore, T> work)
    {
        try
        {
            _store ??= StoreFactory.Open(db);
            return work(_store);
        }
        catch (Exception e) when (StoreFailures.IsUnavailable(e))
        {
            Dispose();
            throw new StoreUnavailableException(e.Message, e);
        }
    }

    public void Use(Action<IStore> work) => Use(s =>
    {
        work(s);
        return 0;
    });

    public void Dispose()
    {
        try { _store?.Dispose(); }
        catch (Exception e) when (StoreFailures.IsUnavailable(e)) { }
        _store = null;
    }
}

public sealed class StoreUnavailableException(string message, Exception inner) : Exception($"the database is unavailable: {message}", inner);

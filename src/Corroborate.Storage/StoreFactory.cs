using Corroborate.Core.Store;
using Corroborate.Storage.Postgres;
using Corroborate.Storage.Sqlite;

namespace Corroborate.Storage;

public static class StoreFactory
{
    /// <summary>Opens PostgreSQL for a postgres:// URL, otherwise the SQLite file at that path.</summary>
    public static IStore Open(string db) => PostgresStore.IsPostgresUrl(db) ? PostgresStore.Open(db) : SqliteStore.Open(db);
}

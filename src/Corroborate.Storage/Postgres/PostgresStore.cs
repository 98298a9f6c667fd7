using System.Data.Common;
using Npgsql;

namespace Corroborate.Storage.Postgres;

/// <summary>
/// The scale-out store on PostgreSQL. Migrations run under an advisory lock so that several workers
/// starting at once apply each one exactly once.
/// </summary>
public sealed partial class PostgresStore : SqlStore
{
    private const long MigrationLock = 0x436F72726F626F; // any fixed key shared by all workers

    private const long CorpusStageLock = 0x436F72726F6273; // held by the transaction of one corpus stage at a time

    /// <summary>
    /// The assigner's advisory lock: a fixed class and the schema's hash, so that deployments in other schemas of the
    /// same database (advisory locks are database-wide) each have their own assigner.
    /// </summary>
    private const string AssignerLock = "1131377266, hashtext(current_schema())";

    private readonly string _connectionString;

    private PostgresStore(NpgsqlConnection connection, string connectionString) : base(connection) => _connectionString = connectionString;

    /// <param name="connection">A postgres:// URL or an Npgsql connection string.</param>
    public static PostgresStore Open(string connection)
    {
        try
        {
            // Statements run thousands of times (a row each) are prepared once per connection: parsing and planning each
            // again was most of the server's CPU on an ingest.
            string connectionString = new NpgsqlConnectionStringBuilder(ToConnectionString(connection)) { MaxAutoPrepare = 64 }.ConnectionString;
            var c = new NpgsqlConnection(connectionString);
            c.Open();
            Migrator.Execute(c, $"SELECT pg_advisory_lock({MigrationLock})", null);
            try { Migrator.Apply(c, "Postgres"); }
            finally { Migrator.Execute(c, $"SELECT pg_advisory_unlock({MigrationLock})", null); }
            return new PostgresStore(c, connectionString);
        }
        catch (Exception e) when (e is NpgsqlException or ArgumentException or InvalidOperationException)
        {
            throw new StoreException($"cannot open the PostgreSQL database: {e.Message}", e);
        }
    }

    public static bool IsPostgresUrl(string db) =>
        db.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) || db.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase);

    /// <summary>postgres://user:password@host:port/database?search_path=x → an Npgsql connection string.</summary>
    public static string ToConnectionString(string db)
    {
        if (!IsPostgresUrl(db)) return db;
        var uri = new Uri(db);
        var b = new NpgsqlConnectionStringBuilder
        {
            Host = uri.Host,
            Port = uri.Port > 0 ? uri.Port : 5432,
            Database = uri.AbsolutePath.Trim('/') is { Length: > 0 } name ? Uri.UnescapeDataString(name) : "corroborate",
        };
        var userInfo = uri.UserInfo.Split(':', 2);
        if (userInfo[0].Length > 0) b.Username = Uri.UnescapeDataString(userInfo[0]);
        if (userInfo.Length > 1) b.Password = Uri.UnescapeDataString(userInfo[1]);
        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var kv = pair.Split('=', 2);
            if (kv[0] == "search_path" && kv.Length == 2) b.SearchPath = Uri.UnescapeDataString(kv[1]);
        }
        return b.ConnectionString;
    }

    /// <summary>
    /// Exclusive transactions take a transaction-level advisory lock, so corpus stages of concurrent workers run
    /// one after another: each reads what the previous one wrote (under READ COMMITTED, every statement after the
    /// lock sees it). The lock goes with the transaction, also when the process is killed.
    /// </summary>
    protected override DbTransaction BeginWriteTransaction(bool exclusive)
    {
        var tx = Connection.BeginTransaction();
        if (exclusive) Migrator.Execute(Connection, $"SELECT pg_advisory_xact_lock({CorpusStageLock})", tx);
        return tx;
    }

    /// <summary>
    /// A session-level advisory lock on a connection of its own: it is released when the holder disposes it or its
    /// process dies (PostgreSQL ends the session), so a standby assigner takes over from a killed one.
    /// </summary>
    public override IDisposable? TryTakeAssignerLock()
    {
        // Not pooled: a pooled connection would keep its session, and the lock, after it is disposed.
        var session = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(_connectionString) { Pooling = false }.ConnectionString);
        session.Open();
        using (var take = session.CreateCommand())
        {
            take.CommandText = $"SELECT pg_try_advisory_lock({AssignerLock})";
            if (take.ExecuteScalar() is true) return new SessionLock(session);
        }
        session.Dispose();
        return null;
    }

    /// <summary>Unlocks before it closes: the server ends a closed session a moment later, and a standby asking then would be refused.</summary>
    private sealed class SessionLock(NpgsqlConnection session) : IDisposable
    {
        public void Dispose()
        {
            try { Migrator.Execute(session, $"SELECT pg_advisory_unlock({AssignerLock})", null); }
            catch (NpgsqlException) { } // the session is gone, and the lock with it
            session.Dispose();
        }
    }

    /// <summary>Serialization failures and deadlocks: PostgreSQL asks for the whole transaction to be tried again.</summary>
    protected override bool IsTransient(Exception e) => e is PostgresException { SqlState: PostgresErrorCodes.SerializationFailure or PostgresErrorCodes.DeadlockDetected };

    protected override string InsertArticleSql(string columns, string parameters) =>
        $"INSERT INTO articles ({columns}) VALUES ({parameters}) ON CONFLICT (id) DO NOTHING";

    protected override string SearchSql(string q, string limit) =>
        $"SELECT id FROM articles WHERE search @@ plainto_tsquery('simple', @{q}) ORDER BY ts_rank(search, plainto_tsquery('simple', @{q})) DESC, seq LIMIT @{limit}";

    protected override string SearchQuery(IReadOnlyList<string> words) => string.Join(' ', words);

    protected override string IdListSql(string parameter) => $"(SELECT unnest(@{parameter}))";

    protected override void BindIdList(DbCommand command, string parameter, IReadOnlyCollection<string> ids) =>
        Bind(command, parameter, ids.ToArray());

    protected override string KeyRowsSql(string parameter) =>
        $"SELECT * FROM unnest(@{parameter}_keys, @{parameter}_articles, @{parameter}_ordinals)";

    protected override void BindKeyRows(DbCommand command, string parameter, IReadOnlyList<(string Key, string ArticleId, int Ordinal)> rows)
    {
        Bind(command, parameter + "_keys", rows.Select(r => r.Key).ToArray());
        Bind(command, parameter + "_articles", rows.Select(r => r.ArticleId).ToArray());
        Bind(command, parameter + "_ordinals", rows.Select(r => r.Ordinal).ToArray());
    }
}

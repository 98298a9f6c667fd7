using System.Data.Common;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace Corroborate.Storage.Sqlite;

/// <summary>The embedded store: one SQLite file, migrated on open.</summary>
public sealed partial class SqliteStore : SqlStore
{
    /// <summary>
    /// How long a statement waits for another process's write lock. Corpus stages hold the lock for their whole
    /// run (see <see cref="SqlStore.RunExclusively"/>), which takes seconds on a few hundred articles, so the
    /// former 5 s let a second ingest on the same file fail with "database is locked".
    /// </summary>
    public static readonly TimeSpan BusyTimeout = TimeSpan.FromSeconds(30);

    private const int SqliteBusy = 5, SqliteLocked = 6;

    private SqliteStore(SqliteConnection connection) : base(connection) { }

    public static SqliteStore Open(string path)
    {
        try
        {
            if (Path.GetDirectoryName(Path.GetFullPath(path)) is { } dir) Directory.CreateDirectory(dir);
            int timeoutSeconds = (int)BusyTimeout.TotalSeconds;
            // Default Timeout is how long Microsoft.Data.Sqlite retries a statement that got SQLITE_BUSY.
            var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false, DefaultTimeout = timeoutSeconds }.ToString());
            connection.Open();
            // The busy timeout first: switching a new file to WAL needs a lock another process may hold.
            Migrator.Execute(connection, $"PRAGMA busy_timeout={timeoutSeconds * 1000}; PRAGMA journal_mode=WAL; PRAGMA foreign_keys=ON;", null);
            Migrator.Apply(connection, "Sqlite");
            return new SqliteStore(connection);
        }
        catch (SqliteException e)
        {
            throw new StoreException($"cannot open the database '{path}': {e.Message.Replace("SQLite Error ", "")}", e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new StoreException($"cannot open the database '{path}': {e.Message}", e);
        }
    }

    /// <summary>
    /// BEGIN IMMEDIATE (Microsoft.Data.Sqlite's default, spelled out here): the write lock is taken at the start, so
    /// two writers queue on the busy timeout instead of both reading under a shared lock and one failing with
    /// SQLITE_BUSY when it upgrades. It also makes every SQLite write transaction exclusive, corpus stages included.
    /// </summary>
    protected override DbTransaction BeginWriteTransaction(bool exclusive) => ((SqliteConnection)Connection).BeginTransaction(deferred: false);

    /// <summary>
    /// A lock file next to the database, opened without sharing: .NET takes an advisory lock on it, which the system
    /// releases when the process ends, however it ends.
    /// </summary>
    public override IDisposable? TryTakeAssignerLock()
    {
        try
        {
            return new FileStream(((SqliteConnection)Connection).DataSource + ".assigner.lock", FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException) { return null; }
    }

    protected override bool IsTransient(Exception e) => e is SqliteException { SqliteErrorCode: SqliteBusy or SqliteLocked };

    /// <summary>
    /// seq is MAX(seq) + 1 read inside the insert; that is safe across processes because the insert runs in an
    /// IMMEDIATE transaction, so no other writer can insert between the read and the write.
    /// </summary>
    protected override string InsertArticleSql(string columns, string parameters) =>
        $"INSERT INTO articles (seq, {columns}) VALUES ((SELECT COALESCE(MAX(seq), 0) + 1 FROM articles), {parameters}) ON CONFLICT(id) DO NOTHING";

    protected override string SearchSql(string q, string limit) =>
        $"SELECT a.id FROM articles_fts JOIN articles a ON a.seq = articles_fts.rowid WHERE articles_fts MATCH @{q} ORDER BY bm25(articles_fts, 5.0, 1.0), a.seq LIMIT @{limit}";

    protected override string SearchQuery(IReadOnlyList<string> words) => string.Join(' ', words.Select(w => $"\"{w}\""));

    protected override string IdListSql(string parameter) => $"(SELECT value FROM json_each(@{parameter}))";

    protected override void BindIdList(DbCommand command, string parameter, IReadOnlyCollection<string> ids) =>
        Bind(command, parameter, JsonSerializer.Serialize(ids));

    protected override string KeyRowsSql(string parameter) =>
        $"SELECT json_extract(value, '$[0]'), json_extract(value, '$[1]'), json_extract(value, '$[2]') FROM json_each(@{parameter})";

    protected override void BindKeyRows(DbCommand command, string parameter, IReadOnlyList<(string Key, string ArticleId, int Ordinal)> rows) =>
        Bind(command, parameter, JsonSerializer.Serialize(rows.Select(r => new object[] { r.Key, r.ArticleId, r.Ordinal })));
}

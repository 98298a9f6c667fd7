using System.Data.Common;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace Corroborate.Storage.Sqlite;

/// <summary>The embedded store: one SQLite file, migrated on open.</summary>
public sealed partial class SqliteStore : SqlStore
{
    private SqliteStore(SqliteConnection connection) : base(connection) { }

    public static SqliteStore Open(string path)
    {
        try
        {
            if (Path.GetDirectoryName(Path.GetFullPath(path)) is { } dir) Directory.CreateDirectory(dir);
            var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
            connection.Open();
            Migrator.Execute(connection, "PRAGMA journal_mode=WAL; PRAGMA foreign_keys=ON; PRAGMA busy_timeout=5000;", null);
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

    protected override string InsertArticleSql(string columns, string parameters) =>
        $"INSERT INTO articles (seq, {columns}) VALUES ((SELECT COALESCE(MAX(seq), 0) + 1 FROM articles), {parameters}) ON CONFLICT(id) DO NOTHING";

    protected override string SearchSql(string q, string limit) =>
        $"SELECT a.id FROM articles_fts JOIN articles a ON a.seq = articles_fts.rowid WHERE articles_fts MATCH @{q} ORDER BY bm25(articles_fts, 5.0, 1.0), a.seq LIMIT @{limit}";

    protected override string SearchQuery(IReadOnlyList<string> words) => string.Join(' ', words.Select(w => $"\"{w}\""));

    protected override string IdListSql(string parameter) => $"(SELECT value FROM json_each(@{parameter}))";

    protected override void BindIdList(DbCommand command, string parameter, IReadOnlyCollection<string> ids) =>
        Bind(command, parameter, JsonSerializer.Serialize(ids));
}

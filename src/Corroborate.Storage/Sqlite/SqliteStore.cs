using System.Data.Common;
using Corroborate.Core;
using Corroborate.Core.Store;
using Microsoft.Data.Sqlite;

namespace Corroborate.Storage.Sqlite;

/// <summary>The embedded store: one SQLite file, migrated on open.</summary>
public sealed partial class SqliteStore : IStore
{
    private const string ArticleColumns = "id, source, url, title, published, language, author, path, format, text, original, offsets, paragraphs, removed_lines";
    private readonly SqliteConnection _connection;

    private SqliteStore(SqliteConnection connection) => _connection = connection;

    public static SqliteStore Open(string path)
    {
        try
        {
            if (Path.GetDirectoryName(Path.GetFullPath(path)) is { } dir) Directory.CreateDirectory(dir);
            var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
            connection.Open();
            Execute(connection, "PRAGMA journal_mode=WAL; PRAGMA foreign_keys=ON; PRAGMA busy_timeout=5000;");
            Migrator.Apply(connection);
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

    public int SchemaVersion => Migrator.CurrentVersion(_connection);

    public int AddArticles(IReadOnlyList<Article> articles)
    {
        using var tx = _connection.BeginTransaction();
        long seq = Scalar<long>("SELECT COALESCE(MAX(seq), 0) FROM articles", tx);
        int added = 0;
        using var insert = _connection.CreateCommand();
        insert.Transaction = tx;
        insert.CommandText = $"INSERT INTO articles (seq, {ArticleColumns}) VALUES ($seq, $id, $source, $url, $title, $published, $language, $author, $path, $format, $text, $original, $offsets, $paragraphs, $removed) ON CONFLICT(id) DO NOTHING";
        foreach (var a in articles)
        {
            insert.Parameters.Clear();
            Bind(insert, "$seq", seq + 1);
            Bind(insert, "$id", a.Id);
            Bind(insert, "$source", a.Source);
            Bind(insert, "$url", a.Url);
            Bind(insert, "$title", a.Title);
            Bind(insert, "$published", a.Published is null ? null : ArticleCodec.EncodeDate(a.Published));
            Bind(insert, "$language", a.Language);
            Bind(insert, "$author", a.Author);
            Bind(insert, "$path", a.Path);
            Bind(insert, "$format", a.Format.ToString());
            Bind(insert, "$text", a.Text);
            Bind(insert, "$original", a.Original);
            Bind(insert, "$offsets", ArticleCodec.EncodeOffsets(a.Offsets));
            Bind(insert, "$paragraphs", ArticleCodec.EncodeSpans(a.Paragraphs));
            Bind(insert, "$removed", ArticleCodec.EncodeRemoved(a.RemovedLines));
            int n = insert.ExecuteNonQuery();
            added += n;
            seq += n;
        }
        tx.Commit();
        return added;
    }

    public IReadOnlyList<string> FindArticleIds(string prefix)
    {
        using var cmd = Command("SELECT id FROM articles WHERE id LIKE $prefix ESCAPE '\\' ORDER BY seq");
        Bind(cmd, "$prefix", prefix.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_") + "%");
        return Read(cmd, r => r.GetString(0));
    }

    public Article? GetArticle(string id) => GetArticles([id]).FirstOrDefault();

    public IReadOnlyList<Article> GetArticles(IReadOnlyCollection<string> ids)
    {
        if (ids.Count == 0) return [];
        using var cmd = Command($"SELECT {ArticleColumns} FROM articles WHERE id IN (SELECT value FROM json_each($ids)) ORDER BY seq");
        Bind(cmd, "$ids", System.Text.Json.JsonSerializer.Serialize(ids));
        return Read(cmd, ReadArticle);
    }

    public IReadOnlyList<ArticleSummary> ListArticles()
    {
        using var cmd = Command("SELECT id, source, title, published, language, path, length(text) FROM articles ORDER BY seq");
        return Read(cmd, r => new ArticleSummary(r.GetString(0), Str(r, 1), Str(r, 2), ArticleCodec.DecodeDate(Str(r, 3)), Str(r, 4), Str(r, 5), r.GetInt32(6)));
    }

    public int CountArticles() => (int)Scalar<long>("SELECT COUNT(*) FROM articles");

    private static Article ReadArticle(DbDataReader r) => new()
    {
        Id = r.GetString(0),
        Source = Str(r, 1),
        Url = Str(r, 2),
        Title = Str(r, 3),
        Published = ArticleCodec.DecodeDate(Str(r, 4)),
        Language = Str(r, 5),
        Author = Str(r, 6),
        Path = Str(r, 7),
        Format = Enum.Parse<SourceFormat>(r.GetString(8)),
        Text = r.GetString(9),
        Original = r.GetString(10),
        Offsets = ArticleCodec.DecodeOffsets(r.GetString(11)),
        Paragraphs = ArticleCodec.DecodeSpans(r.GetString(12)),
        RemovedLines = ArticleCodec.DecodeRemoved(r.GetString(13)),
    };

    private static string? Str(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    private SqliteCommand Command(string sql)
    {
        var cmd = _connection.CreateCommand();
        cmd.CommandText = sql;
        return cmd;
    }

    private static void Bind(SqliteCommand cmd, string name, object? value) => cmd.Parameters.AddWithValue(name, value ?? DBNull.Value);

    private T Scalar<T>(string sql, SqliteTransaction? tx = null)
    {
        using var cmd = Command(sql);
        cmd.Transaction = tx;
        return (T)Convert.ChangeType(cmd.ExecuteScalar()!, typeof(T), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static List<T> Read<T>(SqliteCommand cmd, Func<DbDataReader, T> map)
    {
        using var r = cmd.ExecuteReader();
        var list = new List<T>();
        while (r.Read()) list.Add(map(r));
        return list;
    }

    internal static void Execute(SqliteConnection c, string sql, SqliteTransaction? tx = null)
    {
        using var cmd = c.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }

    public void Dispose() => _connection.Dispose();
}

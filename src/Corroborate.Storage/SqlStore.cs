using System.Data.Common;
using System.Globalization;
using Corroborate.Core;
using Corroborate.Core.Store;

namespace Corroborate.Storage;

/// <summary>
/// The store in plain, portable SQL over ADO.NET. SQLite and PostgreSQL subclasses add only what their
/// dialects do differently (opening, id lists, the insert of a new article). Stage tables are added as
/// further partial files of this class, so both backends get them.
/// </summary>
public abstract partial class SqlStore : IStore
{
    private const string ArticleColumns = "id, source, url, title, published, language, author, path, format, text, original, offsets, paragraphs, removed_lines";

    protected DbConnection Connection { get; }

    /// <summary>The transaction of <see cref="RunExclusively"/> while it runs; every command joins it.</summary>
    private DbTransaction? _exclusive;

    protected SqlStore(DbConnection connection) => Connection = connection;

    public int SchemaVersion => Migrator.CurrentVersion(Connection);

    /// <summary>The INSERT for one article that does nothing when its id exists; parameters are named after the columns.</summary>
    protected abstract string InsertArticleSql(string columns, string parameters);

    /// <summary>A SQL expression for "IN (...)" over a list bound with <see cref="BindIdList"/>.</summary>
    protected abstract string IdListSql(string parameter);

    protected abstract void BindIdList(DbCommand command, string parameter, IReadOnlyCollection<string> ids);

    /// <summary>A SELECT of (key, article id, ordinal) rows bound with <see cref="BindKeyRows"/>.</summary>
    protected abstract string KeyRowsSql(string parameter);

    protected abstract void BindKeyRows(DbCommand command, string parameter, IReadOnlyList<(string Key, string ArticleId, int Ordinal)> rows);

    public int AddArticles(IReadOnlyList<Article> articles) => Write(tx =>
    {
        string insert = InsertArticleSql(ArticleColumns, string.Join(", ", ArticleColumns.Split(", ").Select(c => "@" + c)));
        using var rows = Statements(tx);
        foreach (var a in articles)
            rows.Add(insert, ("id", a.Id), ("source", a.Source), ("url", a.Url), ("title", a.Title),
                ("published", a.Published is null ? null : ArticleCodec.EncodeDate(a.Published)), ("language", a.Language),
                ("author", a.Author), ("path", a.Path), ("format", a.Format.ToString()), ("text", a.Text), ("original", a.Original),
                ("offsets", ArticleCodec.EncodeOffsets(a.Offsets)), ("paragraphs", ArticleCodec.EncodeSpans(a.Paragraphs)),
                ("removed_lines", ArticleCodec.EncodeRemoved(a.RemovedLines)));
        return rows.Execute();
    });

    public void RunExclusively(Action work)
    {
        if (_exclusive is not null)
        {
            work();
            return;
        }
        WithRetry(() =>
        {
            using var tx = BeginWriteTransaction(exclusive: true);
            _exclusive = tx;
            try
            {
                work();
                tx.Commit();
            }
            finally { _exclusive = null; }
            return 0;
        });
    }

    /// <summary>
    /// Runs one logical write as one transaction, so that a process killed at any moment leaves the old state or
    /// the new one; inside <see cref="RunExclusively"/> it joins that transaction instead.
    /// </summary>
    protected T Write<T>(Func<DbTransaction, T> body)
    {
        if (_exclusive is { } open) return body(open);
        return WithRetry(() =>
        {
            using var tx = BeginWriteTransaction(exclusive: false);
            var result = body(tx);
            tx.Commit();
            return result;
        });
    }

    protected void Write(Action<DbTransaction> body) => Write(tx =>
    {
        body(tx);
        return 0;
    });

    /// <summary>
    /// Begins a write transaction. <paramref name="exclusive"/> transactions (corpus stages) must not interleave
    /// with each other across processes, because each reads the state the previous one wrote.
    /// </summary>
    protected abstract DbTransaction BeginWriteTransaction(bool exclusive);

    /// <summary>True for a failure that another writer caused and that a fresh attempt of the whole transaction can get past.</summary>
    protected abstract bool IsTransient(Exception e);

    /// <summary>Attempts of a whole transaction that another writer got in the way of; the backends already wait for locks.</summary>
    private const int WriteAttempts = 4;

    private T WithRetry<T>(Func<T> transaction)
    {
        for (int attempt = 1; ; attempt++)
        {
            try
            {
                return transaction();
            }
            catch (Exception e) when (attempt < WriteAttempts && IsTransient(e))
            {
                Thread.Sleep(TimeSpan.FromMilliseconds(250 * attempt * (1 + Random.Shared.NextDouble())));
            }
        }
    }

    public IReadOnlyList<string> FindArticleIds(string prefix)
    {
        using var cmd = Command("SELECT id FROM articles WHERE id LIKE @prefix ESCAPE '\\' ORDER BY seq");
        Bind(cmd, "prefix", prefix.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_") + "%");
        return Read(cmd, r => r.GetString(0));
    }

    public Article? GetArticle(string id) => GetArticles([id]).FirstOrDefault();

    public IReadOnlyList<Article> GetArticles(IReadOnlyCollection<string> ids)
    {
        if (ids.Count == 0) return [];
        using var cmd = Command($"SELECT {ArticleColumns} FROM articles WHERE id IN {IdListSql("ids")} ORDER BY seq");
        BindIdList(cmd, "ids", ids);
        return Read(cmd, ReadArticle);
    }

    public IReadOnlyList<ArticleSummary> ListArticles()
    {
        using var cmd = Command("SELECT id, source, title, published, language, path, length(text) FROM articles ORDER BY seq");
        return Read(cmd, r => new ArticleSummary(r.GetString(0), Str(r, 1), Str(r, 2), ArticleCodec.DecodeDate(Str(r, 3)), Str(r, 4), Str(r, 5), Convert.ToInt32(r.GetValue(6), CultureInfo.InvariantCulture)));
    }

    public int CountArticles() => (int)Scalar<long>("SELECT COUNT(*) FROM articles");

    public IReadOnlyList<string> SearchArticles(string query, int limit)
    {
        var words = SearchWords(query);
        if (words.Count == 0) return [];
        using var cmd = Command(SearchSql("query", "limit"));
        Bind(cmd, "query", SearchQuery(words));
        Bind(cmd, "limit", limit);
        return Read(cmd, r => r.GetString(0));
    }

    /// <summary>The words of a user's query; operators and punctuation are not passed to the search engine.</summary>
    private static List<string> SearchWords(string query) =>
        System.Text.RegularExpressions.Regex.Matches(query, @"[\p{L}\p{N}]+").Select(m => m.Value).Take(16).ToList();

    /// <summary>SELECT article ids matching all words, best first, at most @limit.</summary>
    protected abstract string SearchSql(string queryParameter, string limitParameter);

    /// <summary>The words in the backend's query syntax.</summary>
    protected abstract string SearchQuery(IReadOnlyList<string> words);

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

    protected static string? Str(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    /// <summary>Row statements of <paramref name="tx"/> sent together (see <see cref="StatementBatch"/>).</summary>
    protected StatementBatch Statements(DbTransaction tx) => new(Connection, tx);

    protected DbCommand Command(string sql, DbTransaction? tx = null)
    {
        var cmd = Connection.CreateCommand();
        cmd.CommandText = sql;
        cmd.Transaction = tx ?? _exclusive;
        return cmd;
    }

    /// <summary>Binds @name; both dialects accept the @ prefix.</summary>
    protected static void Bind(DbCommand cmd, string name, object? value)
    {
        var p = cmd.CreateParameter();
        p.ParameterName = name;
        p.Value = value ?? DBNull.Value;
        cmd.Parameters.Add(p);
    }

    protected T Scalar<T>(string sql, DbTransaction? tx = null)
    {
        using var cmd = Command(sql, tx);
        return (T)Convert.ChangeType(cmd.ExecuteScalar()!, typeof(T), CultureInfo.InvariantCulture);
    }

    protected static List<T> Read<T>(DbCommand cmd, Func<DbDataReader, T> map)
    {
        using var r = cmd.ExecuteReader();
        var list = new List<T>();
        while (r.Read()) list.Add(map(r));
        return list;
    }

    public void Dispose()
    {
        Connection.Dispose();
        GC.SuppressFinalize(this);
    }
}

using System.Data.Common;
using System.Globalization;
using Corroborate.Core.Store;

namespace Corroborate.Storage;

/// <summary>The tables of <c>follow</c>: the sources polled and the items they listed (migration 011).</summary>
public abstract partial class SqlStore
{
    private const string SourceColumns =
        "url, kind, etag, last_modified, last_fetched, last_status, next_due, failures, last_error";
    private const string ItemColumns =
        "source, item_key, link, title, published, author, article_id, first_seen, state, failures, reason";

    public FollowSource? GetFollowSource(string url)
    {
        using var cmd = Command($"SELECT {SourceColumns} FROM follow_sources WHERE url = @url");
        Bind(cmd, "url", url);
        return Read(cmd, ReadFollowSource).FirstOrDefault();
    }

    public IReadOnlyList<FollowSource> ListFollowSources()
    {
        using var cmd = Command($"SELECT {SourceColumns} FROM follow_sources ORDER BY url");
        return Read(cmd, ReadFollowSource);
    }

    public void SaveFollowSource(FollowSource s) => Write(tx =>
    {
        using var upsert = Command(UpsertSql("follow_sources", SourceColumns, "url"), tx);
        Bind(upsert, "url", s.Url);
        Bind(upsert, "kind", s.Kind);
        Bind(upsert, "etag", s.ETag);
        Bind(upsert, "last_modified", s.LastModified);
        Bind(upsert, "last_fetched", OptionalDate(s.LastFetched));
        Bind(upsert, "last_status", s.LastStatus);
        Bind(upsert, "next_due", OptionalDate(s.NextDue));
        Bind(upsert, "failures", s.Failures);
        Bind(upsert, "last_error", s.LastError);
        upsert.ExecuteNonQuery();
    });

    public IReadOnlyList<FollowItem> FindFollowItems(
        string source, IReadOnlyCollection<string> keys, IReadOnlyCollection<string> links)
    {
        if (keys.Count == 0 && links.Count == 0) return [];
        using var cmd = Command($"""
            SELECT {ItemColumns} FROM follow_items
            WHERE (source = @source AND item_key IN {IdListSql("keys")}) OR link IN {IdListSql("links")}
            ORDER BY first_seen, source, item_key
            """);
        Bind(cmd, "source", source);
        BindIdList(cmd, "keys", keys);
        BindIdList(cmd, "links", links);
        return Read(cmd, ReadFollowItem);
    }

    public IReadOnlyList<FollowItem> ListFollowItems(string source, FollowItemState state)
    {
        using var cmd = Command(
            $"SELECT {ItemColumns} FROM follow_items" +
            " WHERE source = @source AND state = @state ORDER BY first_seen, item_key");
        Bind(cmd, "source", source);
        Bind(cmd, "state", state.ToString().ToLowerInvariant());
        return Read(cmd, ReadFollowItem);
    }

    public void SaveFollowItems(IReadOnlyList<FollowItem> items) => Write(tx =>
    {
        string upsert = UpsertSql("follow_items", ItemColumns, "source, item_key");
        using var rows = Statements(tx);
        foreach (var i in items)
            rows.Add(upsert, ("source", i.Source), ("item_key", i.Key), ("link", i.Link), ("title", i.Title),
                ("published", OptionalDate(i.Published)), ("author", i.Author), ("article_id", i.ArticleId),
                ("first_seen", ArticleCodec.EncodeDate(i.FirstSeen)), ("state", i.State.ToString().ToLowerInvariant()),
                ("failures", i.Failures), ("reason", i.Reason));
        rows.Execute();
    });

    /// <summary>An INSERT of every column, bound as @column, that overwrites the row with the same key.</summary>
    private static string UpsertSql(string table, string columns, string key)
    {
        var names = columns.Split(", ");
        var keyNames = key.Split(", ");
        return $"""
            INSERT INTO {table} ({columns}) VALUES ({string.Join(", ", names.Select(c => "@" + c))})
            ON CONFLICT ({key}) DO UPDATE SET
                {string.Join(", ", names.Except(keyNames).Select(c => $"{c} = excluded.{c}"))}
            """;
    }

    private static string? OptionalDate(DateTimeOffset? date) => date is null ? null : ArticleCodec.EncodeDate(date);

    private static FollowSource ReadFollowSource(DbDataReader r) => new(
        r.GetString(0), r.GetString(1), Str(r, 2), Str(r, 3), ArticleCodec.DecodeDate(Str(r, 4)),
        r.IsDBNull(5) ? null : Convert.ToInt32(r.GetValue(5), CultureInfo.InvariantCulture),
        ArticleCodec.DecodeDate(Str(r, 6)), Convert.ToInt32(r.GetValue(7), CultureInfo.InvariantCulture), Str(r, 8));

    private static FollowItem ReadFollowItem(DbDataReader r) => new(
        r.GetString(0), r.GetString(1), r.GetString(2), Str(r, 3), ArticleCodec.DecodeDate(Str(r, 4)), Str(r, 5),
        Str(r, 6),
        ArticleCodec.DecodeDate(r.GetString(7))!.Value, Enum.Parse<FollowItemState>(r.GetString(8), ignoreCase: true),
        Convert.ToInt32(r.GetValue(9), CultureInfo.InvariantCulture), Str(r, 10));
}

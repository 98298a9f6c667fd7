using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using Corroborate.Core.Entities.Resolution;
using Corroborate.Core.Store;

namespace Corroborate.Storage;

/// <summary>The entity-resolution tables (migrations 003 and 009), in SQL both backends share.</summary>
public abstract partial class SqlStore : IEntityStore
{
    private sealed record StoredMention(int Start, int End, string Text);

    public void SaveLocalEntities(IReadOnlyList<(string ArticleId, IReadOnlyList<LocalEntity> Entities)> articles) => Write(tx =>
    {
        using var rows = Statements(tx);
        foreach (var (articleId, entities) in articles)
        {
            rows.Add("DELETE FROM local_entity_keys WHERE article_id = @article", ("article", articleId));
            rows.Add("DELETE FROM local_entities WHERE article_id = @article", ("article", articleId));
            for (int i = 0; i < entities.Count; i++)
            {
                var e = entities[i];
                rows.Add("INSERT INTO local_entities (article_id, ordinal, type, mentions, acronyms, expansion) VALUES (@article, @ordinal, @type, @mentions, @acronyms, @expansion)",
                    ("article", articleId), ("ordinal", i), ("type", e.Type),
                    ("mentions", JsonSerializer.Serialize(e.Mentions.Select(m => new StoredMention(m.Start, m.End, m.Text)))),
                    ("acronyms", JsonSerializer.Serialize(e.Acronyms)), ("expansion", e.Expansion));
            }
        }
        rows.Execute();
    });

    public void IndexLocalEntities(IReadOnlyList<StoredLocalEntity> locals) => Write(tx =>
    {
        var rows = locals.SelectMany(l => new LocalEntityKeys(l.Local).Index().Distinct().Select(key => (key, l.Local.ArticleId, l.Ordinal))).ToList();
        // All rows in one statement: a statement per row cost more than the rest of the stage.
        using var insert = Command($"INSERT INTO local_entity_keys (lookup_key, article_id, ordinal) {KeyRowsSql("rows")}", tx);
        BindKeyRows(insert, "rows", rows);
        insert.ExecuteNonQuery();
    });

    /// <summary>Per-article entities with their position (article order, then ordinal) and entity; the FROM clause joins l, a and e.</summary>
    private const string LocalColumns = """
        CAST(a.seq AS BIGINT) * 1048576 + l.ordinal, l.ordinal, l.entity_id, e.type, l.article_id, l.type, l.mentions, l.acronyms, l.expansion
        FROM local_entities l JOIN articles a ON a.id = l.article_id LEFT JOIN entities e ON e.id = l.entity_id
        """;

    private static StoredLocalEntity ReadLocal(DbDataReader r, int from)
    {
        string article = r.GetString(from + 4);
        var mentions = JsonSerializer.Deserialize<List<StoredMention>>(r.GetString(from + 6))!.Select(m => new MentionRef(article, m.Start, m.End, m.Text)).ToList();
        var local = new LocalEntity(article, r.GetString(from + 5), mentions, JsonSerializer.Deserialize<List<string>>(r.GetString(from + 7))!, Str(r, from + 8));
        return new StoredLocalEntity(Convert.ToInt64(r.GetValue(from), CultureInfo.InvariantCulture), Int(r, from + 1), Str(r, from + 2), Str(r, from + 3), local);
    }

    public IReadOnlyList<StoredLocalEntity> LoadUnresolvedLocalEntities()
    {
        using var cmd = Command($"SELECT {LocalColumns} WHERE l.entity_id IS NULL ORDER BY a.seq, l.ordinal");
        return Read(cmd, r => ReadLocal(r, 0));
    }

    public IReadOnlyList<(string Key, StoredLocalEntity Local)> FindResolvedLocalEntities(IReadOnlyCollection<string> keys)
    {
        using var cmd = Command($"""
            SELECT k.lookup_key, {LocalColumns} JOIN local_entity_keys k ON k.article_id = l.article_id AND k.ordinal = l.ordinal
            WHERE k.lookup_key IN {IdListSql("keys")} AND l.entity_id IS NOT NULL
            """);
        BindIdList(cmd, "keys", keys);
        return Read(cmd, r => (r.GetString(0), ReadLocal(r, 1)));
    }

    public IReadOnlyList<StoredLocalEntity> LoadEntityMembers(IReadOnlyCollection<string> entityIds)
    {
        using var cmd = Command($"SELECT {LocalColumns} WHERE l.entity_id IN {IdListSql("ids")}");
        BindIdList(cmd, "ids", entityIds);
        return Read(cmd, r => ReadLocal(r, 0));
    }

    public IReadOnlySet<string> EntityIdsOfArticles(IReadOnlyCollection<string> articleIds)
    {
        using var cmd = Command($"SELECT DISTINCT entity_id FROM entity_mentions WHERE article_id IN {IdListSql("ids")}");
        BindIdList(cmd, "ids", articleIds);
        return Read(cmd, r => r.GetString(0)).ToHashSet(StringComparer.Ordinal);
    }

    public IReadOnlySet<string> ExistingEntityIds(IReadOnlyCollection<string> ids)
    {
        using var cmd = Command($"SELECT id FROM entities WHERE id IN {IdListSql("ids")}");
        BindIdList(cmd, "ids", ids);
        return Read(cmd, r => r.GetString(0)).ToHashSet(StringComparer.Ordinal);
    }

    public void ReplaceEntities(IReadOnlyCollection<string> removedIds, IReadOnlyList<PlacedEntity> entities) => Write(tx =>
    {
        using (var remove = Command($"DELETE FROM entity_mentions WHERE entity_id IN {IdListSql("ids")}; DELETE FROM entities WHERE id IN {IdListSql("ids")}", tx))
        {
            BindIdList(remove, "ids", removedIds);
            remove.ExecuteNonQuery();
        }
        using var rows = Statements(tx);
        foreach (var (e, seq, members) in entities)
        {
            rows.Add("INSERT INTO entities (id, seq, canonical, type, variants) VALUES (@id, @seq, @canonical, @type, @variants)",
                ("id", e.Id), ("seq", seq), ("canonical", e.Canonical), ("type", e.Type), ("variants", JsonSerializer.Serialize(e.Variants)));
            for (int k = 0; k < e.Mentions.Count; k++)
            {
                var m = e.Mentions[k];
                rows.Add("INSERT INTO entity_mentions (entity_id, seq, article_id, start_offset, end_offset, text) VALUES (@entity, @seq, @article, @start, @end, @text)",
                    ("entity", e.Id), ("seq", k), ("article", m.ArticleId), ("start", m.Start), ("end", m.End), ("text", m.Text));
            }
            foreach (var (articleId, ordinal) in members)
                rows.Add("UPDATE local_entities SET entity_id = @entity WHERE article_id = @article AND ordinal = @ordinal",
                    ("entity", e.Id), ("article", articleId), ("ordinal", ordinal));
        }
        rows.Execute();
    });

    public IReadOnlyList<ResolvedEntity> ListEntities()
    {
        using var mentionsCmd = Command("SELECT entity_id, article_id, start_offset, end_offset, text FROM entity_mentions ORDER BY entity_id, seq");
        var mentions = ReadMentions(mentionsCmd);
        using var cmd = Command("SELECT id, canonical, type, variants FROM entities ORDER BY seq");
        return ReadEntities(cmd, mentions);
    }

    public IReadOnlyList<ResolvedEntity> ListEntitiesMentionedIn(IReadOnlyCollection<string> articleIds)
    {
        if (articleIds.Count == 0) return [];
        using var mentionsCmd = Command($"SELECT entity_id, article_id, start_offset, end_offset, text FROM entity_mentions WHERE article_id IN {IdListSql("ids")} ORDER BY entity_id, seq");
        BindIdList(mentionsCmd, "ids", articleIds);
        var mentions = ReadMentions(mentionsCmd);
        using var cmd = Command($"SELECT id, canonical, type, variants FROM entities WHERE id IN (SELECT entity_id FROM entity_mentions WHERE article_id IN {IdListSql("ids")}) ORDER BY seq");
        BindIdList(cmd, "ids", articleIds);
        return ReadEntities(cmd, mentions);
    }

    private static Dictionary<string, List<MentionRef>> ReadMentions(DbCommand cmd) =>
        Read(cmd, r => (Entity: r.GetString(0), Mention: new MentionRef(r.GetString(1), Int(r, 2), Int(r, 3), r.GetString(4))))
            .GroupBy(m => m.Entity).ToDictionary(g => g.Key, g => g.Select(m => m.Mention).ToList());

    private static List<ResolvedEntity> ReadEntities(DbCommand cmd, Dictionary<string, List<MentionRef>> mentions) =>
        Read(cmd, r => new ResolvedEntity(r.GetString(0), r.GetString(1), r.GetString(2),
            JsonSerializer.Deserialize<List<string>>(r.GetString(3))!, mentions.GetValueOrDefault(r.GetString(0)) ?? []));

    private static int Int(DbDataReader r, int i) => Convert.ToInt32(r.GetValue(i), System.Globalization.CultureInfo.InvariantCulture);
}

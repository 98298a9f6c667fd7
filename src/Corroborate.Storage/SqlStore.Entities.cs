using System.Data.Common;
using System.Text.Json;
using Corroborate.Core.Entities.Resolution;
using Corroborate.Core.Store;

namespace Corroborate.Storage;

/// <summary>The entity-resolution tables (migration 003), in SQL both backends share.</summary>
public abstract partial class SqlStore : IEntityStore
{
    private sealed record StoredMention(int Start, int End, string Text);

    public void SaveLocalEntities(IReadOnlyList<(string ArticleId, IReadOnlyList<LocalEntity> Entities)> articles) => Write(tx =>
    {
        using var delete = Command("DELETE FROM local_entities WHERE article_id = @article", tx);
        using var insert = Command("INSERT INTO local_entities (article_id, ordinal, type, mentions, acronyms, expansion) VALUES (@article, @ordinal, @type, @mentions, @acronyms, @expansion)", tx);
        foreach (var (articleId, entities) in articles)
        {
            delete.Parameters.Clear();
            Bind(delete, "article", articleId);
            delete.ExecuteNonQuery();
            for (int i = 0; i < entities.Count; i++)
            {
                var e = entities[i];
                insert.Parameters.Clear();
                Bind(insert, "article", articleId);
                Bind(insert, "ordinal", i);
                Bind(insert, "type", e.Type);
                Bind(insert, "mentions", JsonSerializer.Serialize(e.Mentions.Select(m => new StoredMention(m.Start, m.End, m.Text))));
                Bind(insert, "acronyms", JsonSerializer.Serialize(e.Acronyms));
                Bind(insert, "expansion", e.Expansion);
                insert.ExecuteNonQuery();
            }
        }
    });

    public IReadOnlyList<LocalEntity> LoadLocalEntities()
    {
        using var cmd = Command("""
            SELECT l.article_id, l.type, l.mentions, l.acronyms, l.expansion FROM local_entities l
            JOIN articles a ON a.id = l.article_id ORDER BY a.seq, l.ordinal
            """);
        return Read(cmd, r =>
        {
            string article = r.GetString(0);
            var mentions = JsonSerializer.Deserialize<List<StoredMention>>(r.GetString(2))!.Select(m => new MentionRef(article, m.Start, m.End, m.Text)).ToList();
            return new LocalEntity(article, r.GetString(1), mentions, JsonSerializer.Deserialize<List<string>>(r.GetString(3))!, Str(r, 4));
        });
    }

    public void ReplaceEntities(IReadOnlyList<ResolvedEntity> entities) => Write(tx =>
    {
        using (var clear = Command("DELETE FROM entity_mentions; DELETE FROM entities;", tx)) clear.ExecuteNonQuery();
        using var entity = Command("INSERT INTO entities (id, seq, canonical, type, variants) VALUES (@id, @seq, @canonical, @type, @variants)", tx);
        using var mention = Command("INSERT INTO entity_mentions (entity_id, seq, article_id, start_offset, end_offset, text) VALUES (@entity, @seq, @article, @start, @end, @text)", tx);
        for (int i = 0; i < entities.Count; i++)
        {
            var e = entities[i];
            entity.Parameters.Clear();
            Bind(entity, "id", e.Id);
            Bind(entity, "seq", i);
            Bind(entity, "canonical", e.Canonical);
            Bind(entity, "type", e.Type);
            Bind(entity, "variants", JsonSerializer.Serialize(e.Variants));
            entity.ExecuteNonQuery();
            for (int k = 0; k < e.Mentions.Count; k++)
            {
                var m = e.Mentions[k];
                mention.Parameters.Clear();
                Bind(mention, "entity", e.Id);
                Bind(mention, "seq", k);
                Bind(mention, "article", m.ArticleId);
                Bind(mention, "start", m.Start);
                Bind(mention, "end", m.End);
                Bind(mention, "text", m.Text);
                mention.ExecuteNonQuery();
            }
        }
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

using System.Data.Common;
using System.Globalization;

namespace Corroborate.Tests.Faults;

/// <summary>What a corpus run left in the store, in a form two runs can be compared by.</summary>
public sealed record StoreOutcome(
    IReadOnlyDictionary<string, string> ArticleTexts,
    IReadOnlyList<string> EntityIds,
    IReadOnlyList<string> CopyPairs,
    IReadOnlyList<string> StoryGroups);

/// <summary>
/// Reads a store with plain SQL (the same in both dialects) and lists every way its tables disagree with each
/// other. The rules follow from the schema and the order of the corpus stages (provenance, then stories, then
/// entities), each saved in one transaction: a table never refers to a row another table lacks, and the story
/// stage's counters match its assignments.
/// </summary>
public static class StoreInspector
{
    /// <summary>Each rule as a query counting the rows that break it.</summary>
    private static readonly (string Rule, string CountSql)[] Rules =
    [
        ("a fingerprint of a missing article",
            "SELECT COUNT(*) FROM provenance_fingerprints f WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.seq = f.seq)"),
        ("an LSH bucket row without its fingerprint",
            "SELECT COUNT(*) FROM provenance_buckets b WHERE NOT EXISTS (SELECT 1 FROM provenance_fingerprints f WHERE f.seq = b.seq)"),
        ("a copied pair with an article missing or not fingerprinted",
            """
            SELECT COUNT(*) FROM provenance_copies c WHERE
                NOT EXISTS (SELECT 1 FROM articles a JOIN provenance_fingerprints f ON f.seq = a.seq WHERE a.id = c.a) OR
                NOT EXISTS (SELECT 1 FROM articles a JOIN provenance_fingerprints f ON f.seq = a.seq WHERE a.id = c.b)
            """),
        ("a story assignment of a missing article",
            "SELECT COUNT(*) FROM story_assignments s WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = s.article_id)"),
        ("an article with a story but no fingerprint (the story stage runs after provenance)",
            "SELECT COUNT(*) FROM story_assignments s JOIN articles a ON a.id = s.article_id WHERE NOT EXISTS (SELECT 1 FROM provenance_fingerprints f WHERE f.seq = a.seq)"),
        ("an assignment to a missing story",
            "SELECT COUNT(*) FROM story_assignments s WHERE NOT EXISTS (SELECT 1 FROM stories st WHERE st.id = s.story_id)"),
        ("a story of a missing topic",
            "SELECT COUNT(*) FROM stories st WHERE NOT EXISTS (SELECT 1 FROM topics t WHERE t.id = st.topic)"),
        ("a story merged into a missing story",
            "SELECT COUNT(*) FROM stories st WHERE st.merged_into IS NOT NULL AND NOT EXISTS (SELECT 1 FROM stories m WHERE m.id = st.merged_into)"),
        ("a story-stage counter that differs from the number of assignments",
            "SELECT COUNT(*) FROM story_state WHERE key IN ('documents', 'stories.items', 'topics.items') AND CAST(value AS BIGINT) <> (SELECT COUNT(*) FROM story_assignments)"),
        ("topic sizes that do not add up to the assignments",
            "SELECT COUNT(*) FROM story_state WHERE key = 'documents' AND (SELECT COALESCE(SUM(article_count), 0) FROM topics) <> (SELECT COUNT(*) FROM story_assignments)"),
        ("sizes of unmerged stories that do not add up to the assignments",
            "SELECT COUNT(*) FROM story_state WHERE key = 'documents' AND (SELECT COALESCE(SUM(article_count), 0) FROM stories WHERE merged_into IS NULL) <> (SELECT COUNT(*) FROM story_assignments)"),
        ("local entities of a missing article",
            "SELECT COUNT(*) FROM local_entities l WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = l.article_id)"),
        ("local entities of an article without a story (the entity stage runs after the story stage)",
            "SELECT COUNT(*) FROM local_entities l WHERE NOT EXISTS (SELECT 1 FROM story_assignments s WHERE s.article_id = l.article_id)"),
        ("a mention of a missing entity",
            "SELECT COUNT(*) FROM entity_mentions m WHERE NOT EXISTS (SELECT 1 FROM entities e WHERE e.id = m.entity_id)"),
        // Entities saved by a batch wait, unresolved, for the end of the run (or the next run after a kill); one
        // recorded as resolved must have its canonical mentions.
        ("an article whose entities were recorded as resolved but have no canonical mention",
            "SELECT COUNT(DISTINCT l.article_id) FROM local_entities l WHERE l.entity_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM entity_mentions m WHERE m.article_id = l.article_id)"),
        ("a canonical mention in an article without local entities",
            "SELECT COUNT(*) FROM entity_mentions m WHERE NOT EXISTS (SELECT 1 FROM local_entities l WHERE l.article_id = m.article_id)"),
    ];

    /// <summary>Every broken rule with its count of rows; empty when the store is consistent.</summary>
    public static List<string> Inconsistencies(FaultDatabase database)
    {
        using var c = database.OpenConnection();
        if (!HasSchema(c)) return [];
        var problems = new List<string>();
        if (database.IsSqlite) problems.AddRange(SqliteChecks(c));
        foreach (var (rule, sql) in Rules)
        {
            long rows = Count(c, sql);
            if (rows > 0) problems.Add($"{rule}: {rows} rows");
        }
        return problems;
    }

    /// <summary>SQLite's own checks: the file's structure, the foreign keys and the full-text index against the articles.</summary>
    private static IEnumerable<string> SqliteChecks(DbConnection c)
    {
        var integrity = Strings(c, "PRAGMA integrity_check");
        if (integrity is not ["ok"]) yield return "integrity_check: " + string.Join("; ", integrity);
        var foreignKeys = Strings(c, "PRAGMA foreign_key_check");
        if (foreignKeys.Count > 0) yield return "foreign_key_check: " + string.Join("; ", foreignKeys);
        string? fts = null;
        try { Execute(c, "INSERT INTO articles_fts (articles_fts) VALUES ('integrity-check')"); }
        catch (DbException e) { fts = "full-text index: " + e.Message; }
        if (fts is not null) yield return fts;
    }

    /// <summary>Each stored article's id and text; empty before the schema exists.</summary>
    public static Dictionary<string, string> ArticleTexts(FaultDatabase database)
    {
        using var c = database.OpenConnection();
        return HasSchema(c) ? Pairs(c, "SELECT id, text FROM articles") : [];
    }

    public static long ArticleCount(FaultDatabase database)
    {
        using var c = database.OpenConnection();
        return HasSchema(c) ? Count(c, "SELECT COUNT(*) FROM articles") : 0;
    }

    public static StoreOutcome Outcome(FaultDatabase database)
    {
        using var c = database.OpenConnection();
        return new StoreOutcome(
            Pairs(c, "SELECT id, text FROM articles"),
            Strings(c, "SELECT id FROM entities ORDER BY seq"),
            // Unordered pairs: which article of a pair counts as the earlier follows ingest order, which concurrent writers change.
            Strings(c, "SELECT a, b FROM provenance_copies").Select(pair => string.Join(' ', pair.Split(' ').Order(StringComparer.Ordinal))).Order(StringComparer.Ordinal).ToList(),
            Pairs(c, "SELECT article_id, story_id FROM story_assignments")
                .GroupBy(kv => kv.Value, kv => kv.Key)
                .Select(g => string.Join(' ', g.Order(StringComparer.Ordinal)))
                .Order(StringComparer.Ordinal).ToList());
    }

    /// <summary>How many stored articles lack a fingerprint, a story: both zero once the corpus stages caught up.</summary>
    public static (long Unfingerprinted, long Unassigned) StagesBehind(FaultDatabase database)
    {
        using var c = database.OpenConnection();
        return (Count(c, "SELECT COUNT(*) FROM articles a WHERE NOT EXISTS (SELECT 1 FROM provenance_fingerprints f WHERE f.seq = a.seq)"),
                Count(c, "SELECT COUNT(*) FROM articles a WHERE NOT EXISTS (SELECT 1 FROM story_assignments s WHERE s.article_id = a.id)"));
    }

    /// <summary>The last migration creates the last table; before it commits the store is simply empty.</summary>
    private static bool HasSchema(DbConnection c)
    {
        try { return Count(c, "SELECT COUNT(*) FROM schema_migrations WHERE version = 7") > 0; }
        catch (DbException) { return false; }
    }

    private static long Count(DbConnection c, string sql)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        return Convert.ToInt64(cmd.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private static void Execute(DbConnection c, string sql)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }

    /// <summary>Each row's columns joined by spaces.</summary>
    private static List<string> Strings(DbConnection c, string sql)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        using var r = cmd.ExecuteReader();
        var rows = new List<string>();
        while (r.Read())
            rows.Add(string.Join(' ', Enumerable.Range(0, r.FieldCount).Select(i => Convert.ToString(r.GetValue(i), CultureInfo.InvariantCulture))));
        return rows;
    }

    private static Dictionary<string, string> Pairs(DbConnection c, string sql)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        using var r = cmd.ExecuteReader();
        var pairs = new Dictionary<string, string>();
        while (r.Read()) pairs.Add(r.GetString(0), Convert.ToString(r.GetValue(1), CultureInfo.InvariantCulture)!);
        return pairs;
    }
}

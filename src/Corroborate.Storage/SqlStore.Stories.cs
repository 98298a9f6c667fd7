using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using Corroborate.Core.Store;
using Corroborate.Core.Stories;

namespace Corroborate.Storage;

/// <summary>The story stage's tables (migration 004), in SQL both backends share.</summary>
public abstract partial class SqlStore : IStoryStore
{
    private const string ClusterColumns = "id, article_count, first_seen, last_seen, last_day, last_item, key_terms, centroid";
    private const string StoryColumns = "topic, title, title_score";

    public IReadOnlyList<ArticleSummary> ListUnassignedArticles()
    {
        using var cmd = Command("""
            SELECT a.id, a.source, a.title, a.published, a.language, a.path, length(a.text)
            FROM articles a LEFT JOIN story_assignments s ON s.article_id = a.id
            WHERE s.article_id IS NULL ORDER BY a.seq
            """);
        return Read(cmd, r => new ArticleSummary(r.GetString(0), Str(r, 1), Str(r, 2), ArticleCodec.DecodeDate(Str(r, 3)), Str(r, 4), Str(r, 5), Int(r, 6)));
    }

    public StoryIndexState LoadStoryIndex(StoryOptions options)
    {
        using var stateCmd = Command("SELECT key, value FROM story_state");
        var state = Read(stateCmd, r => (r.GetString(0), r.GetString(1))).ToDictionary(kv => kv.Item1, kv => kv.Item2);
        using var terms = Command("SELECT term, df FROM story_terms");
        var frequencies = Read(terms, r => (r.GetString(0), Int(r, 1)));
        return new StoryIndexState(
            state.TryGetValue("documents", out var d) ? long.Parse(d, CultureInfo.InvariantCulture) : 0,
            frequencies,
            LoadLevel("stories", state, options.Stories),
            LoadLevel("topics", state, options.Topics));
    }

    private LevelState LoadLevel(string table, Dictionary<string, string> state, ClusterLevelOptions level)
    {
        int next = state.TryGetValue($"{table}.next", out var n) ? int.Parse(n, CultureInfo.InvariantCulture) : 1;
        long items = state.TryGetValue($"{table}.items", out var i) ? long.Parse(i, CultureInfo.InvariantCulture) : 0;
        var latest = ArticleCodec.DecodeDate(state.GetValueOrDefault($"{table}.latest"));
        bool isStory = table == "stories";
        // The expiry rule of OnlineClusterer.IsExpired, so that only clusters still reachable are loaded.
        using var cmd = Command($"""
            SELECT {ClusterColumns}{(isStory ? ", " + StoryColumns : "")} FROM {table}
            WHERE last_item >= @minItem{(isStory ? " AND merged_into IS NULL" : "")}
            {(latest is null ? "" : "AND (last_day IS NULL OR last_day >= @minDay)")}
            ORDER BY id
            """);
        Bind(cmd, "minItem", items - level.ExpiryItems);
        if (latest is { } l) Bind(cmd, "minDay", DayNumber(l) - level.ExpiryDays);
        var clusters = Read(cmd, r => new ClusterState(
            Int(r, 0), isStory ? Int(r, 8) : 0, Int(r, 1), ArticleCodec.DecodeDate(Str(r, 2)), ArticleCodec.DecodeDate(Str(r, 3)),
            Convert.ToInt64(r.GetValue(5), CultureInfo.InvariantCulture), isStory ? Str(r, 9) : null,
            isStory ? Convert.ToDouble(r.GetValue(10), CultureInfo.InvariantCulture) : 0,
            JsonSerializer.Deserialize<List<string>>(r.GetString(6))!,
            JsonSerializer.Deserialize<Dictionary<string, float>>(r.GetString(7))!.Select(kv => new TermWeight(kv.Key, kv.Value)).ToList()));
        return new LevelState(next, items, latest, clusters);
    }

    public void SaveStoryIndex(StoryIndexState changes, IReadOnlyList<StoryAssignment> assignments, IReadOnlyList<StoryMerge> merges) => Write(tx =>
    {
        using var rows = Statements(tx);
        var state = new Dictionary<string, string> { ["documents"] = changes.Documents.ToString(CultureInfo.InvariantCulture) };
        foreach (var (table, level) in new[] { ("stories", changes.Stories), ("topics", changes.Topics) })
        {
            state[$"{table}.next"] = level.NextId.ToString(CultureInfo.InvariantCulture);
            state[$"{table}.items"] = level.Items.ToString(CultureInfo.InvariantCulture);
            state[$"{table}.latest"] = ArticleCodec.EncodeDate(level.Latest);
            foreach (var c in level.Clusters) UpsertCluster(table, c, rows);
        }
        foreach (var (key, value) in state)
            rows.Add("INSERT INTO story_state (key, value) VALUES (@k, @v) ON CONFLICT (key) DO UPDATE SET value = excluded.value", ("k", key), ("v", value));
        foreach (var (term, df) in changes.DocumentFrequencies)
            rows.Add("INSERT INTO story_terms (term, df) VALUES (@t, @df) ON CONFLICT (term) DO UPDATE SET df = excluded.df", ("t", term), ("df", df));
        foreach (var a in assignments)
            rows.Add("INSERT INTO story_assignments (article_id, story_id, similarity) VALUES (@a, @s, @sim)", ("a", a.ArticleId), ("s", a.Story), ("sim", a.Similarity));
        foreach (var m in merges)
        {
            rows.Add("INSERT INTO story_merges (into_story, from_story, article_id, similarity) VALUES (@i, @f, @a, @sim)", ("i", m.Into), ("f", m.From), ("a", m.ArticleId), ("sim", m.Similarity));
            rows.Add("UPDATE story_assignments SET story_id = @i WHERE story_id = @f", ("i", m.Into), ("f", m.From));
            rows.Add("UPDATE stories SET merged_into = @i WHERE id = @f", ("i", m.Into), ("f", m.From));
        }
        rows.Execute();
    });

    private static void UpsertCluster(string table, ClusterState c, StatementBatch rows)
    {
        bool isStory = table == "stories";
        var columns = ClusterColumns.Split(", ").Concat(isStory ? StoryColumns.Split(", ") : []).ToList();
        var values = new List<(string, object?)>
        {
            ("id", c.Id), ("article_count", c.Count),
            ("first_seen", c.FirstSeen is null ? null : ArticleCodec.EncodeDate(c.FirstSeen)),
            ("last_seen", c.LastSeen is null ? null : ArticleCodec.EncodeDate(c.LastSeen)),
            ("last_day", c.LastSeen is { } l ? DayNumber(l) : null), ("last_item", c.LastItem),
            ("key_terms", JsonSerializer.Serialize(c.KeyTerms)),
            ("centroid", JsonSerializer.Serialize(c.Centroid.ToDictionary(t => t.Term, t => t.Weight))),
        };
        if (isStory) values.AddRange([("topic", c.Parent), ("title", c.Title), ("title_score", c.TitleScore)]);
        rows.Add($"""
            INSERT INTO {table} ({string.Join(", ", columns)}) VALUES ({string.Join(", ", columns.Select(col => "@" + col))})
            ON CONFLICT (id) DO UPDATE SET {string.Join(", ", columns.Skip(1).Select(col => $"{col} = excluded.{col}"))}
            """, values.ToArray());
    }

    private const string ArticleStoriesSql = """
        SELECT a.id, a.path, a.url, a.source, a.published, s.story_id, st.topic
        FROM articles a LEFT JOIN story_assignments s ON s.article_id = a.id LEFT JOIN stories st ON st.id = s.story_id
        """;

    public IReadOnlyList<ArticleStory> ListArticleStories() => ReadArticleStories(Command(ArticleStoriesSql + " ORDER BY a.seq"));

    public IReadOnlyList<ArticleStory> ListArticleStories(IReadOnlyCollection<string> articleIds)
    {
        if (articleIds.Count == 0) return [];
        var cmd = Command($"{ArticleStoriesSql} WHERE a.id IN {IdListSql("ids")} ORDER BY a.seq");
        BindIdList(cmd, "ids", articleIds);
        return ReadArticleStories(cmd);
    }

    private static List<ArticleStory> ReadArticleStories(DbCommand command)
    {
        using var cmd = command;
        return Read(cmd, r => new ArticleStory(r.GetString(0), Str(r, 1), Str(r, 2), Str(r, 3), ArticleCodec.DecodeDate(Str(r, 4)),
            r.IsDBNull(5) ? null : Int(r, 5), r.IsDBNull(6) ? null : Int(r, 6)));
    }

    public IReadOnlyList<string> ListStoryMembers(int story)
    {
        using var cmd = Command("SELECT a.id FROM story_assignments s JOIN articles a ON a.id = s.article_id WHERE s.story_id = @story ORDER BY a.seq");
        Bind(cmd, "story", story);
        return Read(cmd, r => r.GetString(0));
    }

    public IReadOnlyList<StoryRecord> ListStories()
    {
        using var cmd = Command("SELECT id, topic, title, key_terms, first_seen, last_seen, article_count FROM stories WHERE merged_into IS NULL ORDER BY id");
        return Read(cmd, r => new StoryRecord(Int(r, 0), Int(r, 1), Str(r, 2), JsonSerializer.Deserialize<List<string>>(r.GetString(3))!,
            ArticleCodec.DecodeDate(Str(r, 4)), ArticleCodec.DecodeDate(Str(r, 5)), Int(r, 6)));
    }

    public IReadOnlyList<StoryMerge> ListStoryMerges()
    {
        using var cmd = Command("SELECT into_story, from_story, article_id, similarity FROM story_merges ORDER BY seq");
        return Read(cmd, r => new StoryMerge(Int(r, 0), Int(r, 1), r.GetString(2), Convert.ToDouble(r.GetValue(3), CultureInfo.InvariantCulture)));
    }

    private static double DayNumber(DateTimeOffset d) => d.UtcTicks / (double)TimeSpan.TicksPerDay;
}

using System.Globalization;
using Corroborate.Core.Changes;

namespace Corroborate.Storage;

/// <summary>
/// The change records of stories and the snapshots they are computed against (migration 012), as JSON text.
/// </summary>
public abstract partial class SqlStore
{
    public IReadOnlyDictionary<int, StorySnapshot> GetStorySnapshots(IReadOnlyCollection<int> stories)
    {
        if (stories.Count == 0) return new Dictionary<int, StorySnapshot>();
        // Story ids are integers, written into the statement as such.
        string list = string.Join(", ", stories.Select(s => s.ToString(CultureInfo.InvariantCulture)));
        using var cmd = Command($"SELECT snapshot FROM story_snapshots WHERE story IN ({list})");
        return Read(cmd, r => StoryChangeJson.Decode<StorySnapshot>(r.GetString(0))).ToDictionary(s => s.Story);
    }

    public IReadOnlyList<StoryChange> SaveStoryChanges(
        IReadOnlyList<StorySnapshot> snapshots, IReadOnlyList<StoryChange> changes) => Write(tx =>
    {
        using var rows = Statements(tx);
        string updated = Utc(DateTimeOffset.UtcNow);
        foreach (var s in snapshots)
            rows.Add("""
                INSERT INTO story_snapshots (story, snapshot, updated) VALUES (@story, @snapshot, @updated)
                ON CONFLICT (story) DO UPDATE SET snapshot = excluded.snapshot, updated = excluded.updated
                """, ("story", s.Story), ("snapshot", StoryChangeJson.Encode(s)), ("updated", updated));
        rows.Execute();
        var saved = new List<StoryChange>();
        foreach (var c in changes)
        {
            using var insert = Command("""
                INSERT INTO story_changes (story, recorded, record) VALUES (@story, @recorded, @record) RETURNING id
                """, tx);
            Bind(insert, "story", c.Story);
            Bind(insert, "recorded", Utc(c.Recorded));
            Bind(insert, "record", StoryChangeJson.Encode(c with { Id = 0 }));
            saved.Add(c with { Id = Convert.ToInt64(insert.ExecuteScalar(), CultureInfo.InvariantCulture) });
        }
        return (IReadOnlyList<StoryChange>)saved;
    });

    public IReadOnlyList<StoryChange> ListStoryChanges(int? story, DateTimeOffset? since, int limit)
    {
        var filters = new List<string>();
        if (story is not null) filters.Add("story = @story");
        if (since is not null) filters.Add("recorded >= @since");
        string where = filters.Count > 0 ? "WHERE " + string.Join(" AND ", filters) : "";
        using var cmd = Command($"SELECT id, record FROM story_changes {where} ORDER BY id DESC LIMIT @limit");
        if (story is { } one) Bind(cmd, "story", one);
        if (since is { } s) Bind(cmd, "since", Utc(s));
        Bind(cmd, "limit", limit);
        return Read(cmd, r => StoryChangeJson.Decode<StoryChange>(r.GetString(1))
            with { Id = Convert.ToInt64(r.GetValue(0), CultureInfo.InvariantCulture) });
    }

    /// <summary>UTC in ISO 8601 with a fixed width, so that the text sorts as the time does.</summary>
    private static string Utc(DateTimeOffset t) =>
        t.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);
}

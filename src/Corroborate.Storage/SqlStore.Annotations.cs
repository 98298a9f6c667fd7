using Corroborate.Core.Store;

namespace Corroborate.Storage;

/// <summary>The annotations table: one encoded value per article, replaced whole.</summary>
public abstract partial class SqlStore
{
    public void SaveAnnotations(IReadOnlyList<StoredAnnotations> annotations) => Write(tx =>
    {
        const string upsert = """
            INSERT INTO article_annotations (article_id, version, data) VALUES (@id, @version, @data)
            ON CONFLICT (article_id) DO UPDATE SET version = excluded.version, data = excluded.data
            WHERE article_annotations.version <> excluded.version
            """;
        using var rows = Statements(tx);
        foreach (var a in annotations) rows.Add(upsert, ("id", a.ArticleId), ("version", a.Version), ("data", a.Data));
        rows.Execute();
    });

    public IReadOnlyDictionary<string, byte[]> LoadAnnotations(IReadOnlyCollection<string> ids, string version)
    {
        if (ids.Count == 0) return new Dictionary<string, byte[]>();
        using var cmd = Command($"SELECT article_id, data FROM article_annotations WHERE version = @version AND article_id IN {IdListSql("ids")}");
        Bind(cmd, "version", version);
        BindIdList(cmd, "ids", ids);
        return Read(cmd, r => (Id: r.GetString(0), Data: (byte[])r.GetValue(1))).ToDictionary(r => r.Id, r => r.Data);
    }
}

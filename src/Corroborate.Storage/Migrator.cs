using System.Data.Common;
using System.Globalization;
using System.Reflection;

namespace Corroborate.Storage;

/// <summary>
/// Applies a backend's numbered migration scripts (embedded resources NNN_name.sql) in order, each once and
/// in its own transaction. A database newer than this build is refused rather than misread.
/// </summary>
internal static class Migrator
{
    public static void Apply(DbConnection c, string resourceFolder)
    {
        var migrations = Load(resourceFolder);
        Execute(c, "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL)", null);
        int current = CurrentVersion(c);
        int latest = migrations.Length == 0 ? 0 : migrations[^1].Version;
        if (current > latest)
            throw new StoreException($"the database has schema version {current}, newer than this build understands ({latest}); upgrade corroborate");
        foreach (var (version, name, sql) in migrations.Where(m => m.Version > current))
        {
            using var tx = c.BeginTransaction();
            Execute(c, sql, tx);
            using var record = c.CreateCommand();
            record.Transaction = tx;
            record.CommandText = $"INSERT INTO schema_migrations (version, name) VALUES ({version}, '{name}')";
            record.ExecuteNonQuery();
            tx.Commit();
        }
    }

    public static int CurrentVersion(DbConnection c)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = "SELECT COALESCE(MAX(version), 0) FROM schema_migrations";
        return Convert.ToInt32(cmd.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    internal static void Execute(DbConnection c, string sql, DbTransaction? tx)
    {
        using var cmd = c.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }

    private static (int Version, string Name, string Sql)[] Load(string resourceFolder)
    {
        var asm = Assembly.GetExecutingAssembly();
        string prefix = $"Corroborate.Storage.{resourceFolder}.Migrations.";
        return asm.GetManifestResourceNames()
            .Where(n => n.StartsWith(prefix, StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
            .Select(n =>
            {
                string file = n[prefix.Length..];
                using var reader = new StreamReader(asm.GetManifestResourceStream(n)!);
                return (int.Parse(file.Split('_')[0], CultureInfo.InvariantCulture), file, reader.ReadToEnd());
            })
            .OrderBy(m => m.Item1)
            .ToArray();
    }
}

using System.Data.Common;
using System.Globalization;
using System.Reflection;

namespace Corroborate.Storage;

/// <summary>
/// Applies a backend's numbered migration scripts (embedded resources NNN_name.sql) in order, each once and
/// in its own transaction. Every script not yet recorded is applied, not only those above the highest
/// version, because stages developed side by side number their tables independently. A database that
/// records a migration this build does not know is refused rather than misread.
/// </summary>
internal static class Migrator
{
    public static void Apply(DbConnection c, string resourceFolder)
    {
        var migrations = Load(resourceFolder);
        Execute(c, "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL)", null);
        var applied = AppliedVersions(c);
        var unknown = applied.Except(migrations.Select(m => m.Version)).ToList();
        if (unknown.Count > 0)
            throw new StoreException($"the database has schema migration {unknown.Max()}, which this build does not know; upgrade corroborate");
        foreach (var (version, name, sql) in migrations.Where(m => !applied.Contains(m.Version)))
        {
            using var tx = c.BeginTransaction();
            // Two processes opening a new SQLite file at once both see the migration missing; the second gets the
            // write lock after the first committed and must not run the script again ("table already exists").
            if (IsApplied(c, tx, version)) continue;
            Execute(c, sql, tx);
            using var record = c.CreateCommand();
            record.Transaction = tx;
            record.CommandText = $"INSERT INTO schema_migrations (version, name) VALUES ({version}, '{name}')";
            record.ExecuteNonQuery();
            tx.Commit();
        }
    }

    private static HashSet<int> AppliedVersions(DbConnection c)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = "SELECT version FROM schema_migrations";
        using var r = cmd.ExecuteReader();
        var versions = new HashSet<int>();
        while (r.Read()) versions.Add(Convert.ToInt32(r.GetValue(0), CultureInfo.InvariantCulture));
        return versions;
    }

    private static bool IsApplied(DbConnection c, DbTransaction tx, int version)
    {
        using var cmd = c.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = $"SELECT COUNT(*) FROM schema_migrations WHERE version = {version}";
        return Convert.ToInt64(cmd.ExecuteScalar(), CultureInfo.InvariantCulture) > 0;
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

using System.Reflection;
using Microsoft.Data.Sqlite;

namespace Corroborate.Storage.Sqlite;

/// <summary>
/// Applies the numbered scripts in Sqlite/Migrations in order, each once, each in its own transaction.
/// A database newer than this build is refused rather than misread.
/// </summary>
internal static class Migrator
{
    private static readonly (int Version, string Name, string Sql)[] Migrations = LoadMigrations();

    public static void Apply(SqliteConnection c)
    {
        SqliteStore.Execute(c, "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL)");
        int current = CurrentVersion(c);
        int latest = Migrations.Length == 0 ? 0 : Migrations[^1].Version;
        if (current > latest)
            throw new StoreException($"the database has schema version {current}, newer than this build understands ({latest}); upgrade corroborate");
        foreach (var (version, name, sql) in Migrations.Where(m => m.Version > current))
        {
            using var tx = c.BeginTransaction();
            SqliteStore.Execute(c, sql, tx);
            using var record = c.CreateCommand();
            record.Transaction = tx;
            record.CommandText = "INSERT INTO schema_migrations (version, name) VALUES ($v, $n)";
            record.Parameters.AddWithValue("$v", version);
            record.Parameters.AddWithValue("$n", name);
            record.ExecuteNonQuery();
            tx.Commit();
        }
    }

    public static int CurrentVersion(SqliteConnection c)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = "SELECT COALESCE(MAX(version), 0) FROM schema_migrations";
        return Convert.ToInt32(cmd.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static (int, string, string)[] LoadMigrations()
    {
        var asm = Assembly.GetExecutingAssembly();
        const string prefix = "Corroborate.Storage.Sqlite.Migrations.";
        return asm.GetManifestResourceNames()
            .Where(n => n.StartsWith(prefix, StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
            .Select(n =>
            {
                string file = n[prefix.Length..];
                using var reader = new StreamReader(asm.GetManifestResourceStream(n)!);
                return (int.Parse(file.Split('_')[0], System.Globalization.CultureInfo.InvariantCulture), file, reader.ReadToEnd());
            })
            .OrderBy(m => m.Item1)
            .ToArray();
    }
}

using System.Data.Common;
using Corroborate.Core.Store;
using Corroborate.Storage.Postgres;
using Corroborate.Storage.Sqlite;
using Corroborate.Tests.Storage;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Corroborate.Tests.Faults;

/// <summary>
/// A database of its own for one fault trial, which the CLI writes (through <see cref="CliArgument"/>) and the test
/// inspects with plain SQL: a SQLite file, or a PostgreSQL schema dropped afterwards.
/// </summary>
public abstract class FaultDatabase : IDisposable
{
    /// <summary>The --db value that reaches this database.</summary>
    public abstract string CliArgument { get; }

    public abstract bool IsSqlite { get; }

    public abstract DbConnection OpenConnection();

    public abstract IStore OpenStore();

    public abstract void Dispose();

    public static FaultDatabase Create(string backend, TempDir temp) =>
        backend == "sqlite" ? new SqliteFaultDatabase(temp.File($"{Guid.NewGuid():N}.db")) : new PostgresFaultDatabase();
}

public sealed class SqliteFaultDatabase(string file) : FaultDatabase
{
    public override string CliArgument => file;

    public override bool IsSqlite => true;

    public override DbConnection OpenConnection()
    {
        var c = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Pooling = false, DefaultTimeout = 30 }.ToString());
        c.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = "PRAGMA busy_timeout=30000";
        cmd.ExecuteNonQuery();
        return c;
    }

    public override IStore OpenStore() => SqliteStore.Open(file);

    public override void Dispose() { }
}

public sealed class PostgresFaultDatabase : FaultDatabase
{
    private readonly string _schema = "fault_" + Guid.NewGuid().ToString("N");
    private readonly NpgsqlConnectionStringBuilder _server = new(StoreBackends.PostgresConnection);

    public PostgresFaultDatabase() => Admin($"CREATE SCHEMA {_schema}");

    private string ConnectionString => new NpgsqlConnectionStringBuilder(_server.ConnectionString) { SearchPath = _schema }.ConnectionString;

    /// <summary>The postgres:// URL form the CLI takes, with the trial's schema as search_path.</summary>
    public override string CliArgument =>
        $"postgres://{Uri.EscapeDataString(_server.Username ?? "")}:{Uri.EscapeDataString(_server.Password ?? "")}@{_server.Host}:{_server.Port}/{Uri.EscapeDataString(_server.Database ?? "")}?search_path={_schema}";

    public override bool IsSqlite => false;

    public override DbConnection OpenConnection()
    {
        var c = new NpgsqlConnection(ConnectionString);
        c.Open();
        return c;
    }

    public override IStore OpenStore() => PostgresStore.Open(ConnectionString);

    private void Admin(string sql)
    {
        using var c = new NpgsqlConnection(_server.ConnectionString);
        c.Open();
        using var cmd = new NpgsqlCommand(sql, c);
        cmd.ExecuteNonQuery();
    }

    public override void Dispose() => Admin($"DROP SCHEMA IF EXISTS {_schema} CASCADE");
}

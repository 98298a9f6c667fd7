using Corroborate.Core.Store;
using Corroborate.Storage.Postgres;
using Corroborate.Storage.Sqlite;
using Npgsql;

namespace Corroborate.Tests.Storage;

/// <summary>
/// Fresh, empty stores of each backend for the shared store tests. PostgreSQL takes part when
/// CORROBORATE_TEST_POSTGRES holds a connection string (CI starts a server and sets it); each store gets
/// its own schema, dropped afterwards.
/// </summary>
public sealed class StoreBackends : IDisposable
{
    public const string PostgresVariable = "CORROBORATE_TEST_POSTGRES";

    public static string? PostgresConnection => Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } c ? c : null;

    public static TheoryData<string> Names
    {
        get
        {
            var names = new TheoryData<string> { "sqlite" };
            if (PostgresConnection is not null) names.Add("postgres");
            return names;
        }
    }

    private readonly TempDir _temp = new();
    private readonly List<string> _schemas = [];

    /// <summary>A store location: opening it twice reaches the same data.</summary>
    public Func<IStore> Location(string backend)
    {
        if (backend == "sqlite")
        {
            string file = _temp.File($"{Guid.NewGuid():N}.db");
            return () => SqliteStore.Open(file);
        }
        string connection = PostgresSchema();
        return () => PostgresStore.Open(connection);
    }

    /// <summary>A postgres:// URL of a fresh schema, for code that opens the store itself (the CLI, queue workers).</summary>
    public string PostgresUrl()
    {
        var b = new NpgsqlConnectionStringBuilder(PostgresSchema());
        return $"postgres://{Uri.EscapeDataString(b.Username!)}:{Uri.EscapeDataString(b.Password ?? "")}@{b.Host}:{b.Port}/{b.Database}?search_path={b.SearchPath}";
    }

    private string PostgresSchema()
    {
        string schema = "t_" + Guid.NewGuid().ToString("N");
        Admin($"CREATE SCHEMA {schema}");
        _schemas.Add(schema);
        return new NpgsqlConnectionStringBuilder(PostgresConnection) { SearchPath = schema }.ConnectionString;
    }

    private static void Admin(string sql)
    {
        using var c = new NpgsqlConnection(PostgresConnection);
        c.Open();
        using var cmd = new NpgsqlCommand(sql, c);
        cmd.ExecuteNonQuery();
    }

    public void Dispose()
    {
        foreach (var schema in _schemas) Admin($"DROP SCHEMA IF EXISTS {schema} CASCADE");
        _temp.Dispose();
    }
}

/// <summary>Runs only when a PostgreSQL server is configured for the tests; otherwise skips with the reason.</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (StoreBackends.PostgresConnection is null)
            Skip = $"needs a PostgreSQL server: set {StoreBackends.PostgresVariable} to a connection string (.ci/run starts one)";
    }
}

using System.Data.Common;

namespace Corroborate.Storage;

/// <summary>
/// The row statements of one transaction, sent together where the backend can batch them (PostgreSQL: up to
/// <see cref="MaxStatements"/> per round trip) and one by one on a prepared command otherwise (SQLite, in process, has
/// no round trip to save). A statement per row cost a network round trip each on PostgreSQL, which made its ingest
/// three to four times slower than SQLite's. Statements run in the order they were added.
/// </summary>
public sealed class StatementBatch(DbConnection connection, DbTransaction transaction) : IDisposable
{
    public const int MaxStatements = 1000;

    private readonly Dictionary<string, DbCommand> _prepared = [];
    private DbBatch? _batch;
    private int _affected;

    public void Add(string sql, params (string Name, object? Value)[] parameters)
    {
        if (!connection.CanCreateBatch)
        {
            if (!_prepared.TryGetValue(sql, out var command))
            {
                command = connection.CreateCommand();
                command.CommandText = sql;
                command.Transaction = transaction;
                _prepared[sql] = command;
            }
            command.Parameters.Clear();
            foreach (var (name, value) in parameters) command.Parameters.Add(Parameter(command.CreateParameter(), name, value));
            _affected += command.ExecuteNonQuery();
            return;
        }
        _batch ??= NewBatch();
        var statement = _batch.CreateBatchCommand();
        statement.CommandText = sql;
        foreach (var (name, value) in parameters) statement.Parameters.Add(Parameter(statement.CreateParameter(), name, value));
        _batch.BatchCommands.Add(statement);
        if (_batch.BatchCommands.Count >= MaxStatements) Flush();
    }

    /// <summary>Runs what is still waiting; returns the rows all statements affected.</summary>
    public int Execute()
    {
        Flush();
        return _affected;
    }

    private DbBatch NewBatch()
    {
        var batch = connection.CreateBatch();
        batch.Transaction = transaction;
        return batch;
    }

    private void Flush()
    {
        if (_batch is null) return;
        _affected += _batch.ExecuteNonQuery();
        _batch.Dispose();
        _batch = null;
    }

    private static DbParameter Parameter(DbParameter p, string name, object? value)
    {
        p.ParameterName = name;
        p.Value = value ?? DBNull.Value;
        return p;
    }

    public void Dispose()
    {
        _batch?.Dispose();
        foreach (var command in _prepared.Values) command.Dispose();
    }
}

using System.Net.Sockets;
using Npgsql;

namespace Corroborate.Storage;

/// <summary>Tells a database that is away (restarting, unreachable) from a statement that fails on its own merits.</summary>
public static class StoreFailures
{
    /// <summary>
    /// True when the failure is the database's, not the work's: the work should wait and be tried again on a new
    /// connection, not counted as a failed attempt. PostgreSQL's classes 08 (connection), 53 (resources) and 57
    /// (operator intervention: shutdown, restart) are, as are broken sockets and a closed connection.
    /// </summary>
    public static bool IsUnavailable(Exception e) => e switch
    {
        StoreException => true,
        PostgresException p => p.SqlState.StartsWith("08", StringComparison.Ordinal) || p.SqlState.StartsWith("53", StringComparison.Ordinal) ||
                               p.SqlState.StartsWith("57", StringComparison.Ordinal),
        NpgsqlException => true,
        SocketException or IOException or TimeoutException => true,
        InvalidOperationException when e.Source == "Npgsql" => true,
        _ => e.InnerException is { } inner && IsUnavailable(inner),
    };
}

namespace Corroborate.Web;

public sealed record WebServerOptions
{
    /// <summary>SQLite path or postgres:// URL, as for the CLI's --db.</summary>
    public required string Db { get; init; }
    public string Urls { get; init; } = "http://127.0.0.1:5080";
    /// <summary>Token that every write must present; with none configured, writes are refused.</summary>
    public string? IngestToken { get; init; }
    public long MaxRequestBytes { get; init; } = 10L << 20;
}

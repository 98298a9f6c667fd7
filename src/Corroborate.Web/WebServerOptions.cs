namespace Corroborate.Web;

public sealed record WebServerOptions
{
    /// <summary>SQLite path or postgres:// URL, as for the CLI's --db.</summary>
    public required string Db { get; init; }
    public string Urls { get; init; } = "http://127.0.0.1:5080";
    /// <summary>Token that every write must present; with none configured, writes are refused.</summary>
    public string? IngestToken { get; init; }
    /// <summary>Largest request body, multipart uploads included; larger ones get 413 whoever sends them.</summary>
    public long MaxRequestBytes { get; init; } = 10L << 20;
    /// <summary>Most files in one multipart upload; each becomes a document held in memory until the batch is stored.</summary>
    public int MaxUploadFiles { get; init; } = 500;
}

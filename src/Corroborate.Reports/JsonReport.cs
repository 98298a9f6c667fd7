using System.Text.Encodings.Web;
using System.Text.Json;

namespace Corroborate.Reports;

public static class JsonReport
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, // readable non-ASCII; the file is never inlined into HTML
    };

    public static string Render(Report report) => JsonSerializer.Serialize(report, Options) + "\n";
}

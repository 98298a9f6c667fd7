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

    /// <summary>The same bytes as <see cref="Render"/>, serialised straight into <paramref name="output"/>: a report of
    /// many thousand articles is never held as one string.</summary>
    public static void Write(Report report, Stream output)
    {
        JsonSerializer.Serialize(output, report, Options);
        output.WriteByte((byte)'\n');
    }
}

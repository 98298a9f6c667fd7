using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace Corroborate.Web;

/// <summary>Checks the token that every write must carry (Authorization: Bearer …, or a form field for the upload page).</summary>
public static class WriteToken
{
    public static IResult? Refusal(WebServerOptions options, string? presented)
    {
        if (string.IsNullOrEmpty(options.IngestToken))
            return Results.Problem(statusCode: 403, title: "Writes are disabled", detail: "This server has no ingest token configured (set CORROBORATE_TOKEN or --token).");
        if (presented is null || !FixedTimeEquals(presented, options.IngestToken))
            return Results.Problem(statusCode: 401, title: "Missing or wrong token", detail: "Send the ingest token as 'Authorization: Bearer TOKEN'.");
        return null;
    }

    public static string? FromHeader(HttpRequest request)
    {
        string auth = request.Headers.Authorization.ToString();
        return auth.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? auth["Bearer ".Length..].Trim() : null;
    }

    /// <summary>
    /// Compares hashes rather than the strings: FixedTimeEquals answers at once when the lengths differ, which
    /// would tell a caller the token's length; hashes always have the same length.
    /// </summary>
    private static bool FixedTimeEquals(string a, string b) =>
        CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(a)), SHA256.HashData(Encoding.UTF8.GetBytes(b)));
}

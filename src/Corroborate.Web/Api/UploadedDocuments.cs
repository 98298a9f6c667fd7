using Corroborate.Core.Ingest;
using Microsoft.AspNetCore.Http;

namespace Corroborate.Web.Api;

/// <summary>
/// Turns an upload into raw documents. Only the bytes and a file name are taken from the client, never a
/// path on this machine: the name only picks the reader (by extension) and labels the article.
/// </summary>
public static class UploadedDocuments
{
    public static async Task<IReadOnlyList<RawDocument>> ReadAsync(HttpRequest request)
    {
        var documents = new List<RawDocument>();
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync();
            foreach (var file in form.Files)
            {
                using var buffer = new MemoryStream();
                await file.CopyToAsync(buffer);
                documents.Add(new RawDocument(Label(file.FileName), buffer.ToArray()));
            }
            return documents;
        }
        using var body = new MemoryStream();
        await request.Body.CopyToAsync(body);
        if (body.Length > 0) documents.Add(new RawDocument(Label(request.Query["name"].ToString(), request.ContentType), body.ToArray()));
        return documents;
    }

    /// <summary>"upload:name.ext" with the name stripped of any directory part.</summary>
    private static string Label(string? fileName, string? contentType = null)
    {
        string name = Path.GetFileName((fileName ?? "").Replace('\\', '/'));
        if (name.Length == 0)
            name = contentType switch
            {
                { } t when t.Contains("html", StringComparison.OrdinalIgnoreCase) => "body.html",
                { } t when t.Contains("json", StringComparison.OrdinalIgnoreCase) => "body.jsonl",
                _ => "body.txt",
            };
        return "upload:" + name;
    }
}

using Corroborate.Core.Ingest;
using Microsoft.AspNetCore.Http;

namespace Corroborate.Web.Api;

/// <summary>
/// Turns an upload into raw documents. Only the bytes and a file name are taken from the client, never a
/// path on this machine: the name only picks the reader (by extension) and labels the article.
/// </summary>
public static class UploadedDocuments
{
    /// <summary>Longest file name kept; names are labels, and a longer one is only a way to bloat every listing.</summary>
    public const int MaxNameLength = 200;

    /// <summary>The documents in the request, or the problem to answer with.</summary>
    public static async Task<(IReadOnlyList<RawDocument>? Documents, IResult? Problem)> ReadAsync(HttpRequest request, WebServerOptions options)
    {
        if (!request.HasFormContentType)
        {
            string name = request.Query["name"].ToString();
            if (HasControlCharacters(name)) return (null, InvalidName());
            using var body = new MemoryStream();
            await request.Body.CopyToAsync(body);
            return (body.Length == 0 ? [] : [new RawDocument(Label(name, request.ContentType), body.ToArray())], null);
        }
        var (form, problem) = await ReadFormAsync(request, options);
        if (problem is not null) return (null, problem);
        if (form!.Files.Any(f => HasControlCharacters(f.FileName))) return (null, InvalidName());
        var documents = new List<RawDocument>();
        foreach (var file in form.Files)
        {
            using var buffer = new MemoryStream();
            await file.CopyToAsync(buffer);
            documents.Add(new RawDocument(Label(file.FileName, null), buffer.ToArray()));
        }
        return (documents, null);
    }

    /// <summary>The posted form, or the problem to answer with when it is malformed or has too many parts.</summary>
    public static async Task<(IFormCollection? Form, IResult? Problem)> ReadFormAsync(HttpRequest request, WebServerOptions options)
    {
        IFormCollection form;
        // The form reader throws InvalidDataException for a broken multipart body and as soon as the parts
        // pass FormOptions.ValueCountLimit (set from MaxUploadFiles), so a flood of parts is never all read.
        try { form = await request.ReadFormAsync(); }
        catch (InvalidDataException e) { return (null, Refuse("Malformed or oversized form", e.Message)); }
        if (form.Files.Count > options.MaxUploadFiles)
            return (null, Refuse("Too many files", $"at most {options.MaxUploadFiles} files per upload; send the rest in another request"));
        return (form, null);
    }

    // A line break or other control character has no place in a file name: it could only be meant to forge
    // a header or a log line wherever the name is echoed.
    private static bool HasControlCharacters(string name) => name.Any(char.IsControl);

    private static IResult InvalidName() => Refuse("Invalid file name", "file names may not contain line breaks or other control characters");

    private static IResult Refuse(string title, string detail) => Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: title, detail: detail);

    /// <summary>"upload:name.ext" with the name stripped of any directory part and cut to <see cref="MaxNameLength"/>.</summary>
    private static string Label(string fileName, string? contentType)
    {
        string name = Path.GetFileName(fileName.Replace('\\', '/'));
        if (name.Length > MaxNameLength) name = name[^MaxNameLength..]; // the end keeps the extension that picks the reader
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

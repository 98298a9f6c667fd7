using Corroborate.Core.Extraction;
using Corroborate.Core.Ingest;

namespace Corroborate.Cli;

/// <summary>Reads a page from disk, gunzipping .html.gz (or any gzip data) on the way.</summary>
public static class HtmlFile
{
    public static byte[] ReadBytes(string path) => Unwrap(File.ReadAllBytes(path), path);

    public static byte[] Unwrap(byte[] bytes, string path)
    {
        if (!Gzip.IsGzip(bytes)) return bytes;
        try { return Gzip.Decompress(bytes, PageExtractor.MaxInputBytes); }
        catch (InvalidDataException e) { throw new UsageException($"{path}: bad gzip data ({e.Message})"); }
    }
}

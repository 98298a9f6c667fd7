using System.Text;
using System.Text.RegularExpressions;
using Corroborate.Core.Text;

namespace Corroborate.Core.Extraction;

/// <summary>
/// Decodes HTML bytes. Order of evidence: a byte-order mark; bytes that are valid UTF-8 with non-ASCII
/// characters (a declaration saying otherwise is then almost always wrong); the charset the page declares
/// (HTTP header, then meta charset, http-equiv or XML declaration); Windows-1252 as the last resort.
/// </summary>
public static partial class HtmlCharset
{
    private const int PrescanBytes = 4096;

    static HtmlCharset() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static string Decode(ReadOnlySpan<byte> bytes) => Decode(bytes, null, out _);

    /// <param name="transportCharset">A charset from outside the page (HTTP header), preferred over the page's own declaration.</param>
    public static string Decode(ReadOnlySpan<byte> bytes, string? transportCharset, out string encodingName)
    {
        if (HasBom(bytes) || TextDecoder.IsStrictUtf8(bytes)) return TextDecoder.Decode(bytes, out encodingName);
        var declared = (transportCharset is null ? null : Lookup(transportCharset)) ?? Declared(bytes);
        if (declared is UTF8Encoding || declared is null)
        {
            // UTF-8 with a few broken sequences (a cut-off page) stays UTF-8; mostly broken means another encoding.
            string lenient = Encoding.UTF8.GetString(bytes);
            if (MostlyValid(lenient)) { encodingName = "utf-8"; return lenient; }
            return TextDecoder.Decode(bytes, out encodingName);
        }
        encodingName = declared.WebName;
        return declared.GetString(bytes);
    }

    private static bool MostlyValid(string decoded)
    {
        int nonAscii = 0, broken = 0;
        foreach (char c in decoded)
        {
            if (c < 0x80) continue;
            nonAscii++;
            if (c == '\uFFFD') broken++;
        }
        return broken * 100 <= nonAscii;
    }

    /// <summary>The encoding the page declares in its first bytes, or null when none or unknown.</summary>
    public static Encoding? Declared(ReadOnlySpan<byte> bytes)
    {
        string head = Windows1252.GetString(bytes[..Math.Min(bytes.Length, PrescanBytes)]);
        var match = DeclarationPattern().Match(head);
        return match.Success ? Lookup(match.Groups["name"].Value) : null;
    }

    /// <summary>Resolves a charset label; Latin-1 and ASCII labels mean Windows-1252 on the web.</summary>
    public static Encoding? Lookup(string label)
    {
        string name = label.Trim().ToLowerInvariant();
        if (name is "iso-8859-1" or "latin1" or "latin-1" or "us-ascii" or "ascii" or "iso8859-1" or "cp1252") name = "windows-1252";
        if (name is "utf8") name = "utf-8";
        try { return Encoding.GetEncoding(name); }
        catch (ArgumentException) { return null; }
    }

    private static bool HasBom(ReadOnlySpan<byte> b) =>
        b.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) || b.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || b.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]);

    [GeneratedRegex("""(?:<meta[^>]{0,512}?charset\s*=\s*["']?\s*|<\?xml[^>]{0,200}?encoding\s*=\s*["'])(?<name>[A-Za-z0-9_:.\-]{2,40})""", RegexOptions.IgnoreCase)]
    private static partial Regex DeclarationPattern();
}

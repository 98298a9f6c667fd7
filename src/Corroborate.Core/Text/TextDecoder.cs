using System.Text;

namespace Corroborate.Core.Text;

/// <summary>
/// Turns input bytes into text: a byte-order mark wins; otherwise strict UTF-8; otherwise Windows-1252,
/// which is what most real-world "not UTF-8" news text turns out to be.
/// </summary>
public static class TextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string Decode(ReadOnlySpan<byte> bytes) => Decode(bytes, out _);

    public static string Decode(ReadOnlySpan<byte> bytes, out string encodingName)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) { encodingName = "utf-8"; return Encoding.UTF8.GetString(bytes[3..]); }
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) { encodingName = "utf-16le"; return Encoding.Unicode.GetString(bytes[2..]); }
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) { encodingName = "utf-16be"; return Encoding.BigEndianUnicode.GetString(bytes[2..]); }
        try
        {
            encodingName = "utf-8";
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            encodingName = "windows-1252";
            return Windows1252.GetString(bytes);
        }
    }

    /// <summary>True when the bytes are valid UTF-8 and contain at least one non-ASCII character.</summary>
    public static bool IsStrictUtf8(ReadOnlySpan<byte> bytes)
        => bytes.IndexOfAnyInRange((byte)0x80, (byte)0xFF) >= 0 && System.Text.Unicode.Utf8.IsValid(bytes);

    /// <summary>True when the bytes look like binary data rather than text in any supported encoding.</summary>
    public static bool LooksBinary(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return false;
        var sample = bytes[..Math.Min(bytes.Length, 8192)];
        int control = 0;
        foreach (byte b in sample)
        {
            if (b == 0) return true;
            if (b < 0x20 && b is not ((byte)'\n' or (byte)'\r' or (byte)'\t' or 0x0C)) control++;
        }
        return sample.Length > 0 && control * 20 > sample.Length; // more than 5% control bytes
    }
}

/// <summary>Windows-1252 without registering a global code-page provider.</summary>
public static class Windows1252
{
    // 0x80–0x9F differ from Latin-1; undefined positions keep their C1 code point.
    private static readonly char[] High =
    [
        '\u20AC', '\u0081', '\u201A', '\u0192', '\u201E', '\u2026', '\u2020', '\u2021', '\u02C6', '\u2030', '\u0160', '\u2039', '\u0152', '\u008D', '\u017D', '\u008F',
        '\u0090', '\u2018', '\u2019', '\u201C', '\u201D', '\u2022', '\u2013', '\u2014', '\u02DC', '\u2122', '\u0161', '\u203A', '\u0153', '\u009D', '\u017E', '\u0178',
    ];

    public static string GetString(ReadOnlySpan<byte> bytes)
    {
        var chars = new char[bytes.Length];
        for (int i = 0; i < bytes.Length; i++)
        {
            byte b = bytes[i];
            chars[i] = b is >= 0x80 and <= 0x9F ? High[b - 0x80] : (char)b;
        }
        return new string(chars);
    }
}

using System.Text;
using Corroborate.Core.Text;

namespace Corroborate.Tests.Ingest;

public class TextDecoderTests
{
    [Fact]
    public void Utf8WithAndWithoutBom()
    {
        Assert.Equal("Almatí", TextDecoder.Decode(Encoding.UTF8.GetBytes("Almatí")));
        Assert.Equal("Almatí", TextDecoder.Decode([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("Almatí")]));
    }

    [Fact]
    public void Utf16WithBom()
    {
        Assert.Equal("Tokáyev", TextDecoder.Decode([0xFF, 0xFE, .. Encoding.Unicode.GetBytes("Tokáyev")], out var le));
        Assert.Equal("utf-16le", le);
        Assert.Equal("Tokáyev", TextDecoder.Decode([0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes("Tokáyev")], out var be));
        Assert.Equal("utf-16be", be);
    }

    [Fact]
    public void InvalidUtf8FallsBackToWindows1252()
    {
        // 0x92 is a right single quote and 0xA3 a pound sign in Windows-1252; neither is valid UTF-8 here.
        byte[] bytes = [.. "It"u8, 0x92, .. "s "u8, 0xA3, .. "5"u8];
        Assert.Equal("It\u2019s £5", TextDecoder.Decode(bytes, out var name));
        Assert.Equal("windows-1252", name);
    }

    [Fact]
    public void BinaryIsRecognised()
    {
        Assert.True(TextDecoder.LooksBinary([0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x00, 0x00]));
        Assert.False(TextDecoder.LooksBinary("Plain news text.\r\n"u8));
        Assert.False(TextDecoder.LooksBinary([0xFF, 0xFE, .. Encoding.Unicode.GetBytes("text")]));
    }
}

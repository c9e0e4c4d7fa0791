using System.Text;
using Attest.Ingest;

namespace Attest.Tests.Ingest;

public sealed class TextDecoderTests
{
    [Fact]
    public void Plain_utf8_is_decoded_as_utf8()
    {
        var decoded = TextDecoder.Decode(Encoding.UTF8.GetBytes("Željana said “no” — twice."));

        Assert.True(decoded.Success);
        Assert.Equal("utf-8", decoded.Value!.Encoding);
        Assert.Equal("Željana said “no” — twice.", decoded.Value.Text);
    }

    [Fact]
    public void Utf8_byte_order_mark_is_dropped()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("Text")];

        var decoded = TextDecoder.Decode(bytes);

        Assert.Equal("Text", decoded.Value!.Text);
        Assert.Equal("utf-8", decoded.Value.Encoding);
    }

    [Theory]
    [InlineData("utf-16le")]
    [InlineData("utf-16be")]
    [InlineData("utf-32le")]
    public void Unicode_byte_order_marks_select_their_encoding(string name)
    {
        Encoding encoding = name switch
        {
            "utf-16le" => new UnicodeEncoding(false, true),
            "utf-16be" => new UnicodeEncoding(true, true),
            _ => new UTF32Encoding(false, true),
        };
        byte[] bytes = [.. encoding.GetPreamble(), .. encoding.GetBytes("Ambassador’s note")];

        var decoded = TextDecoder.Decode(bytes);

        Assert.True(decoded.Success);
        Assert.Equal(name, decoded.Value!.Encoding);
        Assert.Equal("Ambassador’s note", decoded.Value.Text);
    }

    [Fact]
    public void Invalid_utf8_falls_back_to_windows_1252()
    {
        // "café – “x”" in Windows-1252.
        byte[] bytes = [0x63, 0x61, 0x66, 0xE9, 0x20, 0x96, 0x20, 0x93, 0x78, 0x94];

        var decoded = TextDecoder.Decode(bytes);

        Assert.Equal("windows-1252", decoded.Value!.Encoding);
        Assert.Equal("café – “x”", decoded.Value.Text);
    }

    [Theory]
    [InlineData(new byte[] { 0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00 })]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00 })]
    [InlineData(new byte[] { 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x41, 0x42 })]
    public void Binary_content_is_refused(byte[] bytes)
    {
        var decoded = TextDecoder.Decode(bytes);

        Assert.False(decoded.Success);
        Assert.Contains("binary", decoded.Error);
    }

    [Fact]
    public void Utf16_with_a_broken_surrogate_is_refused_despite_its_mark()
    {
        byte[] bytes = [0xFF, 0xFE, 0x41, 0x00, 0x00, 0xD8, 0x41, 0x00];

        var decoded = TextDecoder.Decode(bytes);

        Assert.False(decoded.Success);
        Assert.Contains("utf-16le", decoded.Error);
    }
}

using System.Text;
using Archive.Core.Text;

namespace Archive.Core.Tests.Text;

public sealed class TextDecodingTests
{
    private const string Sample = "Corea del Norte, España y la niña — «sí».";

    [Fact]
    public void Utf8_without_bom_decodes_cleanly()
    {
        var decoded = TextDecoding.Decode(Encoding.UTF8.GetBytes(Sample));

        Assert.Equal(new DecodedText(Sample, SourceEncoding.Utf8), decoded);
        Assert.False(decoded.FellBackToWindows1252);
    }

    [Fact]
    public void Utf8_with_bom_loses_the_bom()
    {
        var decoded = TextDecoding.Decode([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Sample)]);

        Assert.Equal(new DecodedText(Sample, SourceEncoding.Utf8WithBom), decoded);
    }

    [Fact]
    public void Utf16_with_bom_decodes_in_both_byte_orders()
    {
        Assert.Equal(Sample, TextDecoding.Decode([0xFF, 0xFE, .. Encoding.Unicode.GetBytes(Sample)]).Text);
        Assert.Equal(Sample, TextDecoding.Decode([0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(Sample)]).Text);
    }

    [Fact]
    public void Bytes_that_are_not_utf8_are_read_as_windows_1252_and_say_so()
    {
        var decoded = TextDecoding.Decode(TextDecoding.Windows1252.GetBytes("Corea y la niña \u201Cdijo\u201D"));

        Assert.Equal("Corea y la niña \u201Cdijo\u201D", decoded.Text);
        Assert.True(decoded.FellBackToWindows1252);
    }

    [Fact]
    public void Content_is_inspected_before_parsing()
    {
        Assert.Equal(ContentKind.Empty, TextDecoding.Inspect([]));
        Assert.Equal(ContentKind.WhitespaceOnly, TextDecoding.Inspect(" \r\n\t "u8));
        Assert.Equal(ContentKind.WhitespaceOnly, TextDecoding.Inspect([0xEF, 0xBB, 0xBF, 0x20, 0x0A]));
        Assert.Equal(ContentKind.Binary, TextDecoding.Inspect([0x89, 0x50, 0x4E, 0x47, 0x00, 0x1A]));
        Assert.Equal(ContentKind.Text, TextDecoding.Inspect("Hola"u8));
        Assert.Equal(ContentKind.Text, TextDecoding.Inspect([0xFF, 0xFE, .. Encoding.Unicode.GetBytes("Hola")]));
        Assert.Equal(ContentKind.WhitespaceOnly, TextDecoding.Inspect([0xFF, 0xFE, .. Encoding.Unicode.GetBytes(" \n")]));
    }
}

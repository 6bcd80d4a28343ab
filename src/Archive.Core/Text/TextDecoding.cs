using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace Archive.Core.Text;

public enum SourceEncoding
{
    Utf8,
    Utf8WithBom,
    Utf16LittleEndian,
    Utf16BigEndian,
    Windows1252,
}

/// <summary>Decoded text and how it was read; <see cref="FellBackToWindows1252"/> is worth a log line.</summary>
public sealed record DecodedText(string Text, SourceEncoding Encoding)
{
    public bool FellBackToWindows1252 => Encoding == SourceEncoding.Windows1252;
}

/// <summary>What a file's bytes are, judged before any parsing.</summary>
public enum ContentKind
{
    Text,
    Empty,
    WhitespaceOnly,
    Binary,
}

/// <summary>Turns article bytes into text: UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1252.</summary>
public static class TextDecoding
{
    private static readonly UTF8Encoding _strictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly SearchValues<byte> _asciiWhitespace = SearchValues.Create(" \t\r\n\f\v"u8);
    private static readonly Lazy<Encoding> _windows1252 = new(() =>
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252);
    });

    public static Encoding Windows1252 => _windows1252.Value;

    public static ContentKind Inspect(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty)
            return ContentKind.Empty;
        if (HasUtf16Bom(bytes))
        {
            var text = Decode(bytes).Text;
            if (text.Contains('\0'))
                return ContentKind.Binary;
            return string.IsNullOrWhiteSpace(text) ? ContentKind.WhitespaceOnly : ContentKind.Text;
        }
        if (bytes.Contains((byte)0))
            return ContentKind.Binary;
        var body = bytes.StartsWith(Utf8Bom) ? bytes[Utf8Bom.Length..] : bytes;
        return body.IndexOfAnyExcept(_asciiWhitespace) < 0 ? ContentKind.WhitespaceOnly : ContentKind.Text;
    }

    public static DecodedText Decode(ReadOnlySpan<byte> bytes)
    {
        var decoded = DecodeBytes(bytes);
        return decoded with { Text = WithoutNoncharacters(decoded.Text) };
    }

    /// <summary>
    /// U+FFFE (a byte-order mark read the wrong way round, e.g. where two files were pasted together) is
    /// valid UTF-8 but no character, and string normalization throws on it; it becomes U+FFFD, as any
    /// other unreadable sequence does.
    /// </summary>
    public static string WithoutNoncharacters(string text) =>
        text.Contains('\uFFFE', StringComparison.Ordinal) ? text.Replace('\uFFFE', '\uFFFD') : text;

    private static DecodedText DecodeBytes(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith(Utf8Bom))
        {
            var body = bytes[Utf8Bom.Length..];
            return Utf8.IsValid(body)
                ? new DecodedText(_strictUtf8.GetString(body), SourceEncoding.Utf8WithBom)
                : new DecodedText(Windows1252.GetString(body), SourceEncoding.Windows1252);
        }
        if (bytes.StartsWith(Utf16LeBom))
            return new DecodedText(Encoding.Unicode.GetString(bytes[2..]), SourceEncoding.Utf16LittleEndian);
        if (bytes.StartsWith(Utf16BeBom))
            return new DecodedText(Encoding.BigEndianUnicode.GetString(bytes[2..]), SourceEncoding.Utf16BigEndian);
        return Utf8.IsValid(bytes)
            ? new DecodedText(_strictUtf8.GetString(bytes), SourceEncoding.Utf8)
            : new DecodedText(Windows1252.GetString(bytes), SourceEncoding.Windows1252);
    }

    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];
    private static ReadOnlySpan<byte> Utf16LeBom => [0xFF, 0xFE];
    private static ReadOnlySpan<byte> Utf16BeBom => [0xFE, 0xFF];

    private static bool HasUtf16Bom(ReadOnlySpan<byte> bytes) => bytes.StartsWith(Utf16LeBom) || bytes.StartsWith(Utf16BeBom);
}

using System.Text;
using Archive.Core.Text;

namespace Archive.Core.Tests.Builders;

/// <summary>Builds the bytes of a .txt article file: lines, encoding, BOM and line endings as a scraper might leave them.</summary>
public sealed class ArticleFileBuilder
{
    private readonly List<string> _lines = [];
    private Encoding _encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
    private bool _byteOrderMark;
    private string _newLine = "\n";

    public static ArticleFileBuilder Article(string title, params string[] paragraphs)
    {
        var builder = new ArticleFileBuilder().Line(title).BlankLine();
        foreach (var paragraph in paragraphs)
            builder.Line(paragraph).BlankLine();
        return builder;
    }

    public ArticleFileBuilder Line(string line)
    {
        _lines.Add(line);
        return this;
    }

    public ArticleFileBuilder BlankLine() => Line("");

    public ArticleFileBuilder WithCrlf()
    {
        _newLine = "\r\n";
        return this;
    }

    public ArticleFileBuilder InWindows1252()
    {
        _encoding = TextDecoding.Windows1252;
        return this;
    }

    public ArticleFileBuilder WithUtf8Bom()
    {
        _byteOrderMark = true;
        return this;
    }

    public ArticleFileBuilder InUtf16()
    {
        _encoding = Encoding.Unicode;
        _byteOrderMark = true;
        return this;
    }

    public byte[] Build()
    {
        var body = _encoding.GetBytes(string.Join(_newLine, _lines));
        var preamble = _byteOrderMark
            ? (_encoding is UTF8Encoding ? new UTF8Encoding(encoderShouldEmitUTF8Identifier: true) : _encoding).GetPreamble()
            : [];
        return [.. preamble, .. body];
    }

    public string WriteTo(TempFolder folder, string relativePath) => folder.WriteBytes(relativePath, Build());
}

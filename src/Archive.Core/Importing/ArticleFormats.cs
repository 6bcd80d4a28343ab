using Archive.Core.Importing.Html;
using Archive.Core.Importing.Markdown;

namespace Archive.Core.Importing;

/// <summary>Every file format the archive reads, so the CLI, the web app and tests accept the same files.</summary>
public static class ArticleFormats
{
    public static IReadOnlyList<IArticleFormat> CreateAll() =>
        [new TextArticleFormat(), new HtmlArticleFormat(), new MarkdownArticleFormat()];
}

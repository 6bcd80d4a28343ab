using Archive.Core.Articles;
using Archive.Core.Text;

namespace Archive.Core.Importing;

/// <summary>The batch-write step's mapping: a normalised candidate onto the Article row it creates or updates.</summary>
internal static class ImportedArticle
{
    public static void Fill(Article article, ImportCandidate candidate, int runId, DateTime importedAt)
    {
        var parsed = candidate.Article!;
        article.Title = parsed.Title;
        article.Slug = Slugs.FromTitle(article.Title);
        article.TitleDerived = parsed.TitleDerived;
        article.Language = candidate.Language;
        article.Paragraphs = [.. parsed.Paragraphs];
        article.Lead = TextCuts.AtWordBoundary(parsed.Paragraphs[0], Article.LeadLength);
        article.WordCount = candidate.WordCount;
        article.SourceFile = candidate.File.RelativeName;
        article.ContentHash = candidate.Hash;
        article.ImportedAt = importedAt;
        article.PublishedAt = candidate.Normalized!.PublishedAt;
        article.DatelinePlace = candidate.Normalized.Dateline is { } dateline ? Cut(dateline.Place, Article.DatelinePlaceMaxLength) : null;
        article.DatelineText = candidate.Normalized.Dateline is { } written ? Cut(written.Text, Article.DatelineTextMaxLength) : null;
        article.SourceContent = candidate.SourceContent;
        article.Byline = parsed.Byline;
        article.CanonicalUrl = parsed.CanonicalUrl is { Length: > Article.CanonicalUrlMaxLength } ? null : parsed.CanonicalUrl;
        article.ImportRunId = runId;
        article.RemovedLines = [.. parsed.RemovedLines.Select(l => new RemovedLine { LineNumber = l.LineNumber, Text = l.Text, Rule = l.Rule })];
    }

    private static string Cut(string text, int max) => text.Length <= max ? text : TextCuts.AtWordBoundary(text, max);
}

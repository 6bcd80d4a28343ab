namespace Archive.Core.Copies;

/// <param name="ArticlesSigned">Articles that got a signature (new or replacing a stale one).</param>
/// <param name="Grouped">Articles that joined a story (as a copy, or as the first of a new one).</param>
/// <param name="Stories">Stories of copies in the archive afterwards.</param>
/// <param name="ArticlesInStories">Articles in those stories.</param>
public sealed record CopyDetectionSummary(int ArticlesSigned, int Grouped, int Stories, int ArticlesInStories);

namespace Archive.Core.Entities;

/// <summary>What <see cref="StoredArticleEntities.ExtractAsync"/> did: articles read, entity mentions written, distinct entities in the archive.</summary>
public sealed record EntityExtractionSummary(int Articles, int ArticleEntities, int Entities);

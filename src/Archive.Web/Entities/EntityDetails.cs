namespace Archive.Web.Entities;

/// <summary>Everything the entity page shows: the concept, a page of its articles, its months and its company.</summary>
public sealed record EntityDetails(
    EntityView Entity,
    int ArticleCount,
    int MentionCount,
    IReadOnlyList<EntityArticle> Articles,
    IReadOnlyList<EntityMonth> Months,
    int UndatedArticles,
    IReadOnlyList<EntityNeighbour> Neighbours,
    IReadOnlyList<string> Names);

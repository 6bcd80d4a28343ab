namespace Archive.Core.Entities;

/// <summary>How far a re-extraction of stored articles has come.</summary>
public readonly record struct EntityExtractionProgress(int ArticlesDone, int ArticlesTotal, int EntitiesFound);

namespace Archive.Web.Entities;

/// <summary>An article naming an entity, as its page lists it: how it wrote the name and how often.</summary>
public sealed record EntityArticle(int Id, string Slug, string Title, string Language, string? OutletName, DateTime? PublishedAt, string Lead, string Name, int Mentions);

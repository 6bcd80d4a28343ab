namespace Archive.Web.Entities;

/// <summary>One month of an entity's coverage: articles published that month naming it, and their mentions of it.</summary>
public sealed record EntityMonth(string Month, int Articles, int Mentions);

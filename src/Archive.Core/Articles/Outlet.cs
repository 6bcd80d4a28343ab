namespace Archive.Core.Articles;

/// <summary>The publication an article came from (e.g. Fox News).</summary>
public class Outlet
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public required string Slug { get; set; }
}

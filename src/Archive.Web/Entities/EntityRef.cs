using Archive.Core.Entities;

namespace Archive.Web.Entities;

/// <summary>An entity as one article names it (the API's <c>entities</c> item and the article page's line).</summary>
public sealed record EntityRef(string Name, EntityType Type, string Slug, int Mentions, string LabelEs, string LabelEn)
{
    public string Label() => EntityLabels.For(LabelEs, LabelEn);
}

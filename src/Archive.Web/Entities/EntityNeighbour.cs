using Archive.Core.Entities;

namespace Archive.Web.Entities;

/// <summary>An entity named in the same articles as another, with how many articles they share.</summary>
public sealed record EntityNeighbour(EntityType Type, string Slug, string LabelEs, string LabelEn, int Articles)
{
    public string Label() => EntityLabels.For(LabelEs, LabelEn);
}

using Archive.Core.Entities;

namespace Archive.Web.Entities;

/// <summary>An entity concept: its type, address and labels in both languages.</summary>
public sealed record EntityView(int Id, EntityType Type, string Slug, string LabelEs, string LabelEn)
{
    public string Label() => EntityLabels.For(LabelEs, LabelEn);
}

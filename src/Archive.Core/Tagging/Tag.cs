namespace Archive.Core.Tagging;

/// <summary>One entry of the shared, bilingual tag vocabulary editors curate.</summary>
public class Tag
{
    public const int LabelMaxLength = 120;
    public const int SlugMaxLength = 100;
    public const int DescriptionMaxLength = 4000;

    public int Id { get; set; }

    /// <summary>The tag's address; old addresses live on as <see cref="TagSlugRedirect"/> rows.</summary>
    public required string Slug { get; set; }

    public string LabelEs { get; private set; } = "";
    public string LabelEn { get; private set; } = "";

    /// <summary>The Spanish label folded (<see cref="TagLabels.Fold"/>); unique, so "Corea" and "coréa" cannot both exist.</summary>
    public string LabelEsKey { get; private set; } = "";

    public string LabelEnKey { get; private set; } = "";

    /// <summary>Markdown; rendered only through <see cref="TagDescriptionRenderer"/>.</summary>
    public string? Description { get; set; }

    public DateTime CreatedAt { get; set; }
    public required string CreatedBy { get; set; }
    public DateTime UpdatedAt { get; set; }
    public required string UpdatedBy { get; set; }

    /// <summary>Raised on every edit; SQLite has no rowversion, so this is the optimistic concurrency token.</summary>
    public int Version { get; set; }

    /// <summary>Labels and their folded keys change together so the uniqueness indexes never go stale.</summary>
    public void Relabel(string labelEs, string labelEn)
    {
        LabelEs = TagLabels.Tidy(labelEs);
        LabelEn = TagLabels.Tidy(labelEn);
        LabelEsKey = TagLabels.Fold(LabelEs);
        LabelEnKey = TagLabels.Fold(LabelEn);
    }
}

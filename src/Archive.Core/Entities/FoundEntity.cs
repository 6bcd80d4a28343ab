namespace Archive.Core.Entities;

/// <summary>An entity taking shape in one article: its concept, fullest name and mention count so far.</summary>
internal sealed class FoundEntity(EntityType type, string key, string slug, string labelEs, string labelEn, string name, string[] tokens)
{
    public EntityType Type { get; } = type;
    public string Key { get; } = key;
    public string Slug { get; } = slug;
    public string LabelEs { get; } = labelEs;
    public string LabelEn { get; } = labelEn;
    public string Name { get; private set; } = name;
    public string[] Tokens { get; private set; } = tokens;
    public int Mentions { get; set; }

    /// <summary>The fullest form written wins the name ("Kim Jong Un" over "Kim").</summary>
    public void Saw(string name, string[] tokens)
    {
        Mentions++;
        if (tokens.Length > Tokens.Length || (tokens.Length == Tokens.Length && name.Length > Name.Length))
        {
            Name = name;
            Tokens = tokens;
        }
    }
}

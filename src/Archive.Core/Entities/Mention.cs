using System.Text;

namespace Archive.Core.Entities;

/// <summary>One capitalised name in a text, as classified before the article's evidence is weighed.</summary>
internal sealed record Mention(string Surface, string[] Tokens, EntityType? Type, GazetteerConcept? Concept, MentionCues Cues, bool IsAllCaps)
{
    /// <summary>The block's tokens the mention was read from, and where in them it starts and ends: its neighbours in a list.</summary>
    public List<NameToken>? Block { get; private init; }

    public int Start { get; private init; }

    public int End { get; private init; }

    /// <summary>The type is only a guess from the name's last word being a place ("Acme Jordan"): a list of people overrides it.</summary>
    public bool Guessed { get; init; }

    /// <summary>A social network's handle written after "@" ("@mavis_t"): it may be the one of a person named in full.</summary>
    public bool Handle { get; init; }

    /// <summary>The name was written with a possessive: "Verizon's Yahoo", "the ACLU's offices".</summary>
    public bool Possessive => Block is not null && End > 0 && Block[End - 1].Possessive;

    /// <summary>The type the mention's own evidence gives: a concept's, a typed name's, or none.</summary>
    public EntityType? KnownType => Concept?.Type ?? Type;

    public static Mention Of(List<NameToken> tokens, int start, int end, EntityType? type, GazetteerConcept? concept, MentionCues cues)
    {
        var folded = new string[end - start];
        var allCaps = true;
        for (var i = start; i < end; i++)
        {
            folded[i - start] = tokens[i].Folded;
            allCaps &= tokens[i].IsAllCaps || !tokens[i].IsWord;
        }
        return new Mention(SurfaceOf(tokens, start, end), folded, type, concept, cues, allCaps) { Block = tokens, Start = start, End = end };
    }

    /// <summary>The name as written: its words with the spacing the text had between them.</summary>
    public static string SurfaceOf(List<NameToken> tokens, int start, int end)
    {
        if (end - start == 1)
            return tokens[start].Text;
        var builder = new StringBuilder();
        for (var i = start; i < end; i++)
        {
            if (i > start && tokens[i].Start > tokens[i - 1].Start + tokens[i - 1].Text.Length)
                builder.Append(' ');
            builder.Append(tokens[i].Text);
            // "Murdoch Children's Research Institute": a possessive inside a name is written as it was.
            if (tokens[i].Possessive && i < end - 1)
                builder.Append(tokens[i].Apostrophe).Append('s');
        }
        return builder.ToString();
    }
}

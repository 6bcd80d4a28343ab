using System.Text;

namespace Archive.Core.Entities;

/// <summary>One capitalised name in a text, as classified before the article's evidence is weighed.</summary>
internal sealed record Mention(string Surface, string[] Tokens, EntityType? Type, GazetteerConcept? Concept, MentionCues Cues, bool IsAllCaps)
{
    public static Mention Of(List<NameToken> tokens, int start, int end, EntityType? type, GazetteerConcept? concept, MentionCues cues)
    {
        var folded = new string[end - start];
        var allCaps = true;
        for (var i = start; i < end; i++)
        {
            folded[i - start] = tokens[i].Folded;
            allCaps &= tokens[i].IsAllCaps || !tokens[i].IsWord;
        }
        return new Mention(SurfaceOf(tokens, start, end), folded, type, concept, cues, allCaps);
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
        }
        return builder.ToString();
    }
}

namespace Archive.Core.Search;

/// <summary>
/// A word with typos allowed (written <c>word~</c>, <c>word~1</c>, <c>word~2</c>): words within
/// <see cref="MaxEdits"/> letters inserted, deleted, changed or swapped, accents and case ignored.
/// </summary>
/// <param name="Written">The edits as typed (null for a bare <c>~</c>), so the best reading repeats the query.</param>
public sealed record SearchFuzzy(string Text, int MaxEdits, int? Written = null, SearchScope Scope = SearchScope.Anywhere) : SearchQuery
{
    /// <summary>A bare <c>~</c>: one edit for words of up to five letters, two for longer ones.</summary>
    public static int AutomaticEdits(string word) => word.Count(char.IsLetterOrDigit) <= 5 ? 1 : 2;

    internal override void Write(System.Text.StringBuilder text)
    {
        WriteScope(text, Scope);
        text.Append(Text).Append('~');
        if (Written is { } edits)
            text.Append(edits);
    }
}

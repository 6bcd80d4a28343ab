using Lucene.Net.Documents;
using Lucene.Net.Index;

namespace Archive.Core.Search;

/// <summary>
/// Something two articles can share whatever language each is written in, so one can be related to the
/// other across languages: a tag or a named entity, each a concept with a label per language. Another kind
/// is one more source in <see cref="Of"/>: an indexed term per article plus a stored value to read it back.
/// </summary>
internal readonly record struct SharedKey(string Field, string Value, string Display)
{
    public Term Term => new(Field, Value);

    /// <summary>The keys an indexed article carries, read from its stored fields.</summary>
    public static IReadOnlyList<SharedKey> Of(Document doc) =>
        [
            .. StoredTag.From(doc).Select(t => new SharedKey(SearchFields.Tag, ArchiveAnalyzers.TagKey(t.Slug), t.Slug)),
            .. doc.GetValues(SearchFields.Entity).Select(e => new SharedKey(SearchFields.Entity, e, e)),
        ];
}

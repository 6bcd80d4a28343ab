using Lucene.Net.Documents;

namespace Archive.Core.Search;

/// <summary>
/// Untokenized and numeric fields kept from one document to the next by the single index writer.
/// A new StringField or Int32Field builds its token stream (an AttributeSource found by reflection)
/// on every document; a reused one only takes the new value, which Lucene's IndexWriter documents as
/// the way to index fast. Not thread-safe: <see cref="SearchIndex"/> holds a lock while it uses it.
/// </summary>
internal sealed class IndexFieldCache
{
    private readonly Dictionary<(string Name, Field.Store Store), Slot<StringField>> _strings = [];
    private readonly Dictionary<string, Slot<Int32Field>> _ints = new(StringComparer.Ordinal);

    /// <summary>Starts a document: every cached field is free again.</summary>
    public void Reset()
    {
        foreach (var slot in _strings.Values)
            slot.Used = 0;
        foreach (var slot in _ints.Values)
            slot.Used = 0;
    }

    public StringField Keyword(string name, string value, Field.Store store)
    {
        if (!_strings.TryGetValue((name, store), out var slot))
            _strings[(name, store)] = slot = new Slot<StringField>();
        if (slot.Used < slot.Fields.Count)
        {
            var field = slot.Fields[slot.Used++];
            field.SetStringValue(value);
            return field;
        }
        var created = new StringField(name, value, store);
        slot.Fields.Add(created);
        slot.Used++;
        return created;
    }

    public Int32Field Int32(string name, int value)
    {
        if (!_ints.TryGetValue(name, out var slot))
            _ints[name] = slot = new Slot<Int32Field>();
        if (slot.Used < slot.Fields.Count)
        {
            var field = slot.Fields[slot.Used++];
            field.SetInt32Value(value);
            return field;
        }
        var created = new Int32Field(name, value, Field.Store.NO);
        slot.Fields.Add(created);
        slot.Used++;
        return created;
    }

    private sealed class Slot<T>
    {
        public List<T> Fields { get; } = [];

        public int Used { get; set; }
    }
}

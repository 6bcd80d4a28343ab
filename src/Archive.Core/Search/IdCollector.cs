using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Archive.Core.Search;

/// <summary>Counts every hit and keeps article ids (from the numeric doc values) up to a limit.</summary>
internal sealed class IdCollector(int limit) : ICollector
{
    private readonly List<int> _ids = [];
    private NumericDocValues? _idValues;

    public int TotalHits { get; private set; }

    public IReadOnlyList<int> Ids => _ids;

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context) =>
        _idValues = context.AtomicReader.GetNumericDocValues(SearchFields.IdSort);

    public void Collect(int doc)
    {
        TotalHits++;
        if (TotalHits <= limit && _idValues is not null)
            _ids.Add((int)_idValues.Get(doc));
    }
}

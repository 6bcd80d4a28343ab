using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Archive.Core.Search;

/// <summary>
/// The index's searcher (<see cref="SearchIndex"/>'s searcher factory makes every one), with Lucene's own
/// segment-by-segment search over a given weight opened up: IndexSearcher keeps it protected and makes the weight
/// again in every public overload. Making a query's weight looks every term up in every field it is expanded to and
/// in every segment, at 100,000 articles a third of a search's CPU; a search that collapses syndicated copies visits
/// the index twice (<see cref="StoryCollapse"/>, then the page and facets) and makes it once for both.
/// </summary>
internal sealed class ArchiveSearcher(IndexReader reader) : IndexSearcher(reader)
{
    public void Search(Weight weight, ICollector collector) => Search(m_leafContexts, weight, collector);
}

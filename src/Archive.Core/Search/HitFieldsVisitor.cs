using Lucene.Net.Index;

namespace Archive.Core.Search;

/// <summary>
/// Reads what a result line needs from a hit's stored fields and feeds the paragraphs to the snippet
/// finder as they come: once the snippet is settled the remaining paragraphs are skipped undecoded
/// (reading and decoding every paragraph of every hit was a tenth of a search).
/// </summary>
internal sealed class HitFieldsVisitor(HighlightTerms bodyTerms) : StoredFieldVisitor
{
    private SnippetFinder? _snippet;

    public string Id { get; private set; } = "0";
    public string Slug { get; private set; } = string.Empty;
    public string Language { get; private set; } = string.Empty;
    public string? Outlet { get; private set; }
    public string Title { get; private set; } = string.Empty;
    public long? ImportedAt { get; private set; }
    public long? PublishedAt { get; private set; }
    public int WordCount { get; private set; }
    public List<StoredTag> Tags { get; } = [];

    public Snippet Snippet => (_snippet ?? new SnippetFinder(bodyTerms, Language)).Result();

    public override Status NeedsField(FieldInfo fieldInfo) => fieldInfo.Name switch
    {
        SearchFields.Paragraph => _snippet is { Done: true } ? Status.NO : Status.YES,
        SearchFields.Id or SearchFields.Slug or SearchFields.Language or SearchFields.Outlet or SearchFields.Title
            or SearchFields.ImportedAt or SearchFields.PublishedAt or SearchFields.WordCount or SearchFields.TagStored => Status.YES,
        _ => Status.NO,
    };

    public override void StringField(FieldInfo fieldInfo, string value)
    {
        switch (fieldInfo.Name)
        {
            case SearchFields.Paragraph:
                // The language is stored before the paragraphs, so the finder stems as the article's language.
                (_snippet ??= new SnippetFinder(bodyTerms, Language)).Add(value);
                break;
            case SearchFields.Id:
                Id = value;
                break;
            case SearchFields.Slug:
                Slug = value;
                break;
            case SearchFields.Language:
                Language = value;
                break;
            case SearchFields.Outlet:
                Outlet = value;
                break;
            case SearchFields.Title:
                Title = value;
                break;
            case SearchFields.TagStored:
                Tags.Add(StoredTag.Read(value));
                break;
        }
    }

    public override void Int32Field(FieldInfo fieldInfo, int value)
    {
        if (fieldInfo.Name == SearchFields.WordCount)
            WordCount = value;
    }

    public override void Int64Field(FieldInfo fieldInfo, long value)
    {
        if (fieldInfo.Name == SearchFields.ImportedAt)
            ImportedAt = value;
        else if (fieldInfo.Name == SearchFields.PublishedAt)
            PublishedAt = value;
    }
}

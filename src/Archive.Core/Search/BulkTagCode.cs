namespace Archive.Core.Search;

public enum BulkTagCode
{
    Ok = 0,

    /// <summary>No tag has that slug or label (or, on apply, the previewed tag is gone).</summary>
    TagNotFound,

    /// <summary>Text was typed but none of it is searchable, so there is no result set to act on.</summary>
    NothingSearchable,

    /// <summary>More than <see cref="SearchBulkTagging.MaxArticles"/> articles match.</summary>
    TooMany,
}

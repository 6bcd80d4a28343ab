namespace Archive.Core.Research;

public enum SavedSearchCode
{
    Ok,
    NameMissing,
    NameTooLong,
    QueryTooLong,
    NotFound,
}

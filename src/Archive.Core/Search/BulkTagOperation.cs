namespace Archive.Core.Search;

public enum BulkTagOperation
{
    Add,
    Remove,
}

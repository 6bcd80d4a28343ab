namespace Archive.Core.Research;

public enum BatchSearchStatus
{
    Queued = 0,
    Running = 1,
    Completed = 2,
}

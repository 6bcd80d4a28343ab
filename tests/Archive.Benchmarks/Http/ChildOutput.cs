namespace Archive.Benchmarks.Http;

/// <summary>
/// What a child process (a node, the import command) writes: its last few lines for the report when something goes
/// wrong, and optionally every line to a log file for looking into a figure afterwards. Fed from the process's output
/// and error events, on their threads.
/// </summary>
internal sealed class ChildOutput : IDisposable
{
    private const int LinesKept = 5;
    private readonly Queue<string> _last = new();
    private readonly Lock _gate = new();
    private StreamWriter? _log;

    public ChildOutput(string? logFile = null)
    {
        if (logFile is not null)
            _log = new StreamWriter(logFile) { AutoFlush = true };
    }

    public void Keep(string? line)
    {
        if (string.IsNullOrWhiteSpace(line))
            return;
        lock (_gate)
        {
            _log?.WriteLine(line);
            _last.Enqueue(line);
            while (_last.Count > LinesKept)
                _last.Dequeue();
        }
    }

    public string Last
    {
        get
        {
            lock (_gate)
                return string.Join(" | ", _last);
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _log?.Dispose();
            _log = null;
        }
    }
}

using System.Collections.Concurrent;
using Serilog.Core;
using Serilog.Events;

namespace Archive.Web.Tests;

/// <summary>Every event the app logs at Warning or above (the test host's minimum), for tests that check what was logged.</summary>
public sealed class CapturedLog : ILogEventSink
{
    private readonly ConcurrentQueue<LogEvent> _events = new();

    public IReadOnlyList<LogEvent> Events => [.. _events];

    public void Emit(LogEvent logEvent) => _events.Enqueue(logEvent);
}

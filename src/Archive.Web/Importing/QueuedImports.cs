using System.Threading.Channels;

namespace Archive.Web.Importing;

/// <summary>
/// Upload runs waiting for the background importer. Bounded, so a flood of uploads is told to come
/// back later instead of piling staged files on disk faster than they can be imported.
/// </summary>
public sealed class QueuedImports(int capacity)
{
    public const int DefaultCapacity = 8;

    private readonly Channel<int> _runs = Channel.CreateBounded<int>(new BoundedChannelOptions(Math.Max(1, capacity))
    {
        SingleReader = true,
        FullMode = BoundedChannelFullMode.Wait,
    });

    public int Capacity { get; } = Math.Max(1, capacity);

    /// <summary>Runs waiting, not counting the one being imported.</summary>
    public int Waiting => _runs.Reader.Count;

    public bool IsFull => Waiting >= Capacity;

    /// <summary>False when the queue is full: the caller tells the user to try again.</summary>
    public bool TryEnqueue(int importRunId) => _runs.Writer.TryWrite(importRunId);

    internal ChannelReader<int> Reader => _runs.Reader;
}

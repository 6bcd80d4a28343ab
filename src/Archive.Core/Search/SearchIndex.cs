using System.Globalization;
using Archive.Core.Data;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace Archive.Core.Search;

/// <summary>What the index folder held when it was opened.</summary>
public enum SearchIndexState
{
    /// <summary>A complete index of the current format; it only needs to catch up.</summary>
    Ready = 0,

    /// <summary>No index yet (first start, or the folder was deleted).</summary>
    Missing = 1,

    /// <summary>Unreadable files; they were removed.</summary>
    Corrupt = 2,

    /// <summary>Written by an older build (or an interrupted rebuild).</summary>
    OldFormat = 3,
}

/// <summary>
/// The process's one handle on the Lucene index: owns the directory, the only IndexWriter and the
/// near-real-time searchers. Register as a singleton; searches never wait for writes. The index is
/// derived from SQLite, so whatever it cannot read it throws away and <see cref="SearchIndexer"/> rebuilds.
/// </summary>
public sealed class SearchIndex : IDisposable
{
    /// <summary>Bumped whenever fields or analysis change; an index of another version is rebuilt.</summary>
    public const int FormatVersion = 6;

    internal const string FormatKey = "archive.format";
    private const string NodeKey = "archive.node";
    private const string OutboxKey = "archive.outbox";
    private const string HomeKey = "archive.home";
    private const string RebuildingMarker = "rebuilding";

    private static readonly Similarity _similarity = new BM25Similarity();

    private readonly LuceneDirectory _directory;
    private readonly IndexWriter _writer;
    private readonly SearcherManager _searchers;
    private readonly ProcessLock _processLock;
    private readonly IndexFieldCache _fields = new();
    private readonly string _home;
    private volatile bool _needsRebuild;
    private bool _disposed;

    private SearchIndex(string folder, LuceneDirectory directory, IndexWriter writer, SearchIndexState state, ProcessLock processLock)
    {
        _processLock = processLock;
        Folder = folder;
        _directory = directory;
        _writer = writer;
        StateAtOpen = state;
        _needsRebuild = state != SearchIndexState.Ready;
        // What this index has applied travels with its commits: a crash between the index commit and any database
        // write leaves the two in agreement, and a copied or restored folder says how far it got.
        var committed = writer.CommitData ?? new Dictionary<string, string>();
        _home = Environment.MachineName + "|" + Path.GetFullPath(folder);
        // A folder copied to another place or machine (a new node seeded from a snapshot) is another node: it keeps
        // the position it copied but must not report under the name of the index it was copied from.
        var known = committed.TryGetValue(NodeKey, out var node) && node.Length > 0
            && committed.TryGetValue(HomeKey, out var home) && home == _home;
        NodeId = known ? node! : Guid.NewGuid().ToString("N");
        AppliedOutboxId = _needsRebuild || !committed.TryGetValue(OutboxKey, out var applied)
            || !long.TryParse(applied, NumberStyles.None, CultureInfo.InvariantCulture, out var position) ? 0 : position;
        if (!known && !_needsRebuild)
        {
            // Kept before the name is ever reported: a name lost in a crash would pin the outbox for the retention.
            writer.SetCommitData(CommitData(FormatVersion.ToString(CultureInfo.InvariantCulture), AppliedOutboxId));
            writer.Commit();
        }
        _searchers = new SearcherManager(writer, applyAllDeletes: true, new ArchiveSearcherFactory());
    }

    public string Folder { get; }

    public SearchIndexState StateAtOpen { get; }

    /// <summary>This index's name among the nodes that share one database (<see cref="SearchNode"/>), kept in its commits.</summary>
    public string NodeId { get; }

    /// <summary>The last outbox row this index has applied, as of its last commit (0 for an index that predates positions).</summary>
    public long AppliedOutboxId
    {
        get => Volatile.Read(ref _appliedOutboxId);
        private set => Volatile.Write(ref _appliedOutboxId, value);
    }

    private long _appliedOutboxId;

    /// <summary>
    /// Moves each time a commit becomes visible to new searches, before <see cref="AppliedOutboxId"/> does: whatever is
    /// keyed by it (the page cache) cannot serve a page built on an older reader to someone who saw the new position.
    /// </summary>
    public long Generation => Interlocked.Read(ref _generation);

    private long _generation;

    /// <summary>When this process last reported the position to the database (<see cref="SearchNodeRegistry"/>).</summary>
    internal DateTime ReportedAt { get; set; } = DateTime.MinValue;

    /// <summary>True until a full rebuild from SQLite has been committed.</summary>
    public bool NeedsRebuild => _needsRebuild;

    /// <summary>Serialises catch-up and rebuild: the writer is shared, and a rebuild must not interleave with a batch.</summary>
    internal SemaphoreSlim WriteGate { get; } = new(1, 1);

    /// <summary>The conventional place for the index: a folder named "index" beside the database file.</summary>
    public static string FolderBeside(string connectionString) =>
        Path.Combine(ArchiveDatabase.DataFolderOf(connectionString), "index");

    /// <summary>
    /// Opens (or creates) the index in <paramref name="folder"/>, or returns null when another process
    /// holds its write lock: a CLI import then leaves the outbox for the running app to catch up from.
    /// </summary>
    public static SearchIndex? TryOpen(string folder, ILogger<SearchIndex>? logger = null, SearchIndexOptions? options = null)
    {
        logger ??= NullLogger<SearchIndex>.Instance;
        options ??= new SearchIndexOptions();
        ArchiveCodec.Register();
        System.IO.Directory.CreateDirectory(folder);
        var processLock = ProcessLock.TryAcquire(folder);
        if (processLock is null)
            return Locked(null, null, folder, logger);
        var directory = OpenDirectory(folder, options.FileAccess);
        try
        {
            var state = Probe(directory, logger);
            if (state == SearchIndexState.Corrupt && !Wipe(directory))
                return Locked(directory, processLock, folder, logger);
            IndexWriter? writer = null;
            try
            {
                writer = OpenWriter(directory, options);
                return new SearchIndex(folder, directory, writer, state, processLock);
            }
            catch (LockObtainFailedException)
            {
                throw;
            }
            catch (Exception e) when (state != SearchIndexState.Corrupt)
            {
                // The commit point read fine but the segments behind it did not.
                logger.LogWarning(e, "Search index in {Folder} could not be opened; it will be rebuilt", folder);
                writer?.Rollback();
                if (!Wipe(directory))
                    return Locked(directory, processLock, folder, logger);
                return new SearchIndex(folder, directory, OpenWriter(directory, options), SearchIndexState.Corrupt, processLock);
            }
        }
        catch (LockObtainFailedException)
        {
            return Locked(directory, processLock, folder, logger);
        }
        catch
        {
            directory.Dispose();
            processLock.Dispose();
            throw;
        }
    }

    /// <summary>Like <see cref="TryOpen"/>, for a host that must own the index: a held lock is an error.</summary>
    public static SearchIndex Open(string folder, ILogger<SearchIndex>? logger = null, SearchIndexOptions? options = null) =>
        TryOpen(folder, logger, options) ?? throw new SearchIndexLockedException(folder);

    /// <summary>Documents visible to searches (articles indexed as of the last commit).</summary>
    public int DocumentCount
    {
        get
        {
            using var lease = AcquireSearcher();
            return lease.Searcher.IndexReader.NumDocs;
        }
    }

    internal SearcherLease AcquireSearcher()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        return new SearcherLease(_searchers);
    }

    internal void Upsert(IndexedArticle article)
    {
        lock (_fields)
            _writer.UpdateDocument(IndexedArticle.IdTerm(article.Id), article.ToDocument(_fields));
    }

    internal void Add(IndexedArticle article)
    {
        lock (_fields)
            _writer.AddDocument(article.ToDocument(_fields));
    }

    internal void Delete(int articleId) => _writer.DeleteDocuments(IndexedArticle.IdTerm(articleId));

    /// <summary>Starts a rebuild: until <see cref="CommitRebuild"/> any commit is marked unfinished, so a crash means another rebuild.</summary>
    internal void BeginRebuild()
    {
        _needsRebuild = true;
        _writer.SetCommitData(CommitData(RebuildingMarker, 0));
        _writer.DeleteAll();
    }

    /// <summary>Ends a rebuild that read every article written up to outbox row <paramref name="appliedOutboxId"/>.</summary>
    internal void CommitRebuild(long appliedOutboxId)
    {
        _needsRebuild = false;
        Commit(appliedOutboxId);
    }

    /// <summary>Makes the writes durable, then visible to new searches; the applied outbox position stays.</summary>
    internal void Commit() => Commit(AppliedOutboxId);

    /// <summary>Makes the writes durable with the outbox position they bring the index to, then visible to new searches.</summary>
    internal void Commit(long appliedOutboxId)
    {
        var positioned = !_needsRebuild;
        if (positioned)
            _writer.SetCommitData(CommitData(FormatVersion.ToString(CultureInfo.InvariantCulture), appliedOutboxId));
        _writer.Commit();
        _searchers.MaybeRefreshBlocking();
        Interlocked.Increment(ref _generation);
        // Only now: whoever reads the position (a node's report, a test waiting for its write) may search for what it covers.
        if (positioned)
            AppliedOutboxId = appliedOutboxId;
    }

    private Dictionary<string, string> CommitData(string format, long appliedOutboxId) => new()
    {
        [FormatKey] = format,
        [NodeKey] = NodeId,
        [HomeKey] = _home,
        [OutboxKey] = appliedOutboxId.ToString(CultureInfo.InvariantCulture),
    };

    public void Dispose()
    {
        if (_disposed)
            return;
        _disposed = true;
        _searchers.Dispose();
        // Disposing commits; an unfinished rebuild is discarded instead, leaving the last good commit.
        if (_needsRebuild)
            _writer.Rollback();
        else
            _writer.Dispose();
        _directory.Dispose();
        WriteGate.Dispose();
        _processLock.Dispose();
    }

    private static SearchIndexState Probe(LuceneDirectory directory, ILogger logger)
    {
        try
        {
            if (!DirectoryReader.IndexExists(directory))
                return SearchIndexState.Missing;
            var commits = DirectoryReader.ListCommits(directory);
            var latest = commits[^1];
            return latest.UserData.TryGetValue(FormatKey, out var format)
                && format == FormatVersion.ToString(CultureInfo.InvariantCulture)
                ? SearchIndexState.Ready
                : SearchIndexState.OldFormat;
        }
        catch (Exception e) when (e is IOException or InvalidOperationException or ArgumentException or IndexOutOfRangeException)
        {
            logger.LogWarning(e, "Search index is unreadable; it will be rebuilt");
            return SearchIndexState.Corrupt;
        }
    }

    /// <summary>Deletes every index file, under the write lock so a running process is never robbed.</summary>
    private static bool Wipe(LuceneDirectory directory)
    {
        using var writeLock = directory.MakeLock(IndexWriter.WRITE_LOCK_NAME);
        if (!writeLock.Obtain())
            return false;
        foreach (var file in directory.ListAll())
        {
            if (file != IndexWriter.WRITE_LOCK_NAME && file != ProcessLock.FileName)
                directory.DeleteFile(file);
        }
        return true;
    }

    /// <summary>
    /// Lucene's FSDirectory.Open picks memory mapping on 64-bit; that is a choice here (see
    /// <see cref="IndexFileAccess"/>): mapped pages count in the working set, read ones stay in the shared file cache.
    /// </summary>
    private static FSDirectory OpenDirectory(string folder, IndexFileAccess access) => access switch
    {
        IndexFileAccess.Mapped => new MMapDirectory(new DirectoryInfo(folder)),
        _ => new PositionalReadDirectory(new DirectoryInfo(folder)),
    };

    private static IndexWriter OpenWriter(LuceneDirectory directory, SearchIndexOptions options)
    {
        var config = new IndexWriterConfig(ArchiveAnalyzers.Version, ArchiveAnalyzers.PerField)
        {
            Codec = new ArchiveCodec(),
            OpenMode = OpenMode.CREATE_OR_APPEND,
            Similarity = _similarity,
            WriteLockTimeout = 0,
            RAMBufferSizeMB = options.WriterBufferMB,
        };
        return new IndexWriter(directory, config);
    }

    private static SearchIndex? Locked(LuceneDirectory? directory, ProcessLock? processLock, string folder, ILogger logger)
    {
        directory?.Dispose();
        processLock?.Dispose();
        logger.LogInformation("Search index in {Folder} is held by another process; leaving the outbox to it", folder);
        return null;
    }

    private sealed class ArchiveSearcherFactory : SearcherFactory
    {
        public override IndexSearcher NewSearcher(IndexReader reader) => new ArchiveSearcher(reader) { Similarity = _similarity };
    }
}

/// <summary>
/// Keeps a second process (the CLI while the web app runs) from opening a writer on the same folder.
/// Lucene.NET's own write.lock only holds within one process on Linux: it opens the file with
/// FileShare.Read, which .NET maps to a shared flock that any number of processes obtain.
/// FileShare.None maps to an exclusive one (a sharing violation on Windows).
/// </summary>
internal sealed class ProcessLock : IDisposable
{
    public const string FileName = "archive.lock";

    private readonly FileStream _file;

    private ProcessLock(FileStream file) => _file = file;

    public static ProcessLock? TryAcquire(string folder)
    {
        try
        {
            return new ProcessLock(new FileStream(Path.Combine(folder, FileName), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
        }
        catch (IOException)
        {
            return null;
        }
    }

    public void Dispose() => _file.Dispose();
}

/// <summary>A searcher borrowed from the manager; returning it lets old readers close after a refresh.</summary>
internal sealed class SearcherLease(SearcherManager manager) : IDisposable
{
    // The manager's factory makes every searcher an ArchiveSearcher.
    public ArchiveSearcher Searcher { get; } = (ArchiveSearcher)manager.Acquire();

    public void Dispose() => manager.Release(Searcher);
}

/// <summary>The index's write lock is held by another process (typically the running web app).</summary>
public sealed class SearchIndexLockedException(string folder)
    : IOException($"The search index in {folder} is in use by another process.");

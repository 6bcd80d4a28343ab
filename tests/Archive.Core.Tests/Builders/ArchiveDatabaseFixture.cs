using Archive.Core.Data;
using Archive.Core.Importing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Archive.Core.Tests.Builders;

/// <summary>A real SQLite file in a temp folder with the migrations applied, and importers over it.</summary>
public sealed class ArchiveDatabaseFixture : IAsyncLifetime, IDisposable
{
    private TempArchive _archive = null!;

    public string ConnectionString => _archive.ConnectionString;

    public TempFolder Files { get; } = new("archive-files-");

    public RecordingLogger<ArticleImporter> Logger { get; } = new();

    public ArchiveDbContext NewContext() => _archive.NewContext();

    public async Task InitializeAsync() => _archive = await TempArchive.CreateAsync("archive-import-");

    public async Task<ImportSummary> ImportAsync(
        IReadOnlyList<string> paths,
        ImportOptions? options = null,
        IProgress<ImportProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        await using var db = NewContext();
        var importer = new ArticleImporter(db, options ?? new ImportOptions(), Logger);
        return await importer.ImportAsync(paths, "test", progress, cancellationToken);
    }

    public async Task<T> QueryAsync<T>(Func<ArchiveDbContext, Task<T>> query)
    {
        await using var db = NewContext();
        return await query(db);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        Files.Dispose();
        _archive?.Dispose();
    }
}

/// <summary>Keeps what was logged, so tests can check that a fallback or failure was reported.</summary>
public sealed class RecordingLogger<T> : ILogger<T>
{
    private readonly List<(LogLevel Level, string Message)> _entries = [];

    public IReadOnlyList<(LogLevel Level, string Message)> Entries
    {
        get
        {
            lock (_entries)
                return [.. _entries];
        }
    }

    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        lock (_entries)
            _entries.Add((logLevel, formatter(state, exception)));
    }
}

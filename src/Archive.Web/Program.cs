using Archive.Web.Cli;
using Archive.Core.Search;
using Archive.Web.Hosting;

if (await ArchiveCli.TryRunAsync(args) is int exitCode)
    return exitCode;

var builder = WebApplication.CreateBuilder(args);
builder.AddArchiveWeb();

var app = builder.Build();
app.UseArchiveWeb();

try
{
    await ArchiveStartup.PrepareAsync(app.Services, app.Lifetime.ApplicationStopping);
}
catch (Exception ex) when (ex is not OperationCanceledException)
{
    app.Logger.LogCritical(ex, "The archive database cannot be opened or migrated; not starting");
    return 1;
}

try
{
    // Opened before serving so a second copy of the app fails now, with a reason, not on the first search.
    _ = app.Services.GetRequiredService<SearchIndex>();
}
catch (SearchIndexLockedException ex)
{
    app.Logger.LogCritical(ex, "The search index is held by another process (is Archive already running on this database?); not starting");
    return 1;
}

await app.RunAsync();
return 0;

/// <summary>Visible to WebApplicationFactory in the test projects.</summary>
public partial class Program;

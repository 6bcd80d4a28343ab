using Archive.Web.Cli;
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

await app.RunAsync();
return 0;

/// <summary>Visible to WebApplicationFactory in the test projects.</summary>
public partial class Program;

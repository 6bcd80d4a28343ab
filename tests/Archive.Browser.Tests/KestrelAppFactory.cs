using System.Net;
using Archive.Core.Data;
using Archive.Core.Search;
using Archive.Core.Tagging;
using Archive.Web.Accounts;
using Archive.Web.Search;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Browser.Tests;

/// <summary>The web app on a real Kestrel socket (127.0.0.1, a free port) over a temp SQLite file, for a real browser.</summary>
public sealed class KestrelAppFactory : WebApplicationFactory<Program>
{
    private readonly string _folder = Directory.CreateTempSubdirectory("archive-browser-tests-").FullName;

    public KestrelAppFactory() => UseKestrel(options => options.Listen(IPAddress.Loopback, 0));

    /// <summary>Extra configuration for one test class's app; set before the first use of <see cref="ServerAddress"/>.</summary>
    public Dictionary<string, string> Settings { get; } = [];

    public Uri ServerAddress
    {
        get
        {
            StartServer();
            var addresses = Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>();
            return new Uri(addresses.Addresses.First());
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("ConnectionStrings:Archive", $"Data Source={Path.Combine(_folder, "archive.db")}");
        builder.UseSetting("Archive:SeedsPath", Path.Combine(AppContext.BaseDirectory, "seeds"));
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        // One browser signs in and searches far faster than a person; the limits themselves are tested in Archive.Web.Tests.
        builder.UseSetting("Archive:RateLimits:SignIn:PermitLimit", "100000");
        builder.UseSetting("Archive:RateLimits:Search:PermitLimit", "100000");
        foreach (var (key, value) in Settings)
            builder.UseSetting(key, value);
    }

    /// <summary>Wakes the catch-up loop until the outbox is empty (bounded), so the next page shows what was just written.</summary>
    public async Task WaitForSearchIndexAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var index = Services.GetRequiredService<SearchIndex>();
        var service = Services.GetRequiredService<SearchIndexService>();
        while (true)
        {
            await using (var scope = Services.CreateAsyncScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<ArchiveDbContext>();
                if (!await db.SearchOutbox.AnyAsync(timeout.Token) && !index.NeedsRebuild)
                    return;
            }
            service.Signal();
            await Task.Delay(20, timeout.Token);
        }
    }

    /// <summary>An editor account and the "Corea del Norte / North Korea" tag, both through the app's own services.</summary>
    public async Task AddEditorAndNorthKoreaTagAsync(string email, string password)
    {
        await using var scope = Services.CreateAsyncScope();
        var added = await scope.ServiceProvider.GetRequiredService<UserAccounts>().AddAsync(email, ArchiveRoles.Editor, password);
        Assert.True(added.Succeeded, added.Code.ToString());
        var created = await scope.ServiceProvider.GetRequiredService<TagService>()
            .CreateAsync("Corea del Norte", "North Korea", null, new TagActor("fixture", "fixture"));
        Assert.True(created.Succeeded, created.Code.ToString());
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder))
            Directory.Delete(_folder, recursive: true);
    }
}

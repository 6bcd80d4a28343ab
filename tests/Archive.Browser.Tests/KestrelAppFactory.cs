using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
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
        foreach (var (key, value) in Settings)
            builder.UseSetting(key, value);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder))
            Directory.Delete(_folder, recursive: true);
    }
}

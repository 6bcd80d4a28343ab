using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Benchmarks.Http;

/// <summary>
/// Archive.Web as it is, on real Kestrel at 127.0.0.1 on a free port, with one extra endpoint that
/// only this host adds: a static page of a chosen size, the HTTP ceiling the pages are compared to.
/// </summary>
public sealed class ArchiveWebHost : WebApplicationFactory<Program>
{
    public const string StaticPath = "/__benchmark/static";

    private readonly string _connectionString;
    private readonly string _contentRoot;
    private readonly bool _outputCache;

    /// <param name="outputCache">False measures what rendering a page costs, with the anonymous page cache off.</param>
    public ArchiveWebHost(string connectionString, string contentRoot, bool outputCache = true)
    {
        _connectionString = connectionString;
        _contentRoot = contentRoot;
        _outputCache = outputCache;
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
    }

    public StaticPage Static { get; } = new();

    /// <summary>Starts the server and returns its address.</summary>
    public Uri Start()
    {
        // Environment variables reach configuration read before the host is built, as in production.
        foreach (var (key, value) in Settings(_connectionString, _outputCache))
            Environment.SetEnvironmentVariable(key.Replace(":", "__", StringComparison.Ordinal), value);
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses;
        return new Uri(addresses.First());
    }

    /// <summary>Settings for a quiet production run on the benchmark's database (console logging per request would be measured otherwise).</summary>
    public static IEnumerable<(string Key, string Value)> Settings(string connectionString, bool outputCache = true) =>
    [
        ("ConnectionStrings:Archive", connectionString),
        ("Archive:OutputCache", outputCache ? "true" : "false"),
        ("Archive:ImportSeedsOnStart", "false"),
        // The load generator is one address sending thousands of searches a second: measured unthrottled.
        ("Archive:RateLimits:Search:PermitLimit", "0"),
        ("Archive:RateLimits:SignIn:PermitLimit", "0"),
        ("Logging:LogLevel:Default", "Warning"),
        ("Serilog:MinimumLevel:Default", "Warning"),
        ("Serilog:MinimumLevel:Override:Microsoft", "Warning"),
        ("Serilog:MinimumLevel:Override:Microsoft.AspNetCore", "Warning"),
        ("Serilog:MinimumLevel:Override:Serilog.AspNetCore", "Warning"),
    ];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseContentRoot(_contentRoot);
        foreach (var (key, value) in Settings(_connectionString, _outputCache))
            builder.UseSetting(key, value);
        builder.ConfigureServices(services => services.AddSingleton<IStartupFilter>(new StaticPageStartupFilter(Static)));
    }

    private sealed class StaticPageStartupFilter(StaticPage page) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Map(StaticPath, branch => branch.Run(context =>
            {
                var body = page.Content;
                context.Response.ContentType = "text/html; charset=utf-8";
                context.Response.ContentLength = body.Length;
                return context.Response.Body.WriteAsync(body, context.RequestAborted).AsTask();
            }));
            next(app);
        };
    }
}

/// <summary>The static page's bytes, sized once the real home page's size is known.</summary>
public sealed class StaticPage
{
    public byte[] Content { get; private set; } = [];

    public void Resize(int bytes)
    {
        var html = "<!DOCTYPE html><html lang=\"es\"><head><meta charset=\"utf-8\"><title>static</title></head><body><main>";
        var filler = new System.Text.StringBuilder(html, bytes + 64);
        while (filler.Length < bytes - 22)
            filler.Append("<p>Corea del Norte</p>");
        filler.Append("</main></body></html>");
        Content = System.Text.Encoding.UTF8.GetBytes(filler.ToString());
    }
}

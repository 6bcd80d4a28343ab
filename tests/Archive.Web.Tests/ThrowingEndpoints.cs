using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Web.Tests;

/// <summary>
/// The app plus two addresses that throw (/test/throw and /api/test/throw), appended after the
/// app's own pipeline so the app's error handling is what answers.
/// </summary>
internal static class ThrowingEndpoints
{
    public const string Secret = "Kaboom-7f3c: connection string Data Source=/secret/archive.db";

    public static WebApplicationFactory<Program> WithThrowingEndpoints(this ArchiveAppFactory app) =>
        app.WithSecondHost(builder => builder.ConfigureTestServices(services =>
            services.AddSingleton<IStartupFilter, Filter>()));

    private sealed class Filter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => builder =>
        {
            next(builder);
            builder.Use((HttpContext context, RequestDelegate _) =>
                context.Request.Path.Value!.EndsWith("/test/throw", StringComparison.Ordinal)
                    ? throw new InvalidOperationException(Secret)
                    : Task.CompletedTask);
        };
    }
}

using System.Globalization;
using Archive.Core.Search;
using Microsoft.AspNetCore.OutputCaching;

namespace Archive.Web.Hosting;

/// <summary>
/// Anonymous readers get the public pages (home, article, tags) from memory: the same bytes for every
/// reader of a language until the archive changes. Every change to articles and tags is either a
/// successful POST here or an outbox row the search index catches up on (CLI imports, background
/// imports), and both empty the cache. Signed-in editors never see or fill it (the default policy
/// skips authenticated requests and responses that set cookies).
/// </summary>
public static class ArchiveOutputCache
{
    public const string PagesPolicy = "ArchivePages";

    /// <summary>The tag every cached page carries, so one eviction empties them all.</summary>
    public const string ArchiveTag = "archive";

    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    public static IServiceCollection AddArchiveOutputCache(this IServiceCollection services)
    {
        services.AddOutputCache(options =>
        {
            options.SizeLimit = 64L * 1024 * 1024;
            options.AddPolicy(PagesPolicy, policy => policy
                .Expire(Lifetime)
                .Tag(ArchiveTag)
                // Request localization has run by now: the same URL is a different page per language.
                .VaryByValue(_ => new KeyValuePair<string, string>("culture", CultureInfo.CurrentUICulture.Name))
                // A page begun on an older index reader is stored under its generation, which no later request asks for:
                // the eviction after a catch-up runs after the new reader is visible, and a request in that gap, or one
                // that began before it and ends after it, would otherwise serve or store a stale page.
                .VaryByValue(context => new KeyValuePair<string, string>(
                    "index", context.RequestServices.GetRequiredService<SearchIndex>().Generation.ToString(CultureInfo.InvariantCulture))));
        });
        services.AddHostedService<EvictAfterIndexCatchUp>();
        return services;
    }

    /// <summary>After authentication and localization, so the policy sees who asks and in which language.</summary>
    public static IApplicationBuilder UseArchiveOutputCache(this IApplicationBuilder app, bool enabled)
    {
        if (!enabled)
            return app;
        app.UseOutputCache();
        return app.Use(async (context, next) =>
        {
            await next(context);
            if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method)
                && context.Response.StatusCode < 400)
            {
                var store = context.RequestServices.GetRequiredService<IOutputCacheStore>();
                await store.EvictByTagAsync(ArchiveTag, CancellationToken.None);
            }
        });
    }

    /// <summary>Changes made outside a request (another process's import, a background import) reach pages here.</summary>
    private sealed class EvictAfterIndexCatchUp(
        SearchIndexCatchUpLoop loop, IOutputCacheStore store, ILogger<EvictAfterIndexCatchUp> logger) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            loop.RoundCompleted += OnRoundCompleted;
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken)
        {
            loop.RoundCompleted -= OnRoundCompleted;
            return Task.CompletedTask;
        }

        private void OnRoundCompleted(CatchUpResult result)
        {
            // What this node applied, not what it pruned: with several nodes the rows stay until the slowest has them.
            if (result.Indexed + result.Removed == 0 && !result.Rebuilt)
                return;
            _ = EvictAsync();
        }

        private async Task EvictAsync()
        {
            try
            {
                await store.EvictByTagAsync(ArchiveTag, CancellationToken.None);
            }
            catch (Exception e)
            {
                logger.LogError(e, "Could not empty the page cache after a search index catch-up");
            }
        }
    }
}

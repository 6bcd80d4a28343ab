using Archive.Core.Research;

namespace Archive.Web.Research;

/// <summary>The researchers' tools: saved searches and their feeds, batch search, rate limits for the API they use.</summary>
public static class ResearchServices
{
    public static IServiceCollection AddArchiveResearch(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<BatchSearchOptions>()
            .Bind(configuration.GetSection(BatchSearchOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddScoped<SavedSearches>();
        services.AddScoped<BatchSearches>();
        services.AddScoped<BatchSubmission>();
        services.AddSingleton<BatchSearchRunner>();
        services.AddHostedService(sp => sp.GetRequiredService<BatchSearchRunner>());
        services.AddResearchRateLimits(configuration);
        return services;
    }

    public static IEndpointRouteBuilder MapArchiveResearch(this IEndpointRouteBuilder app)
    {
        app.MapSavedSearchesApi();
        app.MapBatchSearchApi();
        app.MapSearchFeeds();
        return app;
    }
}

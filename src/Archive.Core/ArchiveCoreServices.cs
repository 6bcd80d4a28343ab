using Archive.Core.Data;
using Archive.Core.Diagnostics;
using Archive.Core.Importing;
using Archive.Core.Research;
using Archive.Core.Search;
using Archive.Core.Tagging;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Archive.Core;

public static class ArchiveCoreServices
{
    public const string ImportSectionName = "Archive:Import";

    /// <summary>
    /// Core's own services, the same for the web app and the CLI: where the database is and which provider
    /// holds it, the contexts (scoped, and a factory for short-lived ones), the importer and its formats,
    /// re-cleaning, tagging and API tokens. Options are bound from configuration and validated on start.
    /// </summary>
    public static IServiceCollection AddArchiveCore(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.TryAddSingleton(TimeProvider.System);

        services.AddOptions<ImportOptions>().Bind(configuration.GetSection(ImportSectionName))
            .Validate(o => o.MaxFileBytes > 0, "Archive:Import:MaxFileBytes must be a positive number of bytes.")
            .Validate(o => o.BatchSize > 0, "Archive:Import:BatchSize must be at least 1.")
            .Validate(o => o.DatelineYear is null or (>= 1800 and <= 9999), "Archive:Import:DatelineYear must be a year such as 1987.")
            .ValidateOnStart();
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<ImportOptions>>().Value);

        // The CLI opens the index too (reindex, catch-up after an import), so both read these.
        services.AddOptions<SearchIndexOptions>().Bind(configuration.GetSection(SearchIndexOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<SearchIndexOptions>>(new ProblemValidation<SearchIndexOptions>(o => o.Problem()));

        services.AddSingleton(sp => new ArchiveDatabaseLocation(
            sp.GetRequiredService<IConfiguration>(),
            sp.GetService<IHostEnvironment>()?.ContentRootPath ?? Directory.GetCurrentDirectory()));
        services.AddSingleton(sp => new ArchiveDbContextFactory(
            sp.GetRequiredService<ArchiveDatabaseLocation>(), sp.GetService<ILoggerFactory>()));
        services.AddSingleton<IDbContextFactory<ArchiveDbContext>>(sp => sp.GetRequiredService<ArchiveDbContextFactory>());
        // Disposed with the scope: the container owns what its factory delegates return.
        services.AddScoped(sp => sp.GetRequiredService<ArchiveDbContextFactory>().CreateDbContext());

        // One registration per file format; the importer picks a format by extension.
        foreach (var format in ArticleFormats.CreateAll())
            services.AddSingleton(format);
        services.AddSingleton(sp => new ArticleFormatRegistry(sp.GetServices<IArticleFormat>()));
        // Off unless Archive:Diagnostics:HaltAt is set (the crash-safety tests set it on a child process).
        services.AddOptions<DiagnosticOptions>().Bind(configuration.GetSection(DiagnosticOptions.SectionName))
            .Validate(o => DiagnosticHalt.IsValid(o.HaltAt), DiagnosticHalt.FormatHint)
            .ValidateOnStart();
        services.AddSingleton(sp => DiagnosticHalt.Parse(
            sp.GetRequiredService<IOptions<DiagnosticOptions>>().Value.HaltAt,
            sp.GetRequiredService<ILoggerFactory>().CreateLogger<DiagnosticHalt>()));
        services.AddScoped(sp => new ArticleImporter(
            sp.GetRequiredService<ArchiveDbContext>(),
            sp.GetRequiredService<ImportOptions>(),
            sp.GetRequiredService<ILogger<ArticleImporter>>(),
            sp.GetServices<IArticleFormat>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<DiagnosticHalt>()));
        services.AddScoped<ArticleRecleaner>();
        services.AddScoped<Entities.StoredArticleEntities>();
        services.AddScoped<TagService>();
        services.AddScoped<ApiTokens>();
        return services;
    }
}

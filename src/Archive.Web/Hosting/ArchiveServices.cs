using Archive.Core.Copies;
using Archive.Core.Data;
using Archive.Core.Diagnostics;
using Archive.Core.Importing;
using Archive.Core.Research;
using Archive.Core.Tagging;
using Archive.Web.Accounts;
using Archive.Web.Articles;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Archive.Web.Hosting;

public static class ArchiveServices
{
    /// <summary>What both the web app and the CLI need: the database, the importer, the archive's settings.</summary>
    public static IServiceCollection AddArchive(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ArchiveOptions>().Bind(configuration.GetSection(ArchiveOptions.SectionName))
            .Validate(o => PublicBaseUrl.IsValid(o.PublicBaseUrl), "Archive:PublicBaseUrl must be an absolute http or https address without query or fragment.")
            .ValidateOnStart();
        services.AddSingleton(sp => new ArchiveDatabaseLocation(
            sp.GetRequiredService<IConfiguration>(),
            sp.GetRequiredService<IHostEnvironment>().ContentRootPath));
        services.AddDbContext<ArchiveDbContext>((sp, options) =>
            options.UseArchiveSqlite(sp.GetRequiredService<ArchiveDatabaseLocation>().ConnectionString));

        services.AddSingleton(sp =>
            sp.GetRequiredService<IConfiguration>().GetSection("Archive:Import").Get<ImportOptions>() ?? new ImportOptions());
        // One registration per file format; the importer picks a format by extension.
        foreach (var format in ArticleFormats.CreateAll())
            services.AddSingleton(format);
        services.AddSingleton(sp => new ArticleFormatRegistry(sp.GetServices<IArticleFormat>()));
        services.AddScoped(sp => new ArticleImporter(
            sp.GetRequiredService<ArchiveDbContext>(),
            sp.GetRequiredService<ImportOptions>(),
            sp.GetRequiredService<ILogger<ArticleImporter>>(),
            sp.GetServices<IArticleFormat>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<DiagnosticHalt>()));
        // Off unless Archive:Diagnostics:HaltAt is set (the crash-safety tests set it on a child process).
        services.AddSingleton(sp => DiagnosticHalt.Parse(
            sp.GetRequiredService<IConfiguration>()[DiagnosticHalt.SettingKey],
            sp.GetRequiredService<ILoggerFactory>().CreateLogger<DiagnosticHalt>()));
        services.AddScoped(sp => new ArticleRecleaner(
            sp.GetRequiredService<ArchiveDbContext>(),
            sp.GetRequiredService<ImportOptions>(),
            sp.GetRequiredService<ILogger<ArticleRecleaner>>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ArticleFormatRegistry>()));
        services.AddScoped<ArticleListing>();
        services.AddScoped<StoryCopies>();
        services.AddScoped(sp => new CopyDetection(
            sp.GetRequiredService<ArchiveDbContext>(),
            sp.GetRequiredService<ILogger<CopyDetection>>(),
            sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton(TimeProvider.System);
        services.AddScoped<TagService>();
        services.AddScoped<ApiTokens>();
        services.AddArchiveAccounts();
        return services;
    }
}

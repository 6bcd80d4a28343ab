using Archive.Core.Data;
using Archive.Core.Importing;
using Archive.Web.Articles;
using Microsoft.EntityFrameworkCore;

namespace Archive.Web.Hosting;

public static class ArchiveServices
{
    /// <summary>What both the web app and the CLI need: the database, the importer, the archive's settings.</summary>
    public static IServiceCollection AddArchive(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ArchiveOptions>().Bind(configuration.GetSection(ArchiveOptions.SectionName));
        services.AddSingleton(sp => new ArchiveDatabaseLocation(
            sp.GetRequiredService<IConfiguration>(),
            sp.GetRequiredService<IHostEnvironment>().ContentRootPath));
        services.AddDbContext<ArchiveDbContext>((sp, options) =>
            options.UseSqlite(sp.GetRequiredService<ArchiveDatabaseLocation>().ConnectionString));

        services.AddSingleton(sp =>
            sp.GetRequiredService<IConfiguration>().GetSection("Archive:Import").Get<ImportOptions>() ?? new ImportOptions());
        services.AddScoped<ArticleImporter>();
        services.AddScoped<ArticleListing>();
        return services;
    }
}

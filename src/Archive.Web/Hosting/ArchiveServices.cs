using Archive.Core;
using Archive.Core.Copies;
using Archive.Core.Data;
using Archive.Web.Accounts;
using Archive.Web.Articles;

namespace Archive.Web.Hosting;

public static class ArchiveServices
{
    /// <summary>What both the web app and the CLI need: Core's services, the accounts, the archive's settings.</summary>
    public static IServiceCollection AddArchive(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ArchiveOptions>().Bind(configuration.GetSection(ArchiveOptions.SectionName))
            .Validate(o => PublicBaseUrl.IsValid(o.PublicBaseUrl), "Archive:PublicBaseUrl must be an absolute http or https address without query or fragment.")
            .ValidateOnStart();
        services.AddArchiveCore(configuration);
        services.AddScoped<ArticleListing>();
        services.AddScoped<StoryCopies>();
        services.AddScoped(sp => new CopyDetection(
            sp.GetRequiredService<ArchiveDbContext>(),
            sp.GetRequiredService<ILogger<CopyDetection>>(),
            sp.GetRequiredService<TimeProvider>()));
        services.AddScoped<Archive.Web.Entities.EntityQueries>();
        services.AddArchiveAccounts(configuration);
        return services;
    }
}

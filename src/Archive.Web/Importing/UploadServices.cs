using Archive.Core.Data;
using Archive.Core.Importing;
using Archive.Core.Importing.Uploads;

namespace Archive.Web.Importing;

public static class UploadServices
{
    public const string SectionName = "Archive:Upload";

    /// <summary>
    /// Multipart framing and the antiforgery field on top of the files themselves; the files are
    /// held to <see cref="UploadOptions.MaxUploadBytes"/> byte by byte as they are staged.
    /// </summary>
    public const long RequestOverheadBytes = 16 * 1024;

    /// <summary>Uploads from the browser and the background importer that takes them (web app only; the CLI imports in the foreground).</summary>
    public static IServiceCollection AddArchiveUploads(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(SectionName);
        services.AddSingleton(sp =>
        {
            var options = section.Get<UploadOptions>() ?? new UploadOptions();
            // One per-file limit for the whole archive: a file the importer would refuse is refused at the door.
            options.MaxFileBytes = sp.GetRequiredService<ImportOptions>().MaxFileBytes;
            return options;
        });
        services.AddSingleton<UploadFolder>();
        services.AddSingleton(sp => ImportRunLeases.For(sp.GetRequiredService<ArchiveDatabaseLocation>(), sp.GetRequiredService<UploadFolder>().Path));
        services.AddScoped(sp => new UploadReceiver(
            sp.GetRequiredService<ArchiveDbContext>(),
            sp.GetRequiredService<UploadOptions>(),
            sp.GetRequiredService<ArticleImporter>().SupportedExtensions,
            sp.GetRequiredService<UploadFolder>().Path));
        services.AddSingleton(new QueuedImports(section.GetValue("QueueCapacity", QueuedImports.DefaultCapacity)));
        services.AddHostedService<ImportQueueService>();
        return services;
    }

    /// <summary>The most a whole upload request may weigh.</summary>
    public static long MaxRequestBytes(this UploadOptions options) => options.MaxUploadBytes + RequestOverheadBytes;
}

using Archive.Core;
using Archive.Core.Data;
using Archive.Core.Importing;
using Archive.Core.Importing.Uploads;
using Microsoft.Extensions.Options;

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
        services.AddOptions<UploadOptions>().Bind(configuration.GetSection(SectionName))
            // One per-file limit for the whole archive: a file the importer would refuse is refused at the door.
            .PostConfigure<IOptions<ImportOptions>>((options, import) => options.MaxFileBytes = import.Value.MaxFileBytes)
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<UploadOptions>>(new ProblemValidation<UploadOptions>(o => o.Problem()));
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<UploadOptions>>().Value);
        services.AddSingleton<UploadFolder>();
        services.AddSingleton(sp => ImportRunLeases.For(sp.GetRequiredService<ArchiveDatabaseLocation>(), sp.GetRequiredService<UploadFolder>().Path));
        services.AddScoped(sp => new UploadReceiver(
            sp.GetRequiredService<ArchiveDbContext>(),
            sp.GetRequiredService<UploadOptions>(),
            sp.GetRequiredService<ArticleImporter>().SupportedExtensions,
            sp.GetRequiredService<UploadFolder>().Path));
        services.AddSingleton(sp => new QueuedImports(sp.GetRequiredService<UploadOptions>().QueueCapacity));
        services.AddHostedService<ImportQueueService>();
        return services;
    }

    /// <summary>The most a whole upload request may weigh.</summary>
    public static long MaxRequestBytes(this UploadOptions options) => options.MaxUploadBytes + RequestOverheadBytes;
}

using System.Text.Encodings.Web;
using System.Text.Unicode;
using Archive.Core.Data;
using Archive.Web.Accounts;
using Archive.Web.Api;
using Archive.Web.Importing;
using Archive.Web.Localization;
using Archive.Web.Research;
using Archive.Web.Search;
using Archive.Web.Security;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.WebEncoders;
using Serilog;

namespace Archive.Web.Hosting;

public static class ArchiveWeb
{
    public static WebApplicationBuilder AddArchiveWeb(this WebApplicationBuilder builder)
    {
        builder.Services.AddArchiveLogging(builder.Configuration, ArchiveLogAudience.WebApp);

        builder.Services.AddArchive(builder.Configuration);
        builder.Services.AddArchiveSearch();
        builder.Services.AddArchiveUploads(builder.Configuration);
        builder.Services.AddArchiveResearch(builder.Configuration);
        // Researchers paste long queries into the URL; the parser trims them and says so, which beats
        // Kestrel's bare 414 at its 8 KB default.
        builder.Services.Configure<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>(o =>
        {
            o.Limits.MaxRequestLineSize = 256 * 1024;
            o.Limits.MaxRequestHeadersTotalSize = 320 * 1024;
        });

        // Article text is mostly Spanish: emit "ñ" rather than "&#xF1;" in pages and JSON.
        builder.Services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        // Keys live in the database, so cookies and form tokens survive a restart and every node on one database
        // honours what another issued; one application name, as nodes may run from different folders.
        builder.Services.AddDataProtection()
            .SetApplicationName("Archive")
            .PersistKeysToDbContext<AccountsDbContext>();

        builder.Services.AddLocalization();
        builder.Services.Configure<RequestLocalizationOptions>(ArchiveCultures.Configure);
        builder.Services.AddArchiveAccountsWeb();
        builder.Services.AddArchiveRateLimits(builder.Configuration);
        // The configured public address is always a host this archive answers for.
        builder.Services.AddOptions<Microsoft.AspNetCore.HostFiltering.HostFilteringOptions>()
            .PostConfigure<IOptions<ArchiveOptions>>((hosts, archive) =>
            {
                if (Uri.TryCreate(archive.Value.PublicBaseUrl, UriKind.Absolute, out var uri) && hosts.AllowedHosts.Count > 0 && !hosts.AllowedHosts.Contains("*"))
                    hosts.AllowedHosts = [.. hosts.AllowedHosts, uri.IdnHost];
            });
        builder.Services.AddRazorPages(options =>
            {
                options.Conventions.AuthorizeFolder("/Admin", ArchivePolicies.Admin);
                options.Conventions.AuthorizeFolder("/Tags/Manage", ArchivePolicies.Editor);
                options.Conventions.AddPageApplicationModelConvention("/Account/SignIn", page =>
                    page.EndpointMetadata.Add(new Microsoft.AspNetCore.RateLimiting.EnableRateLimitingAttribute(ArchiveRateLimits.SignInPolicy)));
                options.Conventions.AddPageApplicationModelConvention("/Search/Index", page =>
                    page.EndpointMetadata.Add(new Microsoft.AspNetCore.RateLimiting.EnableRateLimitingAttribute(ArchiveRateLimits.SearchPolicy)));
            })
            .AddViewLocalization()
            .AddMvcOptions(options =>
            {
                options.Filters.Add<AntiforgeryFailureLog>();
                options.Filters.Add<UnhandledMethodFilter>();
            });
        builder.Services.AddArchiveOutputCache();
        builder.Services.AddProblemDetails();
        builder.Services.ConfigureHttpJsonOptions(o =>
            o.SerializerOptions.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All));
        return builder;
    }

    public static WebApplication UseArchiveWeb(this WebApplication app)
    {
        app.UseSecurityHeaders(strictTransportSecurity: !app.Environment.IsDevelopment());
        app.UseSerilogRequestLogging();

        // The API answers errors with problem details; the site answers with a page in the reader's language.
        app.UseWhen(IsApi, api =>
        {
            api.UseExceptionHandler();
            api.UseStatusCodePages();
        });
        app.UseWhen(context => !IsApi(context), site =>
        {
            site.UseExceptionHandler("/error");
            site.UseStatusCodePagesWithReExecute("/error/{0}");
        });

        app.UseCrossSiteRequestGuard();
        app.UseStaticFiles();
        app.UseRequestLocalization();
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        // After routing, so endpoints are known by their rate-limiting policy.
        app.UseRateLimiter();
        app.UseAntiforgery();
        app.UseArchiveOutputCache(app.Services.GetRequiredService<IOptions<ArchiveOptions>>().Value.OutputCache);
        app.UseCatchUpAfterWrites();

        app.MapRazorPages();
        app.MapArticlesApi();
        app.MapTagsApi();
        app.MapGroup("").RequireRateLimiting(ArchiveRateLimits.SearchPolicy).MapSearchApi();
        app.MapGroup("").RequireRateLimiting(ArchiveRateLimits.SearchPolicy).MapAttentionApi();
        app.MapImportsApi();
        app.MapArchiveResearch();
        app.MapCultureSwitch();
        return app;
    }

    private static bool IsApi(HttpContext context) => context.Request.Path.StartsWithSegments("/api");
}

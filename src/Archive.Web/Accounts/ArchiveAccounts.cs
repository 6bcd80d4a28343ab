using Archive.Core.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Archive.Web.Accounts;

public static class ArchiveAccounts
{
    public const string SignInPath = "/account/signin";

    /// <summary>Identity's stores and rules, without cookies: what both the web app and the <c>user</c> command need.</summary>
    public static IServiceCollection AddArchiveAccounts(this IServiceCollection services, IConfiguration configuration)
    {
        // The accounts live in the archive's database, so they follow its provider (and its migrations set).
        if (ArchiveDatabaseLocation.ProviderFrom(configuration) == ArchiveDatabaseProvider.PostgreSQL)
        {
            services.AddDbContext<AccountsDbContext, PostgresAccountsDbContext>((sp, options) =>
                options.UseNpgsql(
                    sp.GetRequiredService<ArchiveDatabaseLocation>().ConnectionString,
                    x => x.MigrationsHistoryTable(AccountsDbContext.MigrationsHistoryTable)));
        }
        else
        {
            services.AddDbContext<AccountsDbContext>((sp, options) =>
                options.UseSqlite(
                    sp.GetRequiredService<ArchiveDatabaseLocation>().ConnectionString,
                    x => x.MigrationsHistoryTable(AccountsDbContext.MigrationsHistoryTable)));
        }
        services.AddIdentityCore<ArchiveUser>(ConfigureIdentity)
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<AccountsDbContext>();
        services.AddScoped<UserAccounts>();
        return services;
    }

    /// <summary>Sign-in cookies, API tokens and the Researcher, Editor and Admin policies; call after <see cref="AddArchiveAccounts"/>.</summary>
    public static IServiceCollection AddArchiveAccountsWeb(this IServiceCollection services)
    {
        services.AddIdentityCore<ArchiveUser>(ConfigureIdentity).AddRoles<IdentityRole>().AddSignInManager();
        services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
        services.AddAuthentication().AddScheme<AuthenticationSchemeOptions, ApiTokenAuthentication>(ApiTokenAuthentication.SchemeName, null);
        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.LoginPath = SignInPath;
            cookie.LogoutPath = "/account/signout";
            cookie.AccessDeniedPath = "/account/denied";
            cookie.Cookie.Name = "archive.auth";
            cookie.Cookie.HttpOnly = true;
            // Secure whenever the request is HTTPS; plain http only works on a development machine.
            cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            cookie.Cookie.SameSite = SameSiteMode.Strict;
            cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
            cookie.SlidingExpiration = true;
            // Checked on every request (one indexed read, for signed-in accounts only): a sign-out, a role change
            // or a removed account ends that account's other sessions at once, including a copied cookie.
            cookie.Events.OnValidatePrincipal = SessionStampCheck.ValidateAsync;
            cookie.Events.OnRedirectToLogin = context => ApiAware(context, StatusCodes.Status401Unauthorized);
            cookie.Events.OnRedirectToAccessDenied = context => ApiAware(context, StatusCodes.Status403Forbidden);
        });
        services.AddAuthorizationBuilder()
            .AddPolicy(ArchivePolicies.Editor, p => p.RequireRole(ArchiveRoles.Editor, ArchiveRoles.Admin))
            .AddPolicy(ArchivePolicies.Admin, p => p.RequireRole(ArchiveRoles.Admin))
            .AddPolicy(ArchivePolicies.Researcher, p => p.RequireRole(ArchiveRoles.All))
            .AddPolicy(ArchivePolicies.ResearcherApi, p => p
                .AddAuthenticationSchemes(ApiTokenAuthentication.SchemeName, IdentityConstants.ApplicationScheme)
                .RequireRole(ArchiveRoles.All));
        return services;
    }

    /// <summary>Brings Identity's tables up to date (after Core's migrations) and makes sure both roles exist.</summary>
    public static async Task MigrateAccountsAsync(IServiceProvider services, CancellationToken cancellationToken = default)
    {
        var db = services.GetRequiredService<AccountsDbContext>();
        if (db.Database.IsSqlite())
            ArchiveDatabase.EnsureDirectoryFor(db.Database.GetConnectionString());
        await db.Database.MigrateAsync(cancellationToken);
        await AdoptKeyFilesAsync(db, services.GetRequiredService<ArchiveDatabaseLocation>().DataFolder, cancellationToken);
        var roles = services.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in ArchiveRoles.All)
        {
            if (!await roles.RoleExistsAsync(role))
                await roles.CreateAsync(new IdentityRole(role));
        }
    }

    /// <summary>
    /// Keys an earlier version kept in the data folder (<c>keys/*.xml</c>) move into the database once, so the key ring
    /// carries on; the folder is left as it was.
    /// </summary>
    private static async Task AdoptKeyFilesAsync(AccountsDbContext db, string dataFolder, CancellationToken cancellationToken)
    {
        var folder = Path.Combine(dataFolder, "keys");
        if (!Directory.Exists(folder) || await db.DataProtectionKeys.AnyAsync(cancellationToken))
            return;
        foreach (var file in Directory.EnumerateFiles(folder, "*.xml").Order(StringComparer.Ordinal))
        {
            db.DataProtectionKeys.Add(new Microsoft.AspNetCore.DataProtection.EntityFrameworkCore.DataProtectionKey
            {
                FriendlyName = Path.GetFileNameWithoutExtension(file),
                Xml = await File.ReadAllTextAsync(file, cancellationToken),
            });
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    private static void ConfigureIdentity(IdentityOptions options)
    {
        options.User.RequireUniqueEmail = true;
        options.Password.RequiredLength = 12;
        options.Password.RequireNonAlphanumeric = false;
        options.Password.RequireUppercase = false;
        options.Password.RequireLowercase = false;
        options.Password.RequireDigit = false;
        options.Password.RequiredUniqueChars = 4;
        options.Lockout.MaxFailedAccessAttempts = 5;
        options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
        options.Lockout.AllowedForNewUsers = true;
        options.SignIn.RequireConfirmedAccount = false;
    }

    /// <summary>The path and query only: the absolute address Identity builds names whatever Host the client sent.</summary>
    private static string LocalPart(string redirectUri) =>
        Uri.TryCreate(redirectUri, UriKind.Absolute, out var absolute) ? absolute.PathAndQuery : redirectUri;

    private static Task ApiAware(Microsoft.AspNetCore.Authentication.RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api"))
            context.Response.StatusCode = status;
        else
            context.Response.Redirect(LocalPart(context.RedirectUri));
        return Task.CompletedTask;
    }
}

using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Archive.Web.Tests.Security;

internal static class ProductionHost
{
    /// <summary>A second host on the shared database in the Production environment, with extra settings.</summary>
    public static WebApplicationFactory<Program> InProduction(this ArchiveAppFactory app, params (string Key, string Value)[] settings) =>
        app.WithSecondHost(builder =>
        {
            builder.UseEnvironment("Production");
            builder.UseSetting("Archive:ImportSeedsOnStart", "false");
            foreach (var (key, value) in settings)
                builder.UseSetting(key, value);
        });
}

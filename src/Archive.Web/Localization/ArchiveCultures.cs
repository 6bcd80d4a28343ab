using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace Archive.Web.Localization;

public static class ArchiveCultures
{
    public const string Default = "es";

    public static IReadOnlyList<string> Supported { get; } = ["es", "en"];

    public static void Configure(RequestLocalizationOptions options)
    {
        var cultures = Supported.Select(c => new CultureInfo(c)).ToList();
        options.DefaultRequestCulture = new RequestCulture(Default);
        options.SupportedCultures = cultures;
        options.SupportedUICultures = cultures;
        options.FallBackToParentCultures = true;
        options.FallBackToParentUICultures = true;
    }

    /// <summary>The two-letter code of the language the page is shown in.</summary>
    public static string Current => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
}

using System.Globalization;

namespace Archive.Web.Entities;

/// <summary>An entity's label in the reader's interface language.</summary>
public static class EntityLabels
{
    public static string For(string labelEs, string labelEn) =>
        CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en" ? labelEn : labelEs;

    public static string Other(string labelEs, string labelEn) =>
        CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en" ? labelEs : labelEn;
}

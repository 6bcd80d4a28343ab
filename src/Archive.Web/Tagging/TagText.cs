using System.Globalization;
using Archive.Core.Tagging;

namespace Archive.Web.Tagging;

/// <summary>A tag is shown in the reader's language: the Spanish label on the Spanish site, the English one on the English site.</summary>
public static class TagText
{
    public static string Label(string labelEs, string labelEn) =>
        CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en" ? labelEn : labelEs;

    public static string Label(this TagRef tag) => Label(tag.LabelEs, tag.LabelEn);

    public static string Label(this TagListItem tag) => Label(tag.LabelEs, tag.LabelEn);

    public static string Label(this TagDetails tag) => Label(tag.LabelEs, tag.LabelEn);
}

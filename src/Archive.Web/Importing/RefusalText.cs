using System.Globalization;
using Archive.Core.Importing.Uploads;
using Archive.Web.Resources;
using Microsoft.Extensions.Localization;

namespace Archive.Web.Importing;

/// <summary>A refused upload item's reason in the reader's language, sizes in MB rather than bytes.</summary>
public static class RefusalText
{
    public static string Describe(IStringLocalizer<SharedResource> text, UploadRefusal code, IReadOnlyList<string> arguments)
    {
        var shown = code switch
        {
            UploadRefusal.FileTooLarge or UploadRefusal.UploadTooLarge => arguments.Select(Megabytes).ToArray(),
            UploadRefusal.UnsupportedType when arguments.Count == 0 || arguments[0].Length == 0 => [text["Upload.NoExtension"].Value],
            _ => arguments.ToArray<object>(),
        };
        return text[$"UploadRefusal.{code}", shown];
    }

    /// <summary>Bytes as megabytes with at most one decimal, in the current culture ("5 MB", "0,5 MB").</summary>
    public static string Megabytes(long bytes) =>
        (bytes / (1024.0 * 1024.0)).ToString("0.#", CultureInfo.CurrentCulture) + " MB";

    private static object Megabytes(string bytes) =>
        long.TryParse(bytes, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? Megabytes(value) : bytes;
}

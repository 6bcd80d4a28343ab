using System.Globalization;
using Archive.Core.Importing;
using Archive.Web.Resources;
using Microsoft.Extensions.Localization;

namespace Archive.Web.Importing;

/// <summary>An importer's reason in the reader's language; reasons recorded as free text before codes existed are shown as written.</summary>
public static class ImportReasonText
{
    public static string Describe(IStringLocalizer<SharedResource> text, ImportReasonCode code, IReadOnlyList<string> arguments)
    {
        object[] shown = code switch
        {
            ImportReasonCode.FileTooLarge => [.. arguments.Select(Megabytes)],
            ImportReasonCode.UnsupportedType when arguments.Count == 0 || arguments[0].Length == 0 => [text["Upload.NoExtension"].Value],
            _ => [.. arguments],
        };
        return text[$"ImportReason.{code}", shown];
    }

    /// <summary>What a file row shows: an upload refusal, else the importer's code, else the old free text.</summary>
    public static string? ForFile(IStringLocalizer<SharedResource> text, Core.Importing.Uploads.UploadRefusal? refusal, string? refusalArguments,
        ImportReasonCode? code, string? arguments, string? reason)
    {
        if (refusal is { } refused)
            return RefusalText.Describe(text, refused, Core.Importing.Uploads.RefusedUpload.ParseArguments(refusalArguments));
        return code is { } known ? Describe(text, known, ImportReason.ParseArguments(arguments)) : reason;
    }

    private static object Megabytes(string bytes) =>
        long.TryParse(bytes, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? RefusalText.Megabytes(value) : bytes;
}

using System.Globalization;

namespace Archive.Core.Importing.Uploads;

/// <summary>Why an uploaded file or zip entry was not staged. Stored by name: keep the names stable.</summary>
public enum UploadRefusal
{
    /// <summary>Arguments: the per-file limit in bytes.</summary>
    FileTooLarge,

    /// <summary>The upload as a whole passed its byte limit; this item and those after it were not read. Arguments: the limit in bytes.</summary>
    UploadTooLarge,

    /// <summary>Arguments: the entry limit.</summary>
    TooManyEntries,

    /// <summary>An absolute path, a drive letter, a <c>..</c> segment or a name that would land outside the upload's folder.</summary>
    UnsafePath,

    /// <summary>Decompressed far more than it weighs compressed (a zip bomb). Arguments: the ratio limit.</summary>
    ExpansionTooHigh,

    /// <summary>Arguments: the file's extension, or empty when it has none.</summary>
    UnsupportedType,

    CorruptZip,

    /// <summary>Zips inside zips are not expanded.</summary>
    NestedZip,

    /// <summary>The file system would not store a file by this name (too long for it).</summary>
    UnusableName,
}

/// <summary>One refused item: its name as the user gave it (a zip entry as <c>zip/entry</c>), the code, and the code's arguments.</summary>
public sealed record RefusedUpload(string Name, UploadRefusal Code, IReadOnlyList<string> Arguments)
{
    /// <summary>The reason in English, for logs, the CLI and API readers; pages word it from the code.</summary>
    public string Describe() => Code switch
    {
        UploadRefusal.FileTooLarge => Format("file too large: the limit is {0} bytes", Argument(0)),
        UploadRefusal.UploadTooLarge => Format("the upload passed its limit of {0} bytes; this file was not read", Argument(0)),
        UploadRefusal.TooManyEntries => Format("too many files: an upload holds at most {0}", Argument(0)),
        UploadRefusal.UnsafePath => "unsafe path: absolute, with a drive letter or '..', or outside the upload",
        UploadRefusal.ExpansionTooHigh => Format("expands more than {0} times its compressed size (a zip bomb?); not expanded", Argument(0)),
        UploadRefusal.UnsupportedType => Argument(0).Length == 0
            ? "unsupported file type (no extension)"
            : Format("unsupported file type ({0})", Argument(0)),
        UploadRefusal.CorruptZip => "corrupt or unreadable zip",
        UploadRefusal.NestedZip => "a zip inside a zip is not expanded",
        UploadRefusal.UnusableName => "the file name is too long or not usable on the server",
        _ => Code.ToString(),
    };

    public string ArgumentsJson() => ReasonArguments.ToJson(Arguments);

    /// <summary>The arguments stored with a refused file, read back; empty when there are none or they do not parse.</summary>
    public static IReadOnlyList<string> ParseArguments(string? json) => ReasonArguments.Parse(json);

    private string Argument(int index) => index < Arguments.Count ? Arguments[index] : "";

    private static string Format(string format, string argument) => string.Format(CultureInfo.InvariantCulture, format, argument);
}

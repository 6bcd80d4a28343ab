using System.Globalization;

namespace Archive.Core.Importing;

/// <summary>A reason as a code and the values its wording needs; <see cref="Describe"/> words it in English for logs, the CLI and the API.</summary>
public sealed record ImportReason(ImportReasonCode Code, IReadOnlyList<string> Arguments)
{
    public static ImportReason Of(ImportReasonCode code, params string[] arguments) => new(code, arguments);

    public static ImportReason Of(ImportReasonCode code, long number) => new(code, [number.ToString(CultureInfo.InvariantCulture)]);

    public string Describe() => Code switch
    {
        ImportReasonCode.InvalidPath => F("invalid path: {0}"),
        ImportReasonCode.PathNotFound => "path not found",
        ImportReasonCode.FolderUnreadable => F("could not list the folder: {0}"),
        ImportReasonCode.UnsupportedType => Argument(0).Length == 0 ? "unsupported file type (no extension)" : F("unsupported file type ({0})"),
        ImportReasonCode.FileTooLarge => string.Create(CultureInfo.InvariantCulture, $"file too large: {Number(0):N0} bytes, the limit is {Number(1):N0}"),
        ImportReasonCode.FileUnreadable => F("could not read the file: {0}"),
        ImportReasonCode.EmptyFile => "empty file",
        ImportReasonCode.WhitespaceOnly => "the file holds only whitespace",
        ImportReasonCode.BinaryFile => "binary file (it contains NUL bytes), not text",
        ImportReasonCode.ProcessingError => F("could not process the file: {0}"),
        ImportReasonCode.ParseError => F("could not parse the file: {0}"),
        ImportReasonCode.NoText => "no article text in the file",
        ImportReasonCode.NoTextAfterCleaning => F("no article text left after cleaning ({0} line(s) removed as noise)"),
        ImportReasonCode.EmptyPage => "the page is empty",
        ImportReasonCode.PageUnreadable => F("the page could not be read: {0}"),
        ImportReasonCode.MarkupTooDeep => F("the page's markup is nested more than {0} levels deep; it is broken or not a saved article"),
        ImportReasonCode.BodyNotExtracted => F("the article body could not be extracted: {0}"),
        ImportReasonCode.NoArticleBody => "no article body found: the page looks like a section front, an index or a list of links",
        ImportReasonCode.MostlyLinks => F("the page is mostly links ({0} % of its text), not an article"),
        ImportReasonCode.TooLittleText => F("the page has too little text to be an article ({0} characters after cleaning)"),
        ImportReasonCode.NoteUnreadable => F("the note could not be read: {0}"),
        ImportReasonCode.EmptyNote => "the note has no text",
        ImportReasonCode.Duplicate => F("duplicate of article {0}"),
        ImportReasonCode.Updated => ArticleImporter.UpdatedReason,
        ImportReasonCode.StagingGone => "the uploaded files are no longer in the staging folder",
        ImportReasonCode.RunFailed => F("the import stopped on an error: {0}"),
        ImportReasonCode.QueueFull => "the import queue was full; upload the files again",
        ImportReasonCode.Recleaned => F("cleaned again: {0}"),
        _ => Code.ToString(),
    };

    public string ArgumentsJson() => ReasonArguments.ToJson(Arguments);

    /// <summary>Stored arguments read back; empty when there are none or they do not parse.</summary>
    public static IReadOnlyList<string> ParseArguments(string? json) => ReasonArguments.Parse(json);

    private string Argument(int index) => index < Arguments.Count ? Arguments[index] : "";

    private long Number(int index) => long.TryParse(Argument(index), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : 0;

    private string F(string format) => string.Format(CultureInfo.InvariantCulture, format, Argument(0));
}

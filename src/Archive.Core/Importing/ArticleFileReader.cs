using System.Globalization;
using Archive.Core.Text;

namespace Archive.Core.Importing;

/// <summary>
/// The pipeline's format and normalise steps for one file: size checked before a byte is read,
/// bytes judged (empty, whitespace, binary), parsed by the format its extension names, then
/// normalised, then its named entities extracted. Never throws: one odd file fails alone, with its reason.
/// </summary>
internal sealed class ArticleFileReader(ArticleFormatRegistry formats, ImportOptions options)
{
    private readonly ArticleNormalizer _normalizer = new(WireConventions.Default, OutletDetector.Default, options.DatelineYear);

    public ImportCandidate Read(SourceFile file)
    {
        try
        {
            return ReadCore(file);
        }
        catch (Exception exception)
        {
            // One odd file must not end the batch; the reason and the exception go to the report and the log.
            return ImportCandidate.Failed(file, ImportReason.Of(ImportReasonCode.ProcessingError, exception.Message), exception);
        }
    }

    private ImportCandidate ReadCore(SourceFile file)
    {
        if (file.MissingReason is not null)
            return ImportCandidate.Failed(file, file.MissingReason);

        var extension = Path.GetExtension(file.FullPath).ToLowerInvariant();
        if (formats.Find(file.FullPath) is not { } format)
        {
            return ImportCandidate.Failed(file, ImportReason.Of(ImportReasonCode.UnsupportedType, extension));
        }

        byte[] content;
        try
        {
            using var handle = File.OpenHandle(file.FullPath, FileMode.Open, FileAccess.Read, FileShare.Read, FileOptions.SequentialScan);
            // The size is checked before a single byte is read, so an oversized file costs no memory.
            var length = RandomAccess.GetLength(handle);
            if (length > options.MaxFileBytes)
                return ImportCandidate.Failed(file, ImportReason.Of(ImportReasonCode.FileTooLarge,
                    length.ToString(CultureInfo.InvariantCulture), options.MaxFileBytes.ToString(CultureInfo.InvariantCulture)));
            content = new byte[length];
            var read = 0;
            while (read < content.Length)
            {
                var n = RandomAccess.Read(handle, content.AsSpan(read), read);
                if (n == 0)
                    break;
                read += n;
            }
            if (read < content.Length)
                content = content[..read];
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return ImportCandidate.Failed(file, ImportReason.Of(ImportReasonCode.FileUnreadable, exception.Message));
        }

        switch (TextDecoding.Inspect(content))
        {
            case ContentKind.Empty:
                return ImportCandidate.Failed(file, ImportReason.Of(ImportReasonCode.EmptyFile));
            case ContentKind.WhitespaceOnly:
                return ImportCandidate.Failed(file, ImportReason.Of(ImportReasonCode.WhitespaceOnly));
            case ContentKind.Binary:
                return ImportCandidate.Failed(file, ImportReason.Of(ImportReasonCode.BinaryFile));
        }

        ArticleParseResult result;
        try
        {
            result = format.Parse(content, file.RelativeName);
        }
        catch (Exception exception)
        {
            return ImportCandidate.Failed(file, ImportReason.Of(ImportReasonCode.ParseError, exception.Message), exception);
        }
        if (result.Article is not { } parsed)
            return ImportCandidate.Failed(file, result.Failure ?? ImportReason.Of(ImportReasonCode.NoText));
        if (_normalizer.Normalize(parsed) is not { } normalized)
            return ImportCandidate.Failed(file, ImportReason.Of(ImportReasonCode.NoText));

        return new ImportCandidate(file)
        {
            Article = normalized.Article,
            Normalized = normalized,
            Hash = normalized.Hash,
            Language = normalized.Language,
            OutletName = normalized.OutletName,
            WordCount = normalized.WordCount,
            // The entity step runs here, on the reading cores, so the batch writer only looks ids up.
            Entities = Entities.EntityExtractor.Default.Extract(normalized.Article.TitleDerived ? null : normalized.Article.Title, normalized.Article.Paragraphs, normalized.Language),
            SourceContent = SourceContent.Compress(content),
            Signature = Copies.MinHash.Compute(normalized.Article.Paragraphs),
        };
    }
}

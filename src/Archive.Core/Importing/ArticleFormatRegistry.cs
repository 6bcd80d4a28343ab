namespace Archive.Core.Importing;

/// <summary>
/// The registered article formats by file extension: the pipeline's format step, and the one list of
/// extensions the importer, the upload page and the CLI accept.
/// </summary>
public sealed class ArticleFormatRegistry
{
    private readonly Dictionary<string, IArticleFormat> _byExtension = new(StringComparer.OrdinalIgnoreCase);

    public ArticleFormatRegistry(IEnumerable<IArticleFormat> formats)
    {
        ArgumentNullException.ThrowIfNull(formats);
        foreach (var format in formats)
        {
            foreach (var extension in format.Extensions)
                _byExtension[extension.StartsWith('.') ? extension.ToLowerInvariant() : "." + extension.ToLowerInvariant()] = format;
        }
        if (_byExtension.Count == 0)
        {
            throw new ArgumentException(
                "The importer needs at least one article format; register TextArticleFormat as an IArticleFormat.",
                nameof(formats));
        }
    }

    public static ArticleFormatRegistry Default { get; } = new(ArticleFormats.CreateAll());

    /// <summary>Lower-case extensions with the dot (".txt", ".markdown"), in a stable order.</summary>
    public IReadOnlyList<string> Extensions => [.. _byExtension.Keys.Order(StringComparer.Ordinal)];

    /// <summary>The format for a file name by its extension, or null when none reads it.</summary>
    public IArticleFormat? Find(string fileName)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        return _byExtension.GetValueOrDefault(Path.GetExtension(fileName));
    }
}

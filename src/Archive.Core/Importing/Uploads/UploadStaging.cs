using System.Globalization;
using System.IO.Compression;

namespace Archive.Core.Importing.Uploads;

/// <summary>
/// Receives one upload's files into its own staging folder for the importer, expanding zips one
/// level deep. Nothing untrusted decides where a byte lands or how many are written: entry names
/// are checked before a file is created and sizes are counted while decompressing. Every item
/// that is not staged is listed in <see cref="Refused"/> with a reason; nothing is dropped silently.
/// </summary>
public sealed class UploadStaging
{
    private const string ZipExtension = ".zip";

    private readonly UploadOptions _options;
    private readonly HashSet<string> _supported;
    private readonly List<string> _staged = [];
    private readonly List<RefusedUpload> _refused = [];
    private readonly HashSet<string> _names = new(StringComparer.Ordinal);
    private long _bytesWritten;
    private int _items;
    private bool _full;

    public UploadStaging(string folder, UploadOptions options, IEnumerable<string> supportedExtensions)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(supportedExtensions);
        Folder = Path.GetFullPath(folder);
        Directory.CreateDirectory(Folder);
        _options = options;
        _supported = new HashSet<string>(
            supportedExtensions.Select(e => e.StartsWith('.') ? e : "." + e), StringComparer.OrdinalIgnoreCase);
    }

    public string Folder { get; }

    /// <summary>Staged files, relative to <see cref="Folder"/> with '/' separators (a zip entry as <c>name.zip/entry</c>).</summary>
    public IReadOnlyList<string> Staged => _staged;

    public IReadOnlyList<RefusedUpload> Refused => _refused;

    public long BytesWritten => _bytesWritten;

    /// <summary>Stages one uploaded file, or the supported entries of an uploaded zip.</summary>
    public async Task AddAsync(Stream content, string fileName, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(fileName);
        var name = PlainFileName(fileName);
        if (name is null)
        {
            Refuse(fileName, UploadRefusal.UnsafePath);
            return;
        }
        if (_full)
        {
            Refuse(name, UploadRefusal.UploadTooLarge, Invariant(_options.MaxUploadBytes));
            return;
        }
        var extension = Path.GetExtension(name);
        if (string.Equals(extension, ZipExtension, StringComparison.OrdinalIgnoreCase))
        {
            await AddZipAsync(content, name, cancellationToken);
            return;
        }
        if (_items >= _options.MaxEntries)
        {
            Refuse(name, UploadRefusal.TooManyEntries, Invariant(_options.MaxEntries));
            return;
        }
        _items++;
        if (!_supported.Contains(extension))
        {
            Refuse(name, UploadRefusal.UnsupportedType, extension.ToLowerInvariant());
            return;
        }

        var target = UniqueName(name);
        Refusal? copied;
        try
        {
            copied = await CopyAsync(content, Path.Combine(Folder, target), compressedLength: null, cancellationToken);
        }
        catch (IOException)
        {
            // A name the file system will not take (longer than 255 bytes, say): this file is refused, the upload goes on.
            TryDelete(Path.Combine(Folder, target));
            Refuse(name, UploadRefusal.UnusableName);
            return;
        }
        if (copied is { } refusal)
            Refuse(name, refusal.Code, refusal.Argument);
        else
            _staged.Add(target);
    }

    private async Task AddZipAsync(Stream content, string zipName, CancellationToken cancellationToken)
    {
        string? copy = null;
        Stream? opened = null;
        try
        {
            var seekable = content;
            if (!content.CanSeek)
            {
                // ZipArchive reads the central directory at the end, so a forward-only stream goes to disk first.
                copy = Path.Combine(Folder, $".incoming-{Guid.NewGuid():N}{ZipExtension}");
                var limit = _options.MaxUploadBytes - _bytesWritten;
                if (!await CopyLimitedAsync(content, copy, limit, cancellationToken))
                {
                    _full = true;
                    Refuse(zipName, UploadRefusal.UploadTooLarge, Invariant(_options.MaxUploadBytes));
                    return;
                }
                seekable = opened = File.OpenRead(copy);
            }

            ZipArchive zip;
            try
            {
                zip = await ZipArchive.CreateAsync(seekable, ZipArchiveMode.Read, leaveOpen: true, entryNameEncoding: null, cancellationToken);
            }
            catch (InvalidDataException)
            {
                Refuse(zipName, UploadRefusal.CorruptZip);
                return;
            }
            await using (zip.ConfigureAwait(false))
                await ExpandAsync(zip, zipName, seekable.Length, cancellationToken);
        }
        finally
        {
            if (opened is not null)
                await opened.DisposeAsync();
            if (copy is not null)
                TryDelete(copy);
        }
    }

    private async Task ExpandAsync(ZipArchive zip, string zipName, long zipLength, CancellationToken cancellationToken)
    {
        List<ZipArchiveEntry> entries;
        try
        {
            // The central directory is read here, not when the archive opens: a damaged one throws now.
            entries = zip.Entries.Where(e => !IsDirectory(e)).ToList();
        }
        catch (InvalidDataException)
        {
            Refuse(zipName, UploadRefusal.CorruptZip);
            return;
        }
        if (entries.Count > _options.MaxEntries - _items)
        {
            Refuse(zipName, UploadRefusal.TooManyEntries, Invariant(_options.MaxEntries));
            return;
        }
        _items += entries.Count;

        var zipFolderName = UniqueName(zipName);
        var zipFolder = Path.Combine(Folder, zipFolderName);
        long zipBytes = 0;
        string? stoppedBy = null;
        foreach (var entry in entries)
        {
            var shownName = $"{zipName}/{entry.FullName}";
            if (stoppedBy is not null || _full)
            {
                // Once the zip or the upload is over its limit, the remaining entries are listed but never decompressed.
                if (_full)
                    Refuse(shownName, UploadRefusal.UploadTooLarge, Invariant(_options.MaxUploadBytes));
                else
                    Refuse(shownName, UploadRefusal.ExpansionTooHigh, Invariant(_options.MaxExpansionRatio));
                continue;
            }

            var relative = SafeRelativePath(entry.FullName);
            var target = relative is null ? null : Path.GetFullPath(Path.Combine(zipFolder, relative));
            if (target is null || !target.StartsWith(zipFolder + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                Refuse(shownName, UploadRefusal.UnsafePath);
                continue;
            }
            var extension = Path.GetExtension(target);
            if (string.Equals(extension, ZipExtension, StringComparison.OrdinalIgnoreCase))
            {
                Refuse(shownName, UploadRefusal.NestedZip);
                continue;
            }
            if (!_supported.Contains(extension))
            {
                Refuse(shownName, UploadRefusal.UnsupportedType, extension.ToLowerInvariant());
                continue;
            }

            var stagedName = UniqueName($"{zipFolderName}/{relative}");
            target = Path.Combine(Folder, stagedName);
            Refusal? refusal;
            long written;
            try
            {
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                var before = _bytesWritten;
                await using var entryStream = await entry.OpenAsync(cancellationToken);
                refusal = await CopyAsync(entryStream, target, entry.CompressedLength, cancellationToken);
                written = _bytesWritten - before;
            }
            catch (InvalidDataException)
            {
                TryDelete(target);
                Refuse(shownName, UploadRefusal.CorruptZip);
                continue;
            }
            catch (IOException)
            {
                // A name the file system will not take (too long, say) is refused like any other unusable path.
                TryDelete(target);
                Refuse(shownName, UploadRefusal.UnsafePath);
                continue;
            }

            zipBytes += written;
            if (refusal is { } refused)
            {
                Refuse(shownName, refused.Code, refused.Argument);
                if (refused.Code == UploadRefusal.ExpansionTooHigh)
                    stoppedBy = shownName;
                continue;
            }
            if (IsOverRatio(zipBytes, zipLength))
            {
                TryDelete(target);
                _bytesWritten -= written;
                Refuse(shownName, UploadRefusal.ExpansionTooHigh, Invariant(_options.MaxExpansionRatio));
                stoppedBy = shownName;
                continue;
            }
            _staged.Add(stagedName);
        }
    }

    private readonly record struct Refusal(UploadRefusal Code, string Argument);

    /// <summary>
    /// Copies until the source ends or a limit is passed; on a refusal the partial file is deleted
    /// and its bytes no longer count against the upload.
    /// </summary>
    private async Task<Refusal?> CopyAsync(Stream source, string target, long? compressedLength, CancellationToken cancellationToken)
    {
        var buffer = new byte[81920];
        long written = 0;
        Refusal? refusal = null;
        await using (var output = new FileStream(target, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, useAsync: true))
        {
            int read;
            while ((read = await source.ReadAsync(buffer, cancellationToken)) > 0)
            {
                written += read;
                if (written > _options.MaxFileBytes)
                    refusal = new Refusal(UploadRefusal.FileTooLarge, Invariant(_options.MaxFileBytes));
                else if (_bytesWritten + written > _options.MaxUploadBytes)
                    refusal = new Refusal(UploadRefusal.UploadTooLarge, Invariant(_options.MaxUploadBytes));
                else if (compressedLength is { } compressed && IsOverRatio(written, compressed))
                    refusal = new Refusal(UploadRefusal.ExpansionTooHigh, Invariant(_options.MaxExpansionRatio));
                if (refusal is not null)
                    break;
                await output.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
            }
        }

        if (refusal is not null)
        {
            File.Delete(target);
            if (refusal.Value.Code == UploadRefusal.UploadTooLarge)
                _full = true;
            return refusal;
        }
        _bytesWritten += written;
        return null;
    }

    private static async Task<bool> CopyLimitedAsync(Stream source, string target, long limit, CancellationToken cancellationToken)
    {
        var buffer = new byte[81920];
        long written = 0;
        await using var output = new FileStream(target, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, useAsync: true);
        int read;
        while ((read = await source.ReadAsync(buffer, cancellationToken)) > 0)
        {
            written += read;
            if (written > limit)
                return false;
            await output.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
        }
        return true;
    }

    private bool IsOverRatio(long bytesOut, long bytesIn) =>
        bytesOut > _options.ExpansionRatioFloorBytes && bytesOut > Math.Max(bytesIn, 1) * _options.MaxExpansionRatio;

    private void Refuse(string name, UploadRefusal code, params string[] arguments) =>
        _refused.Add(new RefusedUpload(name, code, arguments));

    /// <summary>A name not yet used in this upload: "nota.md", then "nota (2).md".</summary>
    private string UniqueName(string relative)
    {
        var candidate = relative;
        var directory = Path.GetDirectoryName(relative)?.Replace('\\', '/');
        var stem = Path.GetFileNameWithoutExtension(relative);
        var extension = Path.GetExtension(relative);
        for (var n = 2; !_names.Add(candidate) || File.Exists(Path.Combine(Folder, candidate)) || Directory.Exists(Path.Combine(Folder, candidate)); n++)
        {
            var numbered = string.Create(CultureInfo.InvariantCulture, $"{stem} ({n}){extension}");
            candidate = string.IsNullOrEmpty(directory) ? numbered : $"{directory}/{numbered}";
        }
        return candidate;
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // What cannot be deleted now goes with the staging folder, which is removed as a whole.
        }
    }

    private static bool IsDirectory(ZipArchiveEntry entry) =>
        entry.FullName.EndsWith('/') || entry.FullName.EndsWith('\\');

    /// <summary>Browsers send a bare name, but some send a whole client path; only its last part is used.</summary>
    private static string? PlainFileName(string fileName)
    {
        var name = fileName.Replace('\\', '/');
        name = name[(name.LastIndexOf('/') + 1)..].Trim();
        return name.Length == 0 || name is "." or ".." || name.Contains('\0', StringComparison.Ordinal) ? null : name;
    }

    /// <summary>
    /// The entry's path below its zip's folder, or null for an absolute path, a drive letter, a
    /// <c>..</c> segment or a NUL; '\' counts as a separator since zips made on Windows use it.
    /// </summary>
    internal static string? SafeRelativePath(string entryName)
    {
        if (entryName.Length == 0 || entryName.Contains('\0', StringComparison.Ordinal))
            return null;
        var name = entryName.Replace('\\', '/');
        if (name.StartsWith('/') || (name.Length >= 2 && char.IsAsciiLetter(name[0]) && name[1] == ':'))
            return null;
        var segments = name.Split('/', StringSplitOptions.RemoveEmptyEntries).Where(s => s != ".").ToList();
        if (segments.Count == 0 || segments.Any(s => s == ".." || s.Contains(':', StringComparison.Ordinal)))
            return null;
        return string.Join('/', segments);
    }

    private static string Invariant(long value) => value.ToString(CultureInfo.InvariantCulture);
}

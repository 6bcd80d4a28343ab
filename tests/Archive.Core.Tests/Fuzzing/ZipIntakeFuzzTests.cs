using Archive.Core.Importing.Uploads;
using Archive.Core.Tests.Builders;
using CsCheck;

namespace Archive.Core.Tests.Fuzzing;

/// <summary>
/// Mutated zips (headers, sizes, names and compressed bytes damaged at random) are staged or refused
/// with a reason, never thrown; nothing lands outside the upload's staging folder, and what was staged
/// is on disk and within the limits.
/// </summary>
public sealed class ZipIntakeFuzzTests : IDisposable
{
    private static readonly string[] _supported = [".txt", ".html", ".htm", ".md"];
    private readonly TempFolder _folder = new("archive-zip-fuzz-");
    private int _uploads;

    public void Dispose() => _folder.Dispose();

    private static readonly byte[] _zip = new ZipBuilder()
        .Directory("lote")
        .Entry("lote/a.txt", "Título de la nota\n\nUn párrafo con acentos: áéíóú ñ, y algo más de texto para comprimir. " + new string('x', 400))
        .Entry("lote/b.html", "<html><body><article><h1>B</h1><p>Texto del artículo B.</p></article></body></html>")
        .Entry("c.md", "---\ntitle: C\n---\n# C\n\nNota C.")
        .Entry("programa.exe", "MZ")
        .Build();

    private static readonly Gen<ByteMutation[]> _mutations =
        Gen.Select(Gen.Int[0, ByteMutation.Kinds - 1], Gen.Int[0, int.MaxValue], Gen.Int[0, int.MaxValue], (kind, position, size) => new ByteMutation(kind, position, size))
            .Array[1, 4];

    [Fact]
    public void A_mutated_zip_is_staged_or_refused_with_reasons_and_stays_inside_its_folder()
    {
        Fuzz.Check(_mutations, mutations => StagesOrRefuses(ByteMutation.ApplyAll(_zip, mutations)), iterations: 300);
    }

    [Fact]
    public void Every_zip_that_ever_failed_is_staged_or_refused()
    {
        var cases = Directory.GetFiles(Fuzz.CorpusFolder, "*.zip").Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(cases);
        foreach (var path in cases)
            StagesOrRefuses(File.ReadAllBytes(path));
    }

    private void StagesOrRefuses(byte[] zip)
    {
        var options = new UploadOptions { MaxUploadBytes = 1024 * 1024, MaxEntries = 50 };
        var root = _folder.Combine($"upload-{Interlocked.Increment(ref _uploads)}");
        var staging = new UploadStaging(Path.Combine(root, "staging"), options, _supported);

        var add = staging.AddAsync(new MemoryStream(zip), "lote.zip");
        Assert.True(add.Wait(TimeSpan.FromSeconds(10)), "staging a mutated zip hung");

        Assert.All(staging.Refused, r => Assert.False(string.IsNullOrWhiteSpace(r.Describe()), $"{r.Name} refused without a reason"));
        Assert.True(staging.BytesWritten <= options.MaxUploadBytes);
        var onDisk = Directory.Exists(staging.Folder)
            ? Directory.EnumerateFiles(staging.Folder, "*", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(staging.Folder, f).Replace('\\', '/'))
                .Order(StringComparer.Ordinal)
                .ToList()
            : [];
        Assert.Equal(staging.Staged.Order(StringComparer.Ordinal), onDisk);
        // Nothing beside the staging folder: no entry escaped it.
        if (Directory.Exists(root))
            Assert.All(Directory.GetFileSystemEntries(root), entry => Assert.Equal(Path.Combine(root, "staging"), entry));
        Assert.True(staging.Staged.Count + staging.Refused.Count > 0, "the upload was neither staged nor refused");
    }
}

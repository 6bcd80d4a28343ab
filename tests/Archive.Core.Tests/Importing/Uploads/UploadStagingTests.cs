using System.Text;
using Archive.Core.Importing.Uploads;
using Archive.Core.Tests.Builders;

namespace Archive.Core.Tests.Importing.Uploads;

public sealed class UploadStagingTests : IDisposable
{
    private static readonly string[] _supported = [".txt", ".html", ".htm", ".md"];
    private readonly TempFolder _folder = new("archive-upload-");

    public void Dispose() => _folder.Dispose();

    private UploadStaging NewStaging(UploadOptions? options = null) =>
        new(_folder.Combine("staging"), options ?? new UploadOptions(), _supported);

    private static MemoryStream Bytes(string text) => new(Encoding.UTF8.GetBytes(text));

    private static RefusedUpload RefusalOf(UploadStaging staging, string name) =>
        Assert.Single(staging.Refused, r => r.Name == name);

    private static string StagedText(UploadStaging staging, string relative) =>
        File.ReadAllText(Path.Combine(staging.Folder, relative));

    /// <summary>Every file under the staging folder, relative, so a test sees exactly what reached the disk.</summary>
    private static List<string> FilesOnDisk(UploadStaging staging) =>
        [.. Directory.EnumerateFiles(staging.Folder, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(staging.Folder, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)];

    [Fact]
    public async Task A_plain_article_file_is_staged_under_its_own_name()
    {
        var staging = NewStaging();

        await staging.AddAsync(Bytes("Título\n\nUn párrafo."), "nota.md");

        Assert.Equal(["nota.md"], staging.Staged);
        Assert.Equal("Título\n\nUn párrafo.", StagedText(staging, "nota.md"));
        Assert.Empty(staging.Refused);
    }

    [Fact]
    public async Task A_client_path_in_the_file_name_keeps_only_the_last_part_and_same_names_are_numbered()
    {
        var staging = NewStaging();

        await staging.AddAsync(Bytes("uno"), @"C:\Users\ana\nota.txt");
        await staging.AddAsync(Bytes("dos"), "../../nota.txt");

        Assert.Equal(["nota.txt", "nota (2).txt"], staging.Staged);
        Assert.Equal("dos", StagedText(staging, "nota (2).txt"));
    }

    [Fact]
    public async Task A_zip_of_mixed_files_stages_the_articles_and_reports_the_rest()
    {
        var zip = new ZipBuilder()
            .Directory("lote")
            .Entry("lote/a.txt", "Texto A")
            .Entry("lote/b.html", "<html><body><p>B</p></body></html>")
            .Entry("c.md", "# C")
            .Entry("programa.exe", "MZ")
            .Entry("LEEME", "sin extensión")
            .Build();
        var staging = NewStaging();

        await staging.AddAsync(new MemoryStream(zip), "lote.zip");

        Assert.Equal(["lote.zip/lote/a.txt", "lote.zip/lote/b.html", "lote.zip/c.md"], staging.Staged);
        Assert.Equal("Texto A", StagedText(staging, "lote.zip/lote/a.txt"));
        Assert.Equal(new RefusedUpload("lote.zip/programa.exe", UploadRefusal.UnsupportedType, [".exe"]), RefusalOf(staging, "lote.zip/programa.exe"), RefusedComparer.Instance);
        Assert.Equal(UploadRefusal.UnsupportedType, RefusalOf(staging, "lote.zip/LEEME").Code);
        Assert.Equal("unsupported file type (no extension)", RefusalOf(staging, "lote.zip/LEEME").Describe());
        Assert.Equal(staging.Staged.Order(StringComparer.Ordinal), FilesOnDisk(staging));
    }

    [Theory]
    [InlineData("../evil.txt")]
    [InlineData("lote/../../evil.txt")]
    [InlineData(@"..\evil.txt")]
    [InlineData("/etc/x.txt")]
    [InlineData(@"\etc\x.txt")]
    [InlineData("C:/Windows/x.txt")]
    [InlineData("c:x.txt")]
    public async Task A_zip_entry_that_would_leave_the_upload_is_refused_and_nothing_is_written(string entryName)
    {
        var zip = new ZipBuilder().Entry(entryName, "malicioso").Entry("bien.txt", "Texto").Build();
        var staging = NewStaging();

        await staging.AddAsync(new MemoryStream(zip), "hostil.zip");

        Assert.Equal(UploadRefusal.UnsafePath, RefusalOf(staging, $"hostil.zip/{entryName}").Code);
        Assert.Equal(["hostil.zip/bien.txt"], staging.Staged);
        Assert.Equal(["hostil.zip/bien.txt"], FilesOnDisk(staging));
        Assert.False(File.Exists(_folder.Combine("evil.txt")));
        Assert.False(File.Exists(_folder.Combine("staging", "evil.txt")));
    }

    [Fact]
    public async Task An_entry_larger_than_the_file_limit_is_refused_while_it_is_read()
    {
        var options = new UploadOptions { MaxFileBytes = 1000 };
        var large = string.Concat(Enumerable.Range(0, 400).Select(i => $"palabra{i} "));
        var zip = new ZipBuilder().Entry("grande.txt", large).Entry("chico.txt", "Texto breve").Build();
        var staging = NewStaging(options);

        await staging.AddAsync(new MemoryStream(zip), "lote.zip");

        var refused = RefusalOf(staging, "lote.zip/grande.txt");
        Assert.Equal((UploadRefusal.FileTooLarge, "1000"), (refused.Code, Assert.Single(refused.Arguments)));
        Assert.Equal(["lote.zip/chico.txt"], FilesOnDisk(staging));
    }

    [Fact]
    public async Task A_plain_file_larger_than_the_file_limit_is_refused()
    {
        var staging = NewStaging(new UploadOptions { MaxFileBytes = 10 });

        await staging.AddAsync(Bytes("más de diez bytes"), "largo.txt");

        Assert.Equal(UploadRefusal.FileTooLarge, RefusalOf(staging, "largo.txt").Code);
        Assert.Empty(FilesOnDisk(staging));
    }

    [Fact]
    public async Task A_zip_bomb_of_zeros_is_stopped_by_its_expansion_ratio_before_it_is_written_out()
    {
        // 4 MB of zeros deflate to a few KB: far beyond 100:1, yet under the 5 MB per-file limit.
        var zip = new ZipBuilder().Entry("ceros.txt", new byte[4 * 1024 * 1024]).Entry("despues.txt", "Texto").Build();
        Assert.True(zip.Length < 40_000);
        var staging = NewStaging();

        await staging.AddAsync(new MemoryStream(zip), "bomba.zip");

        Assert.Equal(UploadRefusal.ExpansionTooHigh, RefusalOf(staging, "bomba.zip/ceros.txt").Code);
        Assert.Equal(["100"], RefusalOf(staging, "bomba.zip/ceros.txt").Arguments);
        // The rest of a bomb is listed, never decompressed.
        Assert.Equal(UploadRefusal.ExpansionTooHigh, RefusalOf(staging, "bomba.zip/despues.txt").Code);
        Assert.Empty(FilesOnDisk(staging));
        Assert.Equal(0, staging.BytesWritten);
    }

    [Fact]
    public async Task An_upload_stops_reading_once_it_passes_its_total_byte_limit()
    {
        var staging = NewStaging(new UploadOptions { MaxUploadBytes = 30 });

        await staging.AddAsync(Bytes("veinte bytes exactos"), "uno.txt");
        await staging.AddAsync(Bytes("otros veinte bytes!!"), "dos.txt");
        await staging.AddAsync(Bytes("x"), "tres.txt");

        Assert.Equal(["uno.txt"], staging.Staged);
        Assert.Equal(UploadRefusal.UploadTooLarge, RefusalOf(staging, "dos.txt").Code);
        Assert.Equal(["30"], RefusalOf(staging, "tres.txt").Arguments);
        Assert.Equal(["uno.txt"], FilesOnDisk(staging));
    }

    [Fact]
    public async Task A_zip_with_more_entries_than_allowed_is_refused_whole()
    {
        var builder = new ZipBuilder();
        for (var i = 0; i < 6; i++)
            builder.Entry($"n{i}.txt", $"Texto {i}");
        var staging = NewStaging(new UploadOptions { MaxEntries = 5 });

        await staging.AddAsync(new MemoryStream(builder.Build()), "muchos.zip");

        Assert.Equal((UploadRefusal.TooManyEntries, "5"), (RefusalOf(staging, "muchos.zip").Code, RefusalOf(staging, "muchos.zip").Arguments[0]));
        Assert.Empty(staging.Staged);
    }

    [Fact]
    public async Task Corrupt_zip_bytes_give_a_clear_reason()
    {
        var staging = NewStaging();

        await staging.AddAsync(new MemoryStream("PK\u0003\u0004 no es un zip"u8.ToArray()), "roto.zip");

        var refused = RefusalOf(staging, "roto.zip");
        Assert.Equal(UploadRefusal.CorruptZip, refused.Code);
        Assert.Equal("corrupt or unreadable zip", refused.Describe());
        Assert.Empty(FilesOnDisk(staging));
    }

    [Fact]
    public async Task A_zip_inside_a_zip_is_not_expanded()
    {
        var inner = new ZipBuilder().Entry("dentro.txt", "Texto").Build();
        var zip = new ZipBuilder().Entry("interno.zip", inner).Entry("fuera.txt", "Texto").Build();
        var staging = NewStaging();

        await staging.AddAsync(new MemoryStream(zip), "externo.zip");

        Assert.Equal(UploadRefusal.NestedZip, RefusalOf(staging, "externo.zip/interno.zip").Code);
        Assert.Equal(["externo.zip/fuera.txt"], staging.Staged);
    }

    [Fact]
    public async Task A_zip_sent_as_a_forward_only_stream_is_expanded_and_leaves_no_copy_behind()
    {
        var zip = new ZipBuilder().Entry("a.txt", "Texto").Build();
        var staging = NewStaging();

        await staging.AddAsync(new ForwardOnlyStream(zip), "lote.zip");

        Assert.Equal(["lote.zip/a.txt"], FilesOnDisk(staging));
    }

    [Fact]
    public async Task An_unsupported_plain_file_is_reported_with_its_extension()
    {
        var staging = NewStaging();

        await staging.AddAsync(Bytes("MZ"), "virus.EXE");

        var refused = RefusalOf(staging, "virus.EXE");
        Assert.Equal("unsupported file type (.exe)", refused.Describe());
        Assert.Empty(FilesOnDisk(staging));
    }

    private sealed class RefusedComparer : IEqualityComparer<RefusedUpload>
    {
        public static readonly RefusedComparer Instance = new();

        public bool Equals(RefusedUpload? x, RefusedUpload? y) =>
            x is not null && y is not null && x.Name == y.Name && x.Code == y.Code && x.Arguments.SequenceEqual(y.Arguments);

        public int GetHashCode(RefusedUpload obj) => HashCode.Combine(obj.Name, obj.Code);
    }

    private sealed class ForwardOnlyStream(byte[] content) : MemoryStream(content)
    {
        public override bool CanSeek => false;

        public override long Length => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin loc) => throw new NotSupportedException();
    }
}

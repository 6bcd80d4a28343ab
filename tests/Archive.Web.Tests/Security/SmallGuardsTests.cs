using Archive.Web.Importing;
using Archive.Web.Localization;
using Archive.Web.Search;

namespace Archive.Web.Tests.Security;

/// <summary>The small pure rules behind pen-test rows 2, 5, 6 and 12, case by case.</summary>
public sealed class SmallGuardsTests
{
    [Theory]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("+34 600", "'+34 600")]
    [InlineData("-2", "'-2")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tcmd", "'\tcmd")]
    [InlineData("\rcmd", "'\rcmd")]
    [InlineData("Corea del Norte", "Corea del Norte")]
    [InlineData("a=b", "a=b")]
    [InlineData("", "")]
    public void Csv_cells_that_start_like_a_formula_get_an_apostrophe_and_nothing_else_changes(string cell, string exported)
    {
        Assert.Equal(exported, CsvFormulaGuard.Neutralise(cell));
    }

    [Theory]
    [InlineData("/españa", "/espa%C3%B1a")]
    [InlineData("/a\u3000b", "/a%E3%80%80b")]
    [InlineData("/x\uFF0Fy", "/x%EF%BC%8Fy")]
    [InlineData("/📰?q=sí", "/%F0%9F%93%B0?q=s%C3%AD")]
    [InlineData("/ya%20codificado?q=a+b", "/ya%20codificado?q=a+b")]
    public void Return_addresses_are_percent_encoded_for_the_location_header(string url, string location)
    {
        Assert.Equal(location, ReturnUrl.ForLocation(url));
    }

    [Theory]
    [InlineData("/srv/datos/articulos /home/ana/nota.txt", "articulos nota.txt")]
    [InlineData("seeds", "seeds")]
    [InlineData("upload: nota.md, \u202Eftx.exe.txt", "upload: nota.md, [U+202E]ftx.exe.txt")]
    [InlineData(@"C:\datos\articulos", "articulos")]
    public void Readers_see_a_run_source_without_server_folders(string source, string shown)
    {
        Assert.Equal(shown, ImportPaths.Source(source, fullPaths: false));
    }

    [Theory]
    [InlineData("/srv/datos/articulos/2024/a.txt", "/srv/datos/articulos /home/ana/nota.txt", "articulos/2024/a.txt")]
    [InlineData("/home/ana/nota.txt", "/srv/datos/articulos /home/ana/nota.txt", "nota.txt")]
    [InlineData("/srv/otra/suelto.txt", "seeds", "suelto.txt")]
    [InlineData("lote.zip/uno.txt", "upload: lote.zip", "lote.zip/uno.txt")]
    public void Readers_see_file_paths_from_the_imported_folder_down(string path, string source, string shown)
    {
        Assert.Equal(shown, ImportPaths.File(path, source, fullPaths: false));
        Assert.Equal(path, ImportPaths.File(path, source, fullPaths: true));
    }
}

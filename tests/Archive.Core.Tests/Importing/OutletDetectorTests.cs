using Archive.Core.Articles;
using Archive.Core.Importing;

namespace Archive.Core.Tests.Importing;

public sealed class OutletDetectorTests
{
    private static string? Detect(string[] paragraphs, params string[] removed) =>
        OutletDetector.Default.Detect(paragraphs, removed.Select(r => new RemovedLine { LineNumber = 1, Text = r, Rule = "test" }));

    [Fact]
    public void A_fox_news_app_promo_names_fox_news()
    {
        Assert.Equal("Fox News", Detect(["Texto."], "HAZ CLIC AQUÍ PARA OBTENER LA APLICACIÓN FOX NEWS"));
        Assert.Equal("Fox News", Detect(["Text."], "CLICK HERE TO GET THE FOX NEWS APP"));
    }

    [Theory]
    [InlineData("WASHINGTON (CNN) — El presidente habló.", "CNN")]
    [InlineData("MADRID, 5 jul. (EUROPA PRESS) - El Gobierno aprobó la ley.", "Europa Press")]
    [InlineData("Seúl, 19 jun (EFE).- Corea del Norte recibió a Putin.", "EFE")]
    [InlineData("MOSCOW (Reuters) - Putin arrived in Pyongyang.", "Reuters")]
    public void A_dateline_names_the_agency(string firstParagraph, string outlet)
    {
        Assert.Equal(outlet, Detect([firstParagraph, "Otro párrafo."]));
    }

    [Theory]
    [InlineData("Putin llegó a Hanoi el jueves. — Reuters", "Reuters")]
    [InlineData("© EFE 2024", "EFE")]
    [InlineData("Putin llegó a Hanoi el jueves (AFP).", "AFP")]
    public void A_credit_at_the_end_names_the_agency(string lastParagraph, string outlet)
    {
        Assert.Equal(outlet, Detect(["Primer párrafo.", lastParagraph]));
    }

    [Fact]
    public void A_mere_mention_of_an_outlet_names_nothing()
    {
        Assert.Null(Detect(
            ["El principal experto le dijo a CNN que sus palabras fueron sacadas de contexto.", "Fox News y Reuters también lo publicaron."],
            "-"));
    }
}

using Archive.Core.Importing.Html;

namespace Archive.Core.Tests.Importing.Html;

public sealed class BlockCleanerTests
{
    private static readonly BlockCleaner Cleaner = new(["Putin y Kim firman un pacto"], "Lucía Ferrer, Andrés Molina", _ => null);

    private static string? RuleFor(string text, HtmlBlockKind kind = HtmlBlockKind.Paragraph, int linkCharacters = 0)
    {
        var characters = text.Count(c => !char.IsWhiteSpace(c));
        var (_, removed) = Cleaner.Clean([new HtmlBlock(text, kind, linkCharacters, characters)]);
        return removed.SingleOrDefault()?.Rule;
    }

    [Theory]
    [InlineData("Compartir en Facebook Compartir en Twitter Compartir en WhatsApp", "html:share-bar")]
    [InlineData("Share this article Facebook Twitter WhatsApp LinkedIn Copy link", "html:share-bar")]
    [InlineData("Enviar por correo", "html:page-tools")]
    [InlineData("SUSCRÍBETE a nuestra newsletter de Internacional y recibe cada mañana las claves de la actualidad global.", "html:subscribe")]
    [InlineData("Siguiente artículo: Putin llega a Vietnam", "html:next-previous")]
    [InlineData("Artículo anterior", "html:next-previous")]
    [InlineData("Lee también", "html:related")]
    [InlineData("Lea también: Qué busca Putin en Corea del Norte", "html:related")]
    [InlineData("Te puede interesar: La terminal sur abre sus puertas", "html:related")]
    [InlineData("Publicidad", "html:advertising")]
    [InlineData("Advertisement", "html:advertising")]
    [InlineData("Utilizamos cookies propias y de terceros para mejorar nuestros servicios. Si continúa navegando, consideramos que acepta su uso.", "html:cookies")]
    [InlineData("We use cookies to personalise content and ads and to analyse our traffic.", "html:cookies")]
    [InlineData("Comentarios", "html:comments")]
    [InlineData("Comments (3)", "html:comments")]
    [InlineData("Normas de participación: los comentarios están sujetos a moderación.", "html:comments")]
    [InlineData("Archivado En", "html:tags")]
    [InlineData("Etiquetas: puerto, economía", "html:tags")]
    [InlineData("© Ediciones Australes S.L. Todos los derechos reservados.", "html:copyright")]
    [InlineData("Foto: EFE", "html:credits")]
    [InlineData("Actualizado: 19/06/2024 - 10:42", "html:dateline")]
    [InlineData("Follow The Northern Ledger on Facebook and Twitter", "html:follow")]
    [InlineData("« Volver a Mundo | Imprimir | Enviar a un amigo", "html:toolbar")]
    [InlineData("Por Lucía Ferrer", "html:byline")]
    [InlineData("By Jane Doe, Local Democracy Reporter · 5 March 2024", "html:byline")]
    [InlineData("Andrés Molina | Seúl", "html:byline")]
    [InlineData("Putin y Kim firman un pacto", "html:title-repeat")]
    [InlineData("MUNDO", "html:fragment")]
    public void Page_chrome_is_removed_by_a_named_rule(string block, string rule)
    {
        Assert.Equal(rule, RuleFor(block));
    }

    [Theory]
    [InlineData("El Kremlin compartió en Twitter y Facebook un vídeo del brindis final, que acumuló millones de visualizaciones en pocas horas.")]
    [InlineData("Many residents had shared their views on Facebook and Twitter in the run-up to the vote.")]
    [InlineData("La nueva ley europea obliga a las webs a pedir permiso antes de instalar cookies, y las multas pueden alcanzar el 4 % de la facturación.")]
    [InlineData("Los comentarios del portavoz del Kremlin llegaron horas después de la firma del acuerdo.")]
    [InlineData("Lee también la prensa local, dijo el alcalde, porque allí se cuentan las cosas que no salen en televisión.")]
    [InlineData("Por su parte, el Gobierno surcoreano convocó a su consejo de seguridad nacional.")]
    [InlineData("Por ahora, no hay detenidos.")]
    [InlineData("Temas como la inmigración y la vivienda marcaron el debate electoral.")]
    [InlineData("Publicidad engañosa: la multa a la operadora asciende a dos millones de euros.")]
    [InlineData("Sí.")]
    public void Real_paragraphs_that_mention_chrome_words_are_kept(string paragraph)
    {
        Assert.Null(RuleFor(paragraph));
    }

    [Fact]
    public void Headings_and_list_items_are_kept_even_when_short()
    {
        Assert.Null(RuleFor("Una alianza", HtmlBlockKind.Heading));
        Assert.Null(RuleFor("Energía", HtmlBlockKind.ListItem));
    }

    [Fact]
    public void Short_blocks_made_of_links_are_removed_but_long_linked_paragraphs_are_not()
    {
        Assert.Equal("html:link-only", RuleFor("Cumbre en Pyongyang", linkCharacters: 17));
        var longParagraph = string.Join(' ', Enumerable.Repeat("Una frase con un enlace largo dentro del texto.", 4));
        Assert.Null(RuleFor(longParagraph, linkCharacters: longParagraph.Length / 2));
    }

    [Fact]
    public void List_items_keep_their_bullet_and_removed_blocks_their_position()
    {
        var blocks = new[]
        {
            new HtmlBlock("Primera línea del texto del artículo, con sustancia.", HtmlBlockKind.Paragraph, 0, 45),
            new HtmlBlock("Publicidad", HtmlBlockKind.Paragraph, 0, 10),
            new HtmlBlock("Cooperación en energía.", HtmlBlockKind.ListItem, 0, 21),
        };

        var (paragraphs, removed) = Cleaner.Clean(blocks);

        Assert.Equal(["Primera línea del texto del artículo, con sustancia.", "• Cooperación en energía."], paragraphs);
        Assert.Equal(2, Assert.Single(removed).LineNumber);
    }
}

using Archive.Core.Importing;

namespace Archive.Core.Tests.Importing;

public sealed class NoiseRulesTests
{
    [Theory]
    [InlineData("HAZ CLIC AQUÍ PARA OBTENER LA APLICACIÓN FOX NEWS", "promo-click")]
    [InlineData("Haz clic aquí para leer más", "promo-click")]
    [InlineData("haz click aqui", "promo-click")]
    [InlineData("Click aquí para ver el video", "promo-click")]
    [InlineData("Dar click aquí", "promo-click")]
    [InlineData("  CLICK HERE TO GET THE FOX NEWS APP  ", "promo-click")]
    [InlineData("Descarga la aplicación de CNN en Español", "promo-app")]
    [InlineData("Suscríbete a nuestro boletín", "promo-subscribe")]
    [InlineData("SUSCRÍBETE", "promo-subscribe")]
    [InlineData("Sign up for our morning newsletter", "promo-subscribe")]
    [InlineData("Síguenos en Twitter", "promo-follow")]
    [InlineData("Comparte este contenido", "promo-share")]
    [InlineData("Compartir en Facebook", "promo-share")]
    [InlineData("Compartir en Twitter", "promo-share")]
    [InlineData("Facebook Twitter WhatsApp", "share-buttons")]
    [InlineData("Lea también: Putin llega a Pyongyang", "read-also")]
    [InlineData("LEE TAMBIÉN", "read-also")]
    [InlineData("Te puede interesar: la cumbre en fotos", "read-also")]
    [InlineData("Siguiente artículo", "next-article")]
    [InlineData("PREV El Apple Watch juega un papel protagonista", "navigation")]
    [InlineData("NEXT Macron pide una gran reunión", "navigation")]
    [InlineData("Anterior: Macron pide una gran reunión", "navigation")]
    [InlineData("-", "lone-punctuation")]
    [InlineData("—", "lone-punctuation")]
    [InlineData("•", "lone-punctuation")]
    [InlineData("* * *", "lone-punctuation")]
    public void Promo_and_navigation_lines_are_noise(string line, string rule)
    {
        Assert.Equal(rule, NoiseRules.Default.Match(line));
    }

    [Theory]
    [InlineData("Los usuarios que hacen clic en el enlace reciben un virus, advirtió la policía.")]
    [InlineData("Haz clic en cualquier anuncio de estas aplicaciones y el fabricante sabrá dónde estás, advirtió la experta en privacidad consultada por este diario sobre la nueva ley.")]
    [InlineData("«Suscríbete», repetía el influencer en cada vídeo, aunque nadie le hacía caso.")]
    [InlineData("El canal pidió a sus seguidores que se suscribieran y compartieran el contenido en redes.")]
    [InlineData("Next year the government will review the pact, officials said.")]
    [InlineData("Previously, the two leaders had met in Vladivostok in 2019.")]
    [InlineData("Siguiente paso: la firma del acuerdo en Moscú, según fuentes oficiales del Kremlin y de Pyongyang que pidieron no ser identificadas por no estar autorizadas a hablar.")]
    [InlineData("Fox News informó que el pacto incluye ayuda militar.")]
    [InlineData("Vladimir Putin y Kim Jong Un son vistos riéndose en una limusina rusa")]
    [InlineData("2024")]
    [InlineData("A")]
    public void Real_text_that_mentions_promo_words_is_kept(string line)
    {
        Assert.Null(NoiseRules.Default.Match(line));
    }

    [Fact]
    public void Long_lines_are_never_noise_even_when_they_start_like_a_promo()
    {
        var paragraph = "Haz clic aquí " + string.Join(' ', Enumerable.Repeat("y verás que el texto sigue y sigue", 10));

        Assert.Null(NoiseRules.Default.Match(paragraph));
    }

    [Fact]
    public void Rules_are_data_with_names_and_length_limits()
    {
        Assert.All(NoiseRules.Default.Rules, r =>
        {
            Assert.False(string.IsNullOrWhiteSpace(r.Name));
            Assert.InRange(r.MaxLength, 1, 300);
        });
        Assert.DoesNotContain(NoiseRules.Default.Rules, r => r.Name == NoiseRules.RepeatedTitle);
    }

    [Fact]
    public void A_custom_rule_set_matches_only_its_own_rules()
    {
        var rules = new NoiseRules([new NoiseRule("advert", @"^publicidad$", 20)]);

        Assert.Equal("advert", rules.Match("PUBLICIDAD"));
        Assert.Null(rules.Match("-"));
        Assert.Equal("lone-punctuation", new NoiseRules().Match("-"));
    }
}

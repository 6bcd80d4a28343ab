using Archive.Core.Text;

namespace Archive.Core.Tests.Text;

public sealed class LanguageDetectorTests
{
    [Fact]
    public void A_spanish_paragraph_is_spanish_with_high_confidence()
    {
        var guess = LanguageDetector.Detect(
            "El presidente ruso Vladimir Putin y el líder norcoreano Kim Jong Un fueron vistos riéndose mientras se turnaban para conducirse en una limusina construida en Rusia.");

        Assert.Equal("es", guess.Language);
        Assert.True(guess.Confidence > 0.8, guess.ToString());
    }

    [Fact]
    public void An_english_paragraph_is_english_with_high_confidence()
    {
        var guess = LanguageDetector.Detect(
            "Russian President Vladimir Putin and North Korean leader Kim Jong Un were seen laughing as they took turns driving a Russian-made limousine during the first visit by Putin to Pyongyang in 24 years.");

        Assert.Equal("en", guess.Language);
        Assert.True(guess.Confidence > 0.8, guess.ToString());
    }

    [Theory]
    [InlineData("¿Qué pasó?", "es")]
    [InlineData("Año nuevo", "es")]
    [InlineData("The end of the war", "en")]
    [InlineData("Putin y Kim", "es")]
    [InlineData("Putin and Kim", "en")]
    public void Short_texts_still_get_the_right_language(string text, string language)
    {
        Assert.Equal(language, LanguageDetector.Detect(text).Language);
    }

    [Fact]
    public void Short_texts_get_less_confidence_than_long_ones()
    {
        var shortGuess = LanguageDetector.Detect("Putin y Kim");
        var longGuess = LanguageDetector.Detect("Putin y Kim firmaron un pacto de defensa que según los expertos es el más importante desde la Guerra Fría.");

        Assert.True(shortGuess.Confidence < longGuess.Confidence, $"{shortGuess} vs {longGuess}");
    }

    [Fact]
    public void A_spanish_article_quoting_english_stays_spanish()
    {
        var guess = LanguageDetector.Detect(
            "El secretario de Estado dijo en inglés: \"We will do everything we can to cut off the support\". " +
            "La frase fue repetida por los medios de Corea del Sur, que la consideraron una advertencia para Pyongyang y para Moscú.");

        Assert.Equal("es", guess.Language);
        Assert.InRange(guess.Confidence, 0.1, 0.95);
    }

    [Fact]
    public void Text_without_evidence_is_undetermined_rather_than_a_default()
    {
        Assert.Equal(new LanguageGuess("und", 0), LanguageDetector.Detect("2024 — 1961"));
        Assert.Equal(new LanguageGuess("und", 0), LanguageDetector.Detect(""));
        Assert.Equal(new LanguageGuess("und", 0), LanguageDetector.Detect("Madrid 2-1 Boston"));
    }

    [Theory]
    [InlineData("TEAM INC <TMI> 3RD QTR FEB 28 NET\nShr 12 cts vs 10 cts\nNet 1,234,000 vs 987,000\nRevs 45.6 mln vs 40.1 mln")]
    [InlineData("ACME CORP SETS QTLY DIV\nQtly div 15 cts vs 15 cts prior\nPay April 1\nRecord March 15")]
    [InlineData("Oper shr loss two cts vs profit 17 cts\nOper net loss 1,005,000 dlrs")]
    public void Short_numeric_capital_letter_wire_items_are_english(string text)
    {
        Assert.Equal("en", LanguageDetector.Detect(text).Language);
    }

    [Theory]
    [InlineData("VENTAS DE CEMEX SUBEN 12% EN EL TRIMESTRE")]
    [InlineData("Pemex reporta pérdida de 5 mil mdp")]
    public void Short_spanish_business_items_are_spanish(string text)
    {
        Assert.Equal("es", LanguageDetector.Detect(text).Language);
    }

    [Theory]
    [InlineData("Pleito Canelo vs Golovkin debe realizarse")]
    [InlineData("Final: Nadal vs Federer")]
    public void A_versus_that_spanish_copy_also_writes_is_not_enough_for_english(string text) =>
        Assert.NotEqual("en", LanguageDetector.Detect(text).Language);

    [Theory]
    [InlineData("ACME INC SETS PAYOUT")]
    [InlineData("Shr 12 cts vs 10 cts")]
    public void Wire_abbreviations_beside_it_still_make_english(string text) =>
        Assert.Equal("en", LanguageDetector.Detect(text).Language);

    [Fact]
    public void Detection_over_paragraphs_matches_detection_over_joined_text()
    {
        string[] paragraphs = ["The pact was signed on Wednesday.", "It covers defense and trade."];

        Assert.Equal(LanguageDetector.Detect(string.Join(' ', paragraphs)), LanguageDetector.Detect(paragraphs));
    }
}

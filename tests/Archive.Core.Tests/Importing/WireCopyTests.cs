using System.Text;
using Archive.Core.Importing;
using Archive.Core.Text;
using Archive.Testing;

namespace Archive.Core.Tests.Importing;

/// <summary>Hard-wrapped wire copy, its headlines, sign-offs and datelines, read by the text format and the normalise step.</summary>
public sealed class WireCopyTests
{
    private readonly TextArticleFormat _format = new();

    private NormalizedArticle Import(string text)
    {
        var result = _format.Parse(Encoding.UTF8.GetBytes(text), "wire.txt");
        Assert.Null(result.FailureReason);
        return Assert.IsType<NormalizedArticle>(ArticleNormalizer.Default.Normalize(result.Article!));
    }

    [Fact]
    public void Wrapped_wire_paragraphs_are_joined_back_into_the_paragraphs_the_wire_wrote()
    {
        var items = new WireCopy(7).Items(80).ToList();
        foreach (var item in items)
        {
            var article = Import(item.Text);
            Assert.Equal(item.Title, article.Article.Title);
            Assert.Equal(item.Paragraphs, article.Article.Paragraphs);
        }
    }

    [Fact]
    public void No_wire_item_keeps_its_sign_off_and_the_sign_off_names_the_outlet()
    {
        foreach (var item in new WireCopy(11).Items(40))
        {
            var article = Import(item.Text);
            Assert.DoesNotContain(article.Article.Paragraphs, p => p.Trim() is "Reuter" or "Reuters");
            Assert.Contains(article.Article.RemovedLines, l => l.Rule == WireConventions.SignOffRule && l.Text == item.SignOff);
            Assert.Equal("Reuters", article.OutletName);
        }
    }

    [Fact]
    public void Wire_items_are_english_however_short_and_numeric()
    {
        foreach (var item in new WireCopy(3).Items(40))
            Assert.Equal("en", Import(item.Text).Language);
    }

    [Fact]
    public void The_dateline_is_read_into_its_place_and_the_text_keeps_it()
    {
        foreach (var item in new WireCopy(5).Items(40))
        {
            var article = Import(item.Text);
            Assert.Equal(item.DatelinePlace, article.Dateline?.Place);
            Assert.StartsWith(article.Dateline!.Text, article.Article.Paragraphs[0], StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_joining_is_recorded_in_the_cleaning_report()
    {
        var item = new WireCopy(1).Items(2).Last();
        var article = Import(item.Text);

        var record = Assert.Single(article.Article.RemovedLines, l => l.Rule == HardWrapRecord.Rule);
        var figures = HardWrapRecord.Read(record);
        Assert.NotNull(figures);
        Assert.InRange(figures.Value.Width, 55, 65);
        Assert.True(figures.Value.Breaks > 0);
    }

    [Fact]
    public void A_phrase_the_wrap_broke_reads_whole_again()
    {
        var text = "AIRGAS DECLINES COMMENT ON STOCK ACTIVITY\n" +
            "    NEW YORK, March 2 - The New York Stock Exchange said Airgas\n" +
            "Inc declined to comment on its stock activity, which saw the\n" +
            "shares rise 2-1/4 to 37-3/4 in heavy trading on the exchange.\n" +
            "    The company said it had no news to explain the rise and that\n" +
            "it knew of no corporate developments that would account for it.\n" +
            " Reuter\n";
        var article = Import(text);

        Assert.Equal("AIRGAS DECLINES COMMENT ON STOCK ACTIVITY", article.Article.Title);
        Assert.Equal(2, article.Article.Paragraphs.Count);
        Assert.Contains("said Airgas Inc declined", article.Article.Paragraphs[0], StringComparison.Ordinal);
        Assert.Equal("NEW YORK", article.Dateline?.Place);
        Assert.Equal("NEW YORK, March 2", article.Dateline?.Text);
        Assert.Equal("Reuters", article.OutletName);
    }

    [Fact]
    public void One_paragraph_per_line_text_is_never_joined()
    {
        var text = "Kim recibe a Putin en Pyongyang\n" +
            "El presidente ruso llegó a Pyongyang en la madrugada del miércoles tras un vuelo desde Yakutsk.\n" +
            "Kim Jong Un lo esperaba en la pista del aeropuerto con una guardia de honor.\n" +
            "Después hubo un desfile por las calles de la capital norcoreana, llenas de retratos.\n" +
            "Los dos firmaron un pacto de defensa mutua que preocupa a Seúl y a Washington.\n" +
            "La visita terminó el jueves con una cena en el palacio de huéspedes.\n";
        var article = Import(text);

        Assert.Equal("Kim recibe a Putin en Pyongyang", article.Article.Title);
        Assert.Equal(5, article.Article.Paragraphs.Count);
        Assert.DoesNotContain(article.Article.RemovedLines, l => l.Rule == HardWrapRecord.Rule);
    }

    [Theory]
    [InlineData("Fernando Colunga reaparece tras un largo periodo de tiempo ausente, ¿dónde está y cómo luce?")]
    [InlineData("¿Quién es Beatriz Gutiérrez, la esposa de AMLO que ha dicho que no quiere ser primera dama de México?")]
    [InlineData("EXPLOSIONES DE GAS EN MARTE PODRÍAN DAÑAR LA TIERRA")]
    [InlineData("Esto es lo que opina Selena Gomez acerca de la separación de las familias en la frontera de México y Estados Unidos")]
    public void A_headline_running_straight_into_the_text_is_the_title_uncut_and_not_a_paragraph(string headline)
    {
        var article = Import(headline + "\nCon más de veinte melodramas a sus espaldas, el actor volvió a aparecer en público esta semana.\nLa reacción de sus seguidores fue inmediata.");

        Assert.Equal(headline, article.Article.Title);
        Assert.False(article.Article.TitleDerived);
        Assert.Equal(2, article.Article.Paragraphs.Count);
    }

    [Fact]
    public void A_lead_paragraph_of_several_sentences_is_not_taken_for_a_headline()
    {
        var article = Import("Una gran noticia! Vacuna lista. Capaz de curar al paciente en tres horas\nEn este momento, el presidente anunció la vacuna.");

        Assert.True(article.Article.TitleDerived);
    }

    [Theory]
    [InlineData("Madrid, 23 may (EFE).- El Gobierno aprobó hoy la ley.", "Madrid", "23 may", "EFE")]
    [InlineData("PYONGYANG (Reuters) - North Korea said on Monday.", "PYONGYANG", null, "Reuters")]
    [InlineData("NEW YORK, March 2 - The exchange said.", "NEW YORK", "March 2", null)]
    [InlineData("CIUDAD DE MÉXICO (apro).- El presidente dijo.", "CIUDAD DE MÉXICO", null, "apro")]
    [InlineData("MADRID, 5 jul. (EUROPA PRESS) - El Congreso votó.", "MADRID", "5 jul", "EUROPA PRESS")]
    public void Datelines_are_parsed_into_place_date_words_and_agency(string paragraph, string place, string? date, string? agency)
    {
        var dateline = WireConventions.ParseDateline(paragraph);

        Assert.NotNull(dateline);
        Assert.Equal((place, date, agency), (dateline.Place, dateline.DateWords, dateline.Agency));
    }

    [Theory]
    [InlineData("El presidente - dijo el portavoz - no vendrá.")]
    [InlineData("The company said on Monday it would sell the unit.")]
    [InlineData("Kim Jong Un y Putin firmaron un pacto.")]
    public void Prose_has_no_dateline(string paragraph)
    {
        Assert.Null(WireConventions.ParseDateline(paragraph));
    }

    [Fact]
    public void A_dateline_gives_a_published_date_only_when_the_year_is_known()
    {
        var parsed = _format.Parse(Encoding.UTF8.GetBytes("TITLE HERE\n\nNEW YORK, March 2 - The exchange said it would open late.\n\nReuter"), "a.txt").Article!;

        Assert.Null(ArticleNormalizer.Default.Normalize(parsed)!.PublishedAt);
        var withYear = new ArticleNormalizer(WireConventions.Default, OutletDetector.Default, datelineYear: 1987);
        Assert.Equal(new DateTime(1987, 3, 2, 0, 0, 0, DateTimeKind.Utc), withYear.Normalize(parsed)!.PublishedAt);
    }

    [Theory]
    [InlineData("Reuter", "Reuters")]
    [InlineData("(EFE)", "EFE")]
    [InlineData("EFE", "EFE")]
    [InlineData("AP", "Associated Press")]
    [InlineData("AFP", "AFP")]
    [InlineData("Europa Press", "Europa Press")]
    [InlineData("dpa", "dpa")]
    public void Sign_offs_are_recognised_as_data(string line, string agency)
    {
        Assert.Equal(agency, WireConventions.Default.MatchSignOff(line));
    }

    [Fact]
    public void A_sign_off_word_inside_the_text_stays()
    {
        var article = Import("Título\n\nLa agencia EFE informó del acuerdo.\n\nAP\n\nEl texto sigue después.");

        Assert.Contains("AP", article.Article.Paragraphs);
    }

    [Fact]
    public void Titles_have_one_derivation_for_every_format()
    {
        var paragraph = "El presidente ruso Vladimir Putin y el líder supremo norcoreano Kim Jong Un firmaron el miércoles un pacto de defensa mutua en Pyongyang.";

        Assert.True(Titles.Derive(paragraph).Length <= Titles.MaxDerivedLength);
    }
}

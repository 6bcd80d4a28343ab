using Archive.Core.Search;

namespace Archive.Core.Tests.Search;

public sealed class HighlightingTests
{
    private static string Highlight(string text, string query, string? language = "es") =>
        ArticleSearch.HighlightParagraphs([text], SearchQueryParser.Parse(query), language)[0];

    [Fact]
    public void Marks_keep_the_accents_and_case_of_the_text()
    {
        Assert.Equal(
            "desde la caída de la <mark>Unión</mark> <mark>Soviética</mark>.",
            Highlight("desde la caída de la Unión Soviética.", "union SOVIETICA"));
    }

    [Fact]
    public void Letters_that_fold_to_two_letters_are_still_found()
    {
        Assert.Equal("la <mark>Straße</mark> y el <mark>Ærø</mark>", Highlight("la Straße y el Ærø", "strasse aero"));
    }

    [Fact]
    public void Stemmed_forms_are_marked()
    {
        Assert.Equal(
            "firmaron el miércoles un <mark>pacto</mark> de ayuda",
            Highlight("firmaron el miércoles un pacto de ayuda", "pactos"));
        Assert.Equal("sin <mark>limitación</mark> alguna", Highlight("sin limitación alguna", "limitaciones"));
        Assert.Equal("sin <mark>limitaciones</mark> de <mark>información</mark>", Highlight("sin limitaciones de información", "limitacion informacion"));
    }

    [Fact]
    public void English_text_is_matched_with_english_stems()
    {
        Assert.Equal("Two <mark>offerings</mark> were made", Highlight("Two offerings were made", "offering", "en"));
    }

    [Fact]
    public void Without_a_language_both_stemmers_are_tried()
    {
        Assert.Equal("un <mark>pacto</mark> and <mark>offerings</mark>", Highlight("un pacto and offerings", "pactos offering", null));
    }

    [Fact]
    public void Html_in_the_text_is_escaped_around_and_inside_marks()
    {
        Assert.Equal(
            "&lt;b&gt;<mark>Kim</mark>&lt;/b&gt; &amp; &quot;co&quot; &#39;x&#39; &lt;script&gt;",
            Highlight("<b>Kim</b> & \"co\" 'x' <script>", "kim"));
        Assert.Equal("<mark>AT&amp;T</mark> dijo", Highlight("AT&T dijo", "\"at&t\""));
    }

    [Fact]
    public void A_phrase_is_marked_as_one_span_only_where_the_words_are_in_order()
    {
        Assert.Equal(
            "apoyo de <mark>Corea del Norte</mark>; norte de Corea",
            Highlight("apoyo de Corea del Norte; norte de Corea", "\"corea del norte\""));
    }

    [Fact]
    public void Prefixes_mark_every_word_they_start()
    {
        Assert.Equal(
            "el dictador <mark>soviético</mark> y la <mark>Unión Soviética</mark>",
            Highlight("el dictador soviético y la Unión Soviética", "sovi* union").Replace("</mark> <mark>", " "));
    }

    [Fact]
    public void Excluded_words_are_not_marked()
    {
        Assert.Equal("<mark>Rusia</mark> y Ucrania", Highlight("Rusia y Ucrania", "rusia -ucrania"));
    }

    [Fact]
    public void Title_only_words_are_marked_in_titles_not_bodies()
    {
        var query = SearchQueryParser.Parse("title:limusina kim");

        Assert.Equal("<mark>Kim</mark> en <mark>limusina</mark>", ArticleSearch.HighlightTitle("Kim en limusina", query, "es"));
        Assert.Equal("<mark>Kim</mark> en limusina", ArticleSearch.HighlightParagraphs(["Kim en limusina"], query, "es")[0]);
    }

    [Fact]
    public void An_empty_query_marks_nothing_and_still_escapes()
    {
        Assert.Equal("a &lt; b", Highlight("a < b", ""));
    }

    [Fact]
    public void The_snippet_window_prefers_the_paragraph_with_the_most_different_words()
    {
        var paragraphs = new[]
        {
            "Kim Kim Kim Kim se repite aquí muchas veces sin más.",
            "Un párrafo sin coincidencias.",
            "Aquí Kim firmó con Putin un pacto.",
        };
        var (body, _) = HighlightTerms.From(SearchQueryParser.Parse("kim putin pacto"));

        var snippet = Highlighter.Snippet(paragraphs, body, "es");

        Assert.Equal("Aquí <mark>Kim</mark> firmó con <mark>Putin</mark> un <mark>pacto</mark>.", snippet.Html);
        Assert.Equal("Aquí Kim firmó con Putin un pacto.", snippet.Plain);
    }

    [Fact]
    public void A_long_paragraph_is_cut_to_a_window_around_the_matches_at_spaces()
    {
        var filler = string.Join(' ', Enumerable.Repeat("relleno", 60));
        var paragraph = $"{filler} la visita de Putin a Pyongyang {filler}";
        var (body, _) = HighlightTerms.From(SearchQueryParser.Parse("pyongyang"));

        var html = Highlighter.Snippet([paragraph], body, "es").Html;

        Assert.StartsWith("…", html);
        Assert.EndsWith("…", html);
        Assert.Contains("<mark>Pyongyang</mark>", html);
        Assert.InRange(html.Length, 150, 260);
        // Cut at spaces: every word in the window is whole.
        var words = html.Trim('…').Split(' ');
        Assert.All(words, w => Assert.Contains(w, new[] { "relleno", "la", "visita", "de", "Putin", "a", "<mark>Pyongyang</mark>" }));
    }

    [Fact]
    public void Without_matches_the_snippet_is_the_opening_of_the_text()
    {
        var (body, _) = HighlightTerms.From(SearchQueryParser.Parse("lang:es"));

        var snippet = Highlighter.Snippet(["", "Primer párrafo con texto.", "Segundo."], body, "es");

        Assert.Equal("Primer párrafo con texto.", snippet.Html);
    }

    [Fact]
    public void A_stopword_is_marked_only_between_two_matched_words()
    {
        Assert.Equal(
            "<mark>Corea</mark> <mark>del</mark> <mark>Norte</mark> y la capital del país",
            Highlight("Corea del Norte y la capital del país", "corea del norte"));
        Assert.Equal("el <mark>norte</mark> del país", Highlight("el norte del país", "corea del norte"));
    }

    [Fact]
    public void A_stopword_inside_a_matched_phrase_is_marked_with_it()
    {
        Assert.Equal(
            "en <mark>Corea del Norte</mark>, no del sur",
            Highlight("en Corea del Norte, no del sur", "\"corea del norte\""));
    }

    [Fact]
    public void A_query_of_stopwords_only_still_marks_them()
    {
        Assert.Equal("<mark>The</mark> end", Highlight("The end", "the", "en"));
    }

    [Fact]
    public void The_title_follows_the_same_stopword_rule()
    {
        var parsed = SearchQueryParser.Parse("corea del norte");

        Assert.Equal("La <mark>Corea</mark> <mark>del</mark> <mark>Norte</mark> del siglo", ArticleSearch.HighlightTitle("La Corea del Norte del siglo", parsed, "es"));
    }

    [Fact]
    public void The_snippet_is_the_window_densest_in_matched_words_not_in_stopwords()
    {
        var paragraphs = new[]
        {
            "Del uno, del otro, del tercero y del cuarto se habló del asunto del día.",
            "Al final, Corea habló.",
        };
        var (body, _) = HighlightTerms.From(SearchQueryParser.Parse("corea del"));

        var snippet = Highlighter.Snippet(paragraphs, body, "es");

        Assert.Equal("Al final, <mark>Corea</mark> habló.", snippet.Html);
    }
}

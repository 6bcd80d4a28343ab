using Archive.Core.Entities;

namespace Archive.Core.Tests.Entities;

public sealed class EntityExtractorTests
{
    private static IReadOnlyList<ExtractedEntity> Extract(string language, params string[] paragraphs) =>
        EntityExtractor.Default.Extract(null, paragraphs, language);

    private static ExtractedEntity Find(IReadOnlyList<ExtractedEntity> entities, EntityType type, string name)
    {
        var found = entities.Where(e => e.Type == type && e.Name == name).ToList();
        Assert.True(found.Count == 1, $"{type} \"{name}\" not found once in: {string.Join("; ", entities.Select(e => $"{e.Type} {e.Name} ×{e.Mentions}"))}");
        return found[0];
    }

    [Fact]
    public void Spanish_text_gives_people_places_and_organisations_with_their_mention_counts()
    {
        var entities = Extract("es",
            "El presidente ruso, Vladímir Putin, recibió en Moscú al líder norcoreano Kim Jong Un, según informó la agencia EFE.",
            "Kim viajó en tren desde Pionyang. El Ministerio de Relaciones Exteriores de Corea del Norte confirmó la visita.",
            "Putin dijo que Rusia y Corea del Norte cooperarán.");

        Assert.Equal(2, Find(entities, EntityType.Person, "Vladímir Putin").Mentions);
        Assert.Equal(2, Find(entities, EntityType.Person, "Kim Jong Un").Mentions);
        Find(entities, EntityType.Place, "Moscú");
        Find(entities, EntityType.Place, "Pionyang");
        Find(entities, EntityType.Place, "Rusia");
        Find(entities, EntityType.Organization, "EFE");
        Find(entities, EntityType.Organization, "Ministerio de Relaciones Exteriores de Corea del Norte");
        // "Kim" and "Putin" alone are the people named in full, not new entities.
        Assert.DoesNotContain(entities, e => e.Name is "Kim" or "Putin");
    }

    [Fact]
    public void English_text_strips_titles_and_nationalities_and_resolves_surnames()
    {
        var entities = Extract("en",
            "Russian President Vladimir Putin met North Korean leader Kim Jong Un in Vladivostok on Thursday.",
            "Secretary of State Mike Pompeo said the United Nations would watch. Pompeo spoke at the White House.",
            "Investors sold Acme Widgets Inc. in New York.");

        Find(entities, EntityType.Person, "Vladimir Putin");
        Find(entities, EntityType.Person, "Kim Jong Un");
        Assert.Equal(2, Find(entities, EntityType.Person, "Mike Pompeo").Mentions);
        Find(entities, EntityType.Organization, "United Nations");
        Find(entities, EntityType.Organization, "White House");
        Find(entities, EntityType.Organization, "Acme Widgets Inc.");
        Find(entities, EntityType.Place, "New York");
        Assert.DoesNotContain(entities, e => e.Name.Contains("Russian", StringComparison.Ordinal) || e.Name.Contains("Secretary", StringComparison.Ordinal));
        Assert.DoesNotContain(entities, e => e.Name == "Thursday");
    }

    [Fact]
    public void One_concept_across_languages_and_spellings()
    {
        var es = Extract("es", "Las tensiones entre Corea del Norte y EE.UU. crecen, y Estados Unidos responde.");
        var en = Extract("en", "Tensions between North Korea and the U.S. grow as the United States responds.");

        var northKoreaEs = Find(es, EntityType.Place, "Corea del Norte");
        var northKoreaEn = Find(en, EntityType.Place, "North Korea");
        Assert.Equal(northKoreaEs.Key, northKoreaEn.Key);
        Assert.Equal("north-korea", northKoreaEs.Slug);
        Assert.Equal(("Corea del Norte", "North Korea"), (northKoreaEn.LabelEs, northKoreaEn.LabelEn));

        var usEs = Assert.Single(es, e => e.Key == "country:US");
        var usEn = Assert.Single(en, e => e.Key == "country:US");
        Assert.Equal(2, usEs.Mentions);
        Assert.Equal(2, usEn.Mentions);
        Assert.Equal(("Estados Unidos", "United States"), (usEs.LabelEs, usEs.LabelEn));
    }

    [Fact]
    public void A_person_named_in_both_languages_meets_at_one_slug()
    {
        var es = Extract("es", "La canciller Angela Merkel habló con Kim Jong-un.");
        var en = Extract("en", "Chancellor Angela Merkel spoke with Kim Jong Un.");

        Assert.Equal(Find(es, EntityType.Person, "Kim Jong-un").Key, Find(en, EntityType.Person, "Kim Jong Un").Key);
        Assert.Equal(Find(es, EntityType.Person, "Angela Merkel").Key, Find(en, EntityType.Person, "Angela Merkel").Key);
    }

    [Fact]
    public void A_lone_capitalised_word_without_cue_or_fuller_name_is_dropped()
    {
        var entities = Extract("en", "The committee met again. Later, Bloxworth arrived with the papers and left.");

        Assert.DoesNotContain(entities, e => e.Name == "Bloxworth");
    }

    [Theory]
    [InlineData("Farmers in Northern Italy said the drought was the worst in decades.", "Northern Italy")]
    [InlineData("The storm flooded parts of Lower Manhattan on Tuesday.", "Lower Manhattan")]
    [InlineData("Trade across Central Asia slowed after the border closed.", "Central Asia")]
    public void A_word_of_direction_before_a_known_place_names_a_part_of_it(string text, string name) =>
        Find(Extract("en", text), EntityType.Place, name);

    [Fact]
    public void A_body_named_after_a_place_stays_an_organisation() =>
        Assert.DoesNotContain(Extract("en", "Analysts at Quorbly Italy said sales fell."), e => e.Type == EntityType.Place && e.Name == "Quorbly Italy");

    [Fact]
    public void A_cue_word_types_a_single_name()
    {
        var es = Extract("es", "«No habrá cambios», dijo Bloxworth ante la prensa.", "El diario Zentinela publicó la nota.");

        Find(es, EntityType.Person, "Bloxworth");
        Find(es, EntityType.Organization, "Zentinela");
    }

    [Fact]
    public void Initials_resolve_to_the_organisation_spelled_out()
    {
        var entities = Extract("es", "El Partido Verde Ecologista Nacional (PVEN) ganó. El PVEN celebró en la plaza.");

        Assert.Equal(3, Find(entities, EntityType.Organization, "Partido Verde Ecologista Nacional").Mentions);
        Assert.DoesNotContain(entities, e => e.Name == "PVEN");
    }

    [Fact]
    public void A_title_case_headline_only_counts_names_the_body_or_gazetteer_know()
    {
        var entities = EntityExtractor.Default.Extract(
            "Trump Says Big Things Will Happen In Mexico",
            ["President Donald Trump spoke on Monday."],
            "en");

        Assert.Equal(2, Find(entities, EntityType.Person, "Donald Trump").Mentions);
        Find(entities, EntityType.Place, "Mexico");
        Assert.DoesNotContain(entities, e => e.Name.Contains("Big", StringComparison.Ordinal));
    }

    [Fact]
    public void A_body_named_inside_another_or_after_and_stands_apart_but_a_head_alone_before_de_does_not()
    {
        var entities = Extract("es",
            "Lo aprobó el Grupo de Trabajo de Vacunas de la Sociedad Zentinela de Epidemiología ayer.",
            "El Ministerio de Sanidad y la OMPX lo confirmaron.",
            "La ciudad pidió ayuda al Departamento de Policía de Nueva York.");

        Find(entities, EntityType.Organization, "Grupo de Trabajo de Vacunas");
        Find(entities, EntityType.Organization, "Sociedad Zentinela de Epidemiología");
        Find(entities, EntityType.Organization, "Ministerio de Sanidad");
        Assert.DoesNotContain(entities, e => e.Name.Contains("OMPX", StringComparison.Ordinal) && e.Name.Contains("Ministerio", StringComparison.Ordinal));
        Find(entities, EntityType.Organization, "Departamento de Policía de Nueva York");
    }

    [Fact]
    public void A_reference_list_names_its_authors_surname_first()
    {
        var entities = Extract("en",
            "The tides were first charted in detail by the survey.[3] Later work refined it.",
            "^ Quarrington, Ottilie (1998). \"Tides Of The Northern Coast\". Harbour Studies. 12 (3): 45.",
            "^ Blenkinsop, Harold J.; Vantongeren, P. (2004). A Survey Of Currents. Eastwick Academic.",
            "^ De Vries, Annelie & Marchbanks, Toby (2011). On The Shore. Retrieved 3 May 2012.",
            "The charts, Quarrington later admitted, were rough.");

        Assert.Equal(2, Find(entities, EntityType.Person, "Quarrington, Ottilie").Mentions);
        Find(entities, EntityType.Person, "Blenkinsop, Harold J.");
        Find(entities, EntityType.Person, "Vantongeren, P.");
        Find(entities, EntityType.Person, "De Vries, Annelie");
        Find(entities, EntityType.Person, "Marchbanks, Toby");
        Assert.DoesNotContain(entities, e => e.Name is "Harold J." or "Vries, Annelie");
    }

    [Fact]
    public void A_place_and_its_region_or_a_list_of_people_is_no_inverted_name()
    {
        var entities = Extract("en",
            "The parade went from Paris, Texas (2019) to Springfield.",
            "Guests included Mary Quillfeather, Robert Dunmore and others.",
            "Then, Peter asked for a break.");

        Assert.DoesNotContain(entities, e => e.Name.Contains(", ", StringComparison.Ordinal));
        Find(entities, EntityType.Person, "Mary Quillfeather");
        Find(entities, EntityType.Person, "Robert Dunmore");
    }

    [Fact]
    public void A_title_written_with_its_dot_comes_off_the_name()
    {
        var entities = Extract("en",
            "Economist Jeffrey Pemberton-Hale testified on Monday.",
            "Mr. Pemberton-Hale said rates would rise. Dr. Hollister disagreed.");

        Assert.Equal(2, Find(entities, EntityType.Person, "Jeffrey Pemberton-Hale").Mentions);
        Find(entities, EntityType.Person, "Hollister");
        Assert.DoesNotContain(entities, e => e.Name.StartsWith("Mr.", StringComparison.Ordinal) || e.Name.StartsWith("Dr.", StringComparison.Ordinal));
    }

    [Fact]
    public void A_sentence_opens_after_a_reference_mark_and_after_an_initial_before_a_function_word()
    {
        var entities = Extract("en",
            "Ferries cross to the islands.[12] The Quorvale Islands are calm in summer.",
            "The method was proposed by Hamish K. This is still taught.",
            "Lawmakers met in the chamber of the New Zealand Parliament. New Zealand Herald reporters were there.");

        Find(entities, EntityType.Place, "Quorvale Islands");
        Assert.DoesNotContain(entities, e => e.Name.StartsWith("The ", StringComparison.Ordinal) || e.Name.Contains("This", StringComparison.Ordinal));
        Find(entities, EntityType.Organization, "New Zealand Herald");
        Assert.DoesNotContain(entities, e => e.Name == "Zealand Herald");
    }

    [Fact]
    public void A_place_before_a_head_word_belongs_to_the_organisation_and_a_nationality_to_a_headed_name()
    {
        var entities = Extract("en",
            "She studied at the Nevada Institute of Seismology before joining the Norwegian Academy of Glaciology.",
            "The crew of the International Lunar Station docked on Friday.");

        Find(entities, EntityType.Organization, "Nevada Institute of Seismology");
        Find(entities, EntityType.Organization, "Norwegian Academy of Glaciology");
        Find(entities, EntityType.Place, "International Lunar Station");
        Assert.DoesNotContain(entities, e => e.Name is "Institute of Seismology" or "Academy of Glaciology" or "Lunar Station");
    }

    [Fact]
    public void A_given_name_makes_a_person_even_before_a_place_unless_the_text_writes_it_small()
    {
        var entities = Extract("en",
            "The novel was reviewed by Gregory Lyon in the spring.",
            "Senator Harold Ashgrove of Nevada spoke first.",
            "Supporters of Free Quandry say the software must stay free.");

        Find(entities, EntityType.Person, "Gregory Lyon");
        Find(entities, EntityType.Person, "Harold Ashgrove");
        Find(entities, EntityType.Place, "Nevada");
        Assert.DoesNotContain(entities, e => e.Type == EntityType.Person && e.Name.Contains("Quandry", StringComparison.Ordinal));
        Assert.DoesNotContain(entities, e => e.Type == EntityType.Organization && e.Name.Contains("Lyon", StringComparison.Ordinal));
    }

    [Fact]
    public void A_legal_form_alone_names_no_company()
    {
        var entities = Extract("en", "The deck was printed by Orrery Cards, Inc. and sold widely.");

        Assert.DoesNotContain(entities, e => e.Name == "Inc.");
    }

    [Fact]
    public void A_title_inside_a_run_opens_the_name_of_a_person()
    {
        var entities = Extract("en",
            "Investors questioned Glimmerbox CEO Dorothea Quint about the losses.",
            "Aviation Correspondent Lionel Fairweather reported from the runway.");

        Find(entities, EntityType.Person, "Dorothea Quint");
        Find(entities, EntityType.Person, "Lionel Fairweather");
        Assert.DoesNotContain(entities, e => e.Name.Contains("CEO", StringComparison.Ordinal) || e.Name.Contains("Correspondent", StringComparison.Ordinal));
    }

    [Fact]
    public void Geographic_and_publishing_head_words_type_a_name()
    {
        var entities = Extract("en",
            "Boats shelter in Pellworth Harbour while the Ostrander Trench lies offshore.",
            "Her memoir was printed by Thistledown Publishers and reviewed in the Marlowe Observer.",
            "^ Kettleby, Rowan (2003). A History Of The Coast. Halberd Academic Publishers. p. 12.");

        Find(entities, EntityType.Place, "Pellworth Harbour");
        Find(entities, EntityType.Place, "Ostrander Trench");
        Find(entities, EntityType.Organization, "Thistledown Publishers");
        Find(entities, EntityType.Organization, "Marlowe Observer");
        Find(entities, EntityType.Person, "Kettleby, Rowan");
        Find(entities, EntityType.Organization, "Halberd Academic Publishers");
    }

    [Fact]
    public void A_site_named_by_its_domain_is_an_organisation_but_an_address_or_link_is_not()
    {
        var entities = Extract("en",
            "The rumour was checked by Factwhisk.com and reported by quillgazette.co.nz on Monday.",
            "Write to editor@inkpost.org or read https://pebbleweek.net/about for more.",
            "Old versions were at www.tarnbrook.com before the move.");

        Find(entities, EntityType.Organization, "Factwhisk.com");
        Find(entities, EntityType.Organization, "quillgazette.co.nz");
        Assert.DoesNotContain(entities, e => e.Name.Contains("inkpost", StringComparison.Ordinal) || e.Name.Contains("pebbleweek", StringComparison.Ordinal) || e.Name.Contains("tarnbrook", StringComparison.Ordinal));
        Assert.DoesNotContain(entities, e => e.Name == "Factwhisk");
    }

    [Fact]
    public void A_known_company_before_its_product_is_named()
    {
        var entities = Extract("en", "The route was planned with Google Earthview on a laptop.");

        Find(entities, EntityType.Organization, "Google");
        Assert.DoesNotContain(entities, e => e.Name.Contains("Earthview", StringComparison.Ordinal));
    }

    [Fact]
    public void A_campus_city_belongs_to_its_university_and_english_capitals_name_no_body()
    {
        var entities = Extract("en",
            "She moved to the University of Wyoming, Denver in the autumn.",
            "The query ends with SELECT NAME FROM ACCOUNTS UNION ALL before the join.");

        Find(entities, EntityType.Organization, "University of Wyoming, Denver");
        Assert.DoesNotContain(entities, e => e.Name == "Denver");
        Assert.DoesNotContain(entities, e => e.Name.Contains("UNION", StringComparison.Ordinal));
    }

    [Fact]
    public void A_title_case_headline_still_names_a_person_with_a_given_name()
    {
        var entities = EntityExtractor.Default.Extract(
            "Margaret Quillon Wins The Coastal Race Again",
            ["The sailor wins the race for the third time, the club said on a windy morning."],
            "en");

        Find(entities, EntityType.Person, "Margaret Quillon");
        Assert.DoesNotContain(entities, e => e.Name.Contains("Wins", StringComparison.Ordinal) || e.Name.Contains("Coastal", StringComparison.Ordinal));
    }

    [Fact]
    public void A_rank_that_belongs_to_the_name_stays_and_a_given_name_is_no_bill()
    {
        var en = Extract("en",
            "The expedition was led by Sir Hamish Tolliver in the spring.",
            "The investor Bill Kestrel bought the company.");
        var es = Extract("es", "La carta del Papa Inocencio llegó al Ayuntamiento y La Moncloa respondió.");

        Find(en, EntityType.Person, "Sir Hamish Tolliver");
        Find(en, EntityType.Person, "Bill Kestrel");
        Find(es, EntityType.Person, "Papa Inocencio");
        Assert.DoesNotContain(es, e => e.Name.Contains(" y ", StringComparison.Ordinal));
    }

    [Fact]
    public void A_newspaper_keeps_its_the_but_a_ministry_does_not()
    {
        var entities = Extract("en",
            "The report was first printed. The Harbourton Gazette ran it on Monday.",
            "The Ministry of Tides denied it.");

        Find(entities, EntityType.Organization, "The Harbourton Gazette");
        Find(entities, EntityType.Organization, "Ministry of Tides");
    }

    [Fact]
    public void An_in_word_capital_makes_an_organisation_in_spanish_news_but_needs_a_cue_in_english()
    {
        var es = Extract("es", "Los usuarios de TrueMint denunciaron el fallo ayer.");
        var en = Extract("en",
            "The demo was written in QuillScript and runs everywhere.",
            "Shares of the company BrightLoop rose on Monday.");

        Find(es, EntityType.Organization, "TrueMint");
        Assert.DoesNotContain(en, e => e.Name == "QuillScript");
        Find(en, EntityType.Organization, "BrightLoop");
    }

    [Fact]
    public void A_word_for_a_body_after_a_name_or_a_role_in_one_before_of_makes_an_organisation()
    {
        var entities = Extract("en",
            "The story first ran in Quillfeather magazine last spring.",
            "The deal was signed by the chairman of Tamblewick and praised by Brosnet CEO Lara Venn.",
            "Debris fell west of the regional capital of Vostrany on Thursday.");

        Find(entities, EntityType.Organization, "Quillfeather");
        Find(entities, EntityType.Organization, "Tamblewick");
        Find(entities, EntityType.Organization, "Brosnet");
        Find(entities, EntityType.Person, "Lara Venn");
        Find(entities, EntityType.Place, "Vostrany");
    }

    [Fact]
    public void A_place_word_before_of_names_a_place_but_an_abstract_state_does_not()
    {
        var entities = Extract("en", "He wrote about the sorry state of Glimmerix and moved to the town of Harrowdale.");

        Find(entities, EntityType.Place, "Harrowdale");
        Assert.DoesNotContain(entities, e => e.Name == "Glimmerix");
    }

    [Fact]
    public void A_name_in_a_list_beside_a_known_organisation_or_place_shares_its_type()
    {
        var entities = Extract("en",
            "The group now owns Quorbly, Zentaro, Facebook and dozens of smaller firms.",
            "The tour went on through Velmoria and France before it ended.",
            "The answer was Yes or No in every case, the survey said.");

        Find(entities, EntityType.Organization, "Quorbly");
        Find(entities, EntityType.Organization, "Zentaro");
        Find(entities, EntityType.Place, "Velmoria");
        Assert.DoesNotContain(entities, e => e.Name is "Yes" or "No");
    }

    [Fact]
    public void A_town_below_the_cities_cut_is_a_place_only_where_the_text_says_so()
    {
        var said = Extract("en",
            "The mill closed in Ashburton last year.",
            "Its owner now lives at Masterton, New Zealand.");
        var unsaid = Extract("en", "Our guide was Masterton, who knew every trail.");

        Find(said, EntityType.Place, "Ashburton");
        Find(said, EntityType.Place, "Masterton");
        Assert.DoesNotContain(unsaid, e => e.Name == "Masterton" && e.Type == EntityType.Place);
    }

    [Fact]
    public void A_possessive_ends_a_name_but_a_common_word_keeps_it_inside_one()
    {
        var entities = Extract("en",
            "The director of NASA’s Harlow Research Center spoke first.",
            "Two children were treated at the Kestrel Children’s Hospital on Friday.");

        Find(entities, EntityType.Organization, "NASA");
        Find(entities, EntityType.Organization, "Harlow Research Center");
        Find(entities, EntityType.Organization, "Kestrel Children’s Hospital");
    }

    [Fact]
    public void A_head_word_before_of_for_or_on_keeps_the_whole_name_with_its_and()
    {
        var entities = Extract("en",
            "A study by the Northern Bureau for Ports and Harbour Safety was cited.",
            "The Quellmark Council on Trade and Industry met in spring, with the Varden Institute of Arts and Letters.");

        Find(entities, EntityType.Organization, "Northern Bureau for Ports and Harbour Safety");
        Find(entities, EntityType.Organization, "Quellmark Council on Trade and Industry");
        Find(entities, EntityType.Organization, "Varden Institute of Arts and Letters");
        Assert.DoesNotContain(entities, e => e.Name is "Harbour Safety" or "Industry" or "Bureau for Ports");
    }

    [Fact]
    public void A_legal_form_after_a_comma_belongs_to_the_company_name()
    {
        var entities = Extract("en",
            "The deck was printed by Morrow Card Works, Inc. in 1971, and later by Talbot Press, LLC.",
            "Shares of Brindle Holdings, Inc. Rose sharply.");

        Find(entities, EntityType.Organization, "Morrow Card Works, Inc.");
        Find(entities, EntityType.Organization, "Talbot Press, LLC");
        Assert.DoesNotContain(entities, e => e.Name == "Morrow Card Works");
    }

    [Fact]
    public void Where_someone_works_or_studies_is_an_organisation()
    {
        var entities = Extract("en",
            "As Dorrit Vance at Pennywise Ledger explains, small savings add up.",
            "She was an undergraduate at Holloway in the 1990s and now works at Quillsoft, a games studio.");

        Find(entities, EntityType.Organization, "Pennywise Ledger");
        Find(entities, EntityType.Organization, "Holloway");
        Find(entities, EntityType.Organization, "Quillsoft");
    }

    [Fact]
    public void A_word_for_a_region_after_a_name_makes_it_a_place()
    {
        var entities = Extract("en", "The capsule fell over the remote Kessar region, officials said.");

        Find(entities, EntityType.Place, "Kessar");
    }

    [Fact]
    public void Words_of_direction_and_of_a_coast_make_a_place_and_keep_its_compass_point()
    {
        var entities = Extract("en",
            "The elders of eastern Quorvale gathered at dawn.",
            "Whales stranded on the South Kessar coast, on the outskirts of Tamberlin.");

        Find(entities, EntityType.Place, "Quorvale");
        Find(entities, EntityType.Place, "South Kessar");
        Find(entities, EntityType.Place, "Tamberlin");
        Assert.DoesNotContain(entities, e => e.Name == "Kessar");
    }

    [Fact]
    public void A_word_for_a_body_or_a_deal_after_a_name_makes_it_an_organisation_but_a_function_word_stays_a_word()
    {
        var entities = Extract("en",
            "She is a member of the Ruru Matai group, which opposed the Brackwell buyout.",
            "The vendor promised that “All profits go to charity.”");

        Find(entities, EntityType.Organization, "Ruru Matai");
        Find(entities, EntityType.Organization, "Brackwell");
        Assert.DoesNotContain(entities, e => e.Name == "All");
    }

    [Fact]
    public void A_name_of_two_words_before_a_comma_and_who_is_a_persons()
    {
        var entities = Extract("en",
            "The essay was written by Oswin Threlkeld, who later left the order.",
            "Everyone who came stayed late.");

        Find(entities, EntityType.Person, "Oswin Threlkeld");
        Assert.DoesNotContain(entities, e => e.Name == "Everyone");
    }

    [Fact]
    public void A_company_alone_beside_its_branch_in_a_country_is_the_parent()
    {
        var entities = Extract("en",
            "Its stakes in Quorbly Japan stay with it.",
            "The Quorbly subsidiary will be sold, and Quorbly shareholders get nothing.");

        Find(entities, EntityType.Organization, "Quorbly Japan");
        Find(entities, EntityType.Organization, "Quorbly");
    }

    [Fact]
    public void A_name_of_several_words_in_a_list_beside_an_organisation_is_one_too()
    {
        var entities = Extract("en", "Its rivals are the Acme Corp, Brindle Tallow and Quenby Works.");

        Find(entities, EntityType.Organization, "Brindle Tallow");
        Find(entities, EntityType.Organization, "Quenby Works");
    }

    [Fact]
    public void Hashtags_digits_and_pronouns_make_no_names()
    {
        var entities = Extract("en",
            "The post read “#Harriet Boston show delayed by rain.”",
            "It appeared on Page A1 of the Sunday edition. I'm sure of it.");

        Find(entities, EntityType.Place, "Boston");
        Assert.DoesNotContain(entities, e => e.Name.Contains("Harriet", StringComparison.Ordinal) || e.Name.Contains("Page", StringComparison.Ordinal) || e.Name == "I'm");
    }

    [Fact]
    public void A_person_goes_by_the_initials_of_a_name_given_in_full()
    {
        var entities = Extract("en",
            "Much was said about Harold T. Quimby (HTQ) and his letters.",
            "Later, HTQ resigned.");

        Assert.Equal(3, Find(entities, EntityType.Person, "Harold T. Quimby").Mentions);
        Assert.DoesNotContain(entities, e => e.Name == "HTQ");
    }

    [Fact]
    public void An_and_before_a_newspapers_head_word_joins_one_name()
    {
        var entities = Extract("en", "We will work with the Lantern and Herald next year.");

        Find(entities, EntityType.Organization, "Lantern and Herald");
        Assert.DoesNotContain(entities, e => e.Name is "Lantern" or "Herald");
    }

    [Fact]
    public void A_given_name_and_surname_ending_a_run_of_words_about_them_is_a_person()
    {
        var entities = Extract("en", "Noted Essayist Mavis Threlkeld joined the debate, and Threlkeld won it.");

        Assert.Equal(2, Find(entities, EntityType.Person, "Mavis Threlkeld").Mentions);
        Assert.DoesNotContain(entities, e => e.Name.Contains("Essayist", StringComparison.Ordinal));
    }

    [Fact]
    public void A_presidents_administration_names_the_president()
    {
        var entities = Extract("en", "The plan was drafted under the Quimby administration.");

        Find(entities, EntityType.Person, "Quimby");
    }

    [Fact]
    public void A_name_seen_often_keeps_its_own_entity_when_once_followed_by_a_product()
    {
        var entities = Extract("en",
            "Mavis Threlkeld wrote the code. Years later Mavis Threlkeld retired.",
            "Fans can now buy a Mavis Threlkeld Zorbo figure.");

        Assert.Equal(3, Find(entities, EntityType.Person, "Mavis Threlkeld").Mentions);
        Assert.DoesNotContain(entities, e => e.Name == "Mavis Threlkeld Zorbo");
    }

    [Fact]
    public void A_given_name_before_a_word_the_text_writes_small_is_no_person_but_a_handle_is_no_word()
    {
        var entities = Extract("en",
            "The Open Source and Free Software communities disagree; free software is the older term.",
            "The DOM Promises work landed. Follow Mavis Threlkeld at @m_threlkeld for more.");

        Assert.DoesNotContain(entities, e => e.Type == EntityType.Person && e.Name is "Free Software" or "DOM Promises");
        Find(entities, EntityType.Person, "Mavis Threlkeld");
    }

    [Fact]
    public void An_organisations_name_the_other_way_round_or_its_end_is_the_same_body()
    {
        var entities = Extract("en",
            "The Department of Harbours published the figures. The Harbours Department declined to comment.",
            "Analysts at the Quimby-Varden Budget Center agreed, and the Budget Center said so again.");

        Assert.Equal(2, Find(entities, EntityType.Organization, "Department of Harbours").Mentions);
        Assert.Equal(2, Find(entities, EntityType.Organization, "Quimby-Varden Budget Center").Mentions);
        Assert.DoesNotContain(entities, e => e.Name is "Harbours Department" or "Budget Center");
    }

    [Fact]
    public void Initials_with_their_dots_before_or_after_a_surname_make_a_persons_name()
    {
        var entities = Extract("en",
            "^ Threlkeld M. J. The quiet harbour, Varden Press, 1998",
            "The survey was led by R. Quimby and checked by a colleague.");

        Find(entities, EntityType.Person, "Threlkeld M. J.");
        Find(entities, EntityType.Person, "R. Quimby");
    }

    [Fact]
    public void Words_for_land_and_water_features_make_a_place()
    {
        var entities = Extract("en", "From the Quorvale Ranges the rivers run to Tamber Sound and the Kessar Estuary.");

        Find(entities, EntityType.Place, "Quorvale Ranges");
        Find(entities, EntityType.Place, "Tamber Sound");
        Find(entities, EntityType.Place, "Kessar Estuary");
    }

    [Fact]
    public void More_head_words_make_an_organisation()
    {
        var entities = Extract("en", "The shares of Tamber Energy fell as Quorvale Railways and the Varden Orchestra cut costs.");

        Find(entities, EntityType.Organization, "Tamber Energy");
        Find(entities, EntityType.Organization, "Quorvale Railways");
        Find(entities, EntityType.Organization, "Varden Orchestra");
    }

    [Fact]
    public void A_sentences_first_word_joined_by_of_is_cut_off_and_told_the_names_a_newspaper()
    {
        var entities = Extract("en",
            "Residents of Tamberlin Cove were moved inland.",
            "The coroner told The Varden Lantern that nobody knew.");

        Find(entities, EntityType.Place, "Tamberlin Cove");
        Find(entities, EntityType.Organization, "The Varden Lantern");
        Assert.DoesNotContain(entities, e => e.Name.StartsWith("Residents", StringComparison.Ordinal));
        Assert.DoesNotContain(entities, e => e.Type == EntityType.Person);
    }

    [Fact]
    public void An_apposition_after_a_comma_says_what_the_name_is()
    {
        var entities = Extract("en",
            "“It was seen as rote,” wrote Ossie Brand, a historian at the college.",
            "They met at Quorbly, a small games company, near Tamberlin, a fishing town.");

        Find(entities, EntityType.Person, "Ossie Brand");
        Find(entities, EntityType.Organization, "Quorbly");
        Find(entities, EntityType.Place, "Tamberlin");
    }

    [Fact]
    public void A_word_for_a_kind_of_business_before_a_name_makes_it_an_organisation()
    {
        var entities = Extract("en",
            "The agency's supplier Quorbly has been grounded, and chipmaker Tamberlin said nothing.",
            "Photo: Ossie Brand Images.");

        Find(entities, EntityType.Organization, "Quorbly");
        Find(entities, EntityType.Organization, "Tamberlin");
        Find(entities, EntityType.Organization, "Ossie Brand Images");
    }

    [Fact]
    public void A_name_written_with_its_first_letter_small_is_a_name_word()
    {
        var entities = Extract("en", "He reads the Varden Lantern, qWorbly, The Tamber Courier and others.");

        Find(entities, EntityType.Organization, "qWorbly");
        Find(entities, EntityType.Organization, "The Tamber Courier");
    }

    [Fact]
    public void A_handle_after_an_at_sign_is_a_person_and_joins_the_person_named_in_full()
    {
        var entities = Extract("en",
            "Ossie Brandvold wrote about it at length.",
            "@obrandvold: I never said that. @quimby_h: You did, and @mavis_t agrees.",
            "Write to desk@example.com for copies.");

        Assert.Equal(2, Find(entities, EntityType.Person, "Ossie Brandvold").Mentions);
        Find(entities, EntityType.Person, "quimby_h");
        Find(entities, EntityType.Person, "mavis_t");
        Assert.DoesNotContain(entities, e => e.Name.Contains("example", StringComparison.Ordinal) || e.Name == "obrandvold");
    }

    [Fact]
    public void A_photo_credit_names_the_photographer_and_the_agencies_after_the_slash()
    {
        var entities = Extract("en",
            "The harbour at dawn. (Ossie Brandvold/Quorbly Press)",
            "qvandal/Tamberstock/Varden Images",
            "Fees rose 4K/HDR, and the Stewart Sound/Kessar route, and Nintendo/Sega.");

        Find(entities, EntityType.Person, "Ossie Brandvold");
        Find(entities, EntityType.Organization, "Quorbly Press");
        Find(entities, EntityType.Person, "qvandal");
        Find(entities, EntityType.Organization, "Tamberstock");
        Find(entities, EntityType.Organization, "Varden Images");
        Assert.DoesNotContain(entities, e => e.Name is "4K" or "HDR" or "Kessar" or "Sega" or "Nintendo");
    }

    [Fact]
    public void A_given_name_that_is_also_a_place_head_opens_a_persons_name_where_the_words_say_a_person()
    {
        var entities = Extract("en",
            "“We had no choice,” said Costa Brandvold, who ran the mill.",
            "Boats crossed the Costa Tamberlin at night.");

        Find(entities, EntityType.Person, "Costa Brandvold");
        Assert.DoesNotContain(entities, e => e.Type == EntityType.Place && e.Name == "Costa Brandvold");
    }

    [Fact]
    public void A_name_of_several_words_in_a_list_beside_a_person_is_a_person_even_when_its_last_word_is_a_place()
    {
        var entities = Extract("en",
            "The theory was worked out by Werner Quist, Ravindra Tamberlin and Oyelaran Voss in 1931.",
            "She read The Silver Cove, Mavis Threlkeld and Software Engineer guides.");

        Find(entities, EntityType.Person, "Ravindra Tamberlin");
        Assert.Equal(EntityType.Person, Extract("en", "It was built by Werner Quist, and Quill Jordan in 1931.").Single(e => e.Name == "Quill Jordan").Type);
        Find(entities, EntityType.Person, "Oyelaran Voss");
        Assert.DoesNotContain(entities, e => e.Type == EntityType.Person && e.Name is "The Silver Cove" or "Software Engineer");
    }

    [Fact]
    public void A_list_closed_by_and_after_a_head_word_and_of_is_the_rest_of_the_name()
    {
        var entities = Extract("en",
            "The Varden Bureau of Harbours, Lighthouses and Ferries said so. Quist studied Latin, Greek and Hebrew.");

        Find(entities, EntityType.Organization, "Varden Bureau of Harbours, Lighthouses and Ferries");
        Assert.DoesNotContain(entities, e => e.Name is "Lighthouses" or "Ferries" or "Varden Bureau of Harbours");
    }

    [Fact]
    public void A_sentence_opening_with_a_word_written_small_before_a_verb_of_doing_opens_with_a_handle()
    {
        var entities = Extract("en",
            "qvandal fixed the crash in the exporter. brandvo and mthrel will mentor them.",
            "grass is green, and the output.format was changed.");

        Find(entities, EntityType.Person, "qvandal");
        Find(entities, EntityType.Person, "brandvo");
        Find(entities, EntityType.Person, "mthrel");
        Assert.DoesNotContain(entities, e => e.Name is "grass" or "output" or "format");
    }

    [Fact]
    public void A_reference_entrys_publisher_or_periodical_is_an_organisation()
    {
        var entities = Extract("en",
            "^ Brandvold, Ossie (2004). Tides of the North Cape. Varden: Quill Barrow. p. 42. ISBN 0-000-00000-0.",
            "^ \"Harbour reopens\". Tamber Courier Weekly. 3 May 2019. Retrieved 4 May 2019.",
            "^ \"Ferries\". Encyclopedia of Kessar Boats. Retrieved 4 May 2019.");

        Find(entities, EntityType.Organization, "Quill Barrow");
        Find(entities, EntityType.Organization, "Tamber Courier Weekly");
        Assert.DoesNotContain(entities, e => e.Name.Contains("Encyclopedia", StringComparison.Ordinal));
        Assert.DoesNotContain(entities, e => e.Type == EntityType.Person && e.Name == "Quill Barrow");
    }

    [Fact]
    public void The_names_a_credit_lists_after_by_are_people_and_their_agencies_organisations()
    {
        var entities = Extract("en",
            "Photos by qvandal (Tamberstock), Ossie Brandvold, J K Quist and mthrel.",
            "The survey was run by teams across the region.");

        Find(entities, EntityType.Person, "qvandal");
        Find(entities, EntityType.Organization, "Tamberstock");
        Find(entities, EntityType.Person, "Ossie Brandvold");
        Find(entities, EntityType.Person, "J K Quist");
        Find(entities, EntityType.Person, "mthrel");
        Assert.DoesNotContain(entities, e => e.Name == "teams");
    }

    [Fact]
    public void An_english_head_word_alone_names_a_body_only_with_its_the()
    {
        var entities = Extract("en", "She led the Technology and Society program before the Senate heard her.");
        var spanish = Extract("es", "El informe llegó al Congreso el lunes.");

        Find(entities, EntityType.Organization, "Senate");
        Find(spanish, EntityType.Organization, "Congreso");
        Assert.DoesNotContain(entities, e => e.Name == "Society");
    }

    [Fact]
    public void An_outlets_name_of_common_words_after_a_cue_keeps_its_capitalised_the()
    {
        var entities = Extract("en",
            "The coroner told The Messenger that the messenger had been late, and an independent review agreed.");

        Find(entities, EntityType.Organization, "The Messenger");
    }

    [Fact]
    public void A_word_for_a_bodys_kind_may_come_between_its_name_and_the_word_for_a_body()
    {
        var entities = Extract("en", "The figures were quoted by the Kessarin news agency and by Quorbly games company staff.");

        Find(entities, EntityType.Organization, "Kessarin");
        Find(entities, EntityType.Organization, "Quorbly");
    }

    [Fact]
    public void Where_a_text_was_published_is_an_outlet_and_keeps_the_place_opening_its_name()
    {
        var entities = Extract("en",
            "His obituary, published in the Boston Morning Lark, was reviewed by Quorbly Weekly.");

        Find(entities, EntityType.Organization, "Boston Morning Lark");
        Find(entities, EntityType.Organization, "Quorbly Weekly");
        Assert.DoesNotContain(entities, e => e.Name == "Boston");
    }

    [Fact]
    public void What_a_company_acquires_or_buys_is_an_organisation()
    {
        var entities = Extract("en", "Last year the group acquired Quorbly, and it is still buying Tamberstock shares.");

        Find(entities, EntityType.Organization, "Quorbly");
        Find(entities, EntityType.Organization, "Tamberstock");
    }

    [Fact]
    public void Where_the_words_say_a_body_a_place_head_opening_its_name_does_not_make_a_place()
    {
        var entities = Extract("en", "She was a recent graduate of Mount Quorbly and climbed Mount Tamber.");

        Find(entities, EntityType.Organization, "Mount Quorbly");
        Find(entities, EntityType.Place, "Mount Tamber");
    }

    [Fact]
    public void A_head_word_written_small_after_a_name_says_it_is_no_person()
    {
        var entities = Extract("en", "She was taken to Royal Tamberlin hospital, and West Quorbly police said little.");

        Assert.DoesNotContain(entities, e => e.Type == EntityType.Person);
    }

    [Fact]
    public void An_organisations_name_seen_once_with_one_more_word_is_the_same_body()
    {
        var entities = Extract("en",
            "Pictures came from Quorbly Images. Quorbly Images sold them on.",
            "Credit Ossie Brandvold/Quorbly Images News");

        Assert.Equal(3, Find(entities, EntityType.Organization, "Quorbly Images").Mentions);
        Assert.DoesNotContain(entities, e => e.Name == "Quorbly Images News");
    }
}

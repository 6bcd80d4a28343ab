using Archive.Core.Text;

namespace Archive.Core.Entities;

/// <summary>
/// Finds the people, places and organisations of one Spanish or English article without a trained model:
/// capitalised runs of words, the gazetteer (countries, regions, cities, known organisations, in both
/// languages), cue words around and inside a name ("el presidente", "said", "Ministerio", "Inc") and the
/// article's own evidence (a name seen whole, "Kim Jong Un", resolves its shorter mentions, "Kim").
/// Aleph's rule stands: a person or organisation named by one word needs a cue, the gazetteer or a fuller
/// mention. Linear in the text: one pass to tokenise, one to find runs, dictionary look-ups per word.
/// </summary>
public sealed class EntityExtractor
{
    private static readonly HashSet<string> _connectors = new(StringComparer.Ordinal)
    {
        "de", "del", "la", "las", "los", "el", "y", "e", "of", "the", "and", "for", "van", "von", "der", "den",
        "da", "do", "dos", "das", "di", "du", "le", "bin", "ibn", "al", "&",
    };

    /// <summary>Inside an organisation's name these join words too: "Clínica de Atención Integral en Salud".</summary>
    private static readonly HashSet<string> _orgConnectors = new(StringComparer.Ordinal) { "en", "para", "y", "e", "and", "of", "for", "sobre", "contra", "a" };

    /// <summary>Particles of a surname that a reference list writes first: "De Lange, Peter", "Van Dyke, Anne".</summary>
    private static readonly HashSet<string> _particles = new(StringComparer.Ordinal) { "de", "del", "van", "von", "der", "den", "da", "di", "du", "le", "la", "ten", "ter" };

    private static readonly HashSet<string> _splitters = new(StringComparer.Ordinal) { "y", "e", "and", "&" };

    private readonly Gazetteer _gazetteer;
    private readonly Gazetteer _towns;
    private readonly EntityCues _cues;

    internal EntityExtractor(Gazetteer gazetteer, Gazetteer towns, EntityCues cues)
    {
        _gazetteer = gazetteer;
        _towns = towns;
        _cues = cues;
    }

    /// <summary>The extractor over the embedded gazetteer, towns and cue words; thread-safe, built once.</summary>
    public static EntityExtractor Default { get; } = new(Gazetteer.Default, Gazetteer.Towns, EntityCues.Default);

    /// <summary>The entities of an article: its title (may be null), body paragraphs and language ("es", "en", "und").</summary>
    public IReadOnlyList<ExtractedEntity> Extract(string? title, IReadOnlyList<string> paragraphs, string language)
    {
        ArgumentNullException.ThrowIfNull(paragraphs);
        // Off the thread while in use, so a call from within this one would make its own.
        var document = _document ?? new ExtractionDocument();
        _document = null;
        try
        {
            return Extract(title, paragraphs, language, document);
        }
        finally
        {
            _document = document;
        }
    }

    [ThreadStatic]
    private static ExtractionDocument? _document;

    private List<ExtractedEntity> Extract(string? title, IReadOnlyList<string> paragraphs, string language, ExtractionDocument document)
    {
        document.Reset(language == Languages.Spanish);
        if (!string.IsNullOrWhiteSpace(title))
            NameTokenizer.Tokenize(title, document.NextBlock());
        foreach (var paragraph in paragraphs)
            NameTokenizer.Tokenize(paragraph, document.NextBlock());
        var blocks = document.Blocks.Take(document.BlockCount).ToList();

        foreach (var tokens in blocks)
        {
            for (var t = 0; t < tokens.Count; t++)
            {
                var token = tokens[t];
                // "s_bielefeld", "@mavis", "example.com/threlkeld": a handle or an address writes a name small; it is no word.
                if (token.Kind == NameTokenKind.Lower && !InHandle(tokens, t))
                    document.Lowercase.Add(token.Folded);
                else if (token.IsCapitalized && !token.SentenceStart)
                    document.CapitalisedInside.Add(token.Folded);
            }
        }

        var headlines = new List<List<NameToken>>();
        var first = !string.IsNullOrWhiteSpace(title);
        foreach (var tokens in blocks)
        {
            // A title is often in Title Case or capitals, where capitals say nothing: there only known names count.
            // A reference list's entry writes its titles in Title Case too, but its author in inverted order says it is
            // no headline: its publishers and journals are read as in any sentence.
            if (first || (LooksLikeHeadline(tokens, document) && !HasCitation(tokens, document)))
            {
                headlines.Add(tokens);
                FindHeadlinePersons(tokens, document);
            }
            else
                FindMentions(tokens, document);
            first = false;
        }
        ShareListTypes(document);
        var found = Resolve(document);
        foreach (var tokens in headlines)
            MatchKnown(tokens, found, document);
        return found.Entities
            .Where(e => e.Mentions > 0)
            .Select(e => new ExtractedEntity(e.Type, e.Key, e.Slug, e.Name, e.Mentions, e.LabelEs, e.LabelEn))
            .ToList();
    }

    /// <summary>
    /// Title Case or capitals: common words ("Says", "Will", "In") written with a capital, or most words in capitals.
    /// A sentence full of names still writes its common words small, so it is read as a sentence.
    /// </summary>
    private bool LooksLikeHeadline(List<NameToken> tokens, ExtractionDocument document)
    {
        int words = 0, capitals = 0, common = 0, commonCapitalised = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (!token.IsWord || token.SentenceStart || !char.IsLetter(token.Text[0]))
                continue;
            // "3 May 2019": a date's month is no common word written with a capital.
            if (token.Folded == "may" && ((i > 0 && char.IsDigit(tokens[i - 1].Text[0])) || (i + 1 < tokens.Count && char.IsDigit(tokens[i + 1].Text[0]))))
                continue;
            if (token.Text.Length >= 4)
            {
                words++;
                if (token.IsAllCaps)
                    capitals++;
            }
            if (_cues.FunctionWords.Contains(token.Folded) || document.Lowercase.Contains(token.Folded))
            {
                common++;
                if (token.IsCapitalized)
                    commonCapitalised++;
            }
        }
        return (common >= 2 && commonCapitalised * 2 >= common) || (words >= 3 && capitals * 10 >= words * 6);
    }

    /// <summary>The capitalised runs of one block, each cut into parts and classified.</summary>
    private void FindMentions(List<NameToken> tokens, ExtractionDocument document)
    {
        var i = 0;
        while (i < tokens.Count)
        {
            if (IsDomain(tokens[i]))
            {
                document.Add(Mention.Of(tokens, i, i + 1, EntityType.Organization, null, MentionCues.Organization));
                i++;
                continue;
            }
            if (tokens[i].Folded == "by" && tokens[i].Kind == NameTokenKind.Lower && i > 0 && _creditWords.Contains(tokens[i - 1].Folded)
                && CreditList(tokens, i + 1, document) is var listed and > 0)
            {
                i = listed;
                continue;
            }
            if (SlashAhead(tokens, i) && (tokens[i].Kind == NameTokenKind.Lower || IsNameWord(tokens[i])) && Credit(tokens, i, document) is var credit and > 0)
            {
                i = credit;
                continue;
            }
            if (tokens[i].Kind == NameTokenKind.Lower && tokens[i].SentenceStart && SmallSubjectEnd(tokens, i, document) is var subjects and > 0)
            {
                for (var k = i; k < subjects; k++)
                {
                    if (IsSmallHandle(tokens, k))
                        document.Add(Mention.Of(tokens, k, k + 1, EntityType.Person, null, MentionCues.Person));
                }
                i = subjects;
                continue;
            }
            if (HandleEnd(tokens, i) is var handle and > 0)
            {
                document.Add(Mention.Of(tokens, i + 1, handle, EntityType.Person, null, MentionCues.Person) with { Handle = true });
                i = handle;
                continue;
            }
            // "#Hamilton": a hashtag is no name, nor the start of one.
            if (!IsNameWord(tokens[i]) || IsHashtag(tokens, i))
            {
                i++;
                continue;
            }
            if (Citation(tokens, i, document) is { } citation)
            {
                document.Add(Mention.Of(tokens, citation.Start, citation.End, EntityType.Person, null, MentionCues.Person));
                i = citation.End;
                continue;
            }
            var end = i + 1;
            while (end < tokens.Count)
            {
                // "MIT's Lorenz Center", "NASA's Exceptional Space Act Award": a name's possessive ends it, though a common
                // word's belongs to the name it stands in ("Murdoch Children's Research Institute", "Queen's Journal").
                if (tokens[end - 1].Possessive && !document.Lowercase.Contains(tokens[end - 1].Folded))
                    break;
                if (IsNameWord(tokens[end]))
                {
                    // "… by Roger A. This is": the dot of an initial may also end the sentence, and a capitalised
                    // function word after it opens the next one rather than going on with the name.
                    if (tokens[end - 1].Text.EndsWith('.') && _cues.FunctionWords.Contains(tokens[end].Folded))
                    {
                        tokens[end] = tokens[end] with { SentenceStart = true };
                        break;
                    }
                    end++;
                    continue;
                }
                // Up to two connectors ("de la", "of the") inside a name, never at its end.
                var orgHeaded = _cues.OrgHeads.Contains(tokens[i].Folded) || (i + 1 < end && tokens[i].SentenceStart && _cues.OrgHeads.Contains(tokens[i + 1].Folded));
                var look = end;
                // "United Nations Office on Drugs and Crime", "Council on Foreign Relations": "on" after a head word joins too,
                // though not before a day or a place ("the Hospital on Friday", "a Bank on Wall Street").
                var headOn = look + 1 < tokens.Count && tokens[look].Folded == "on" && tokens[look].Kind == NameTokenKind.Lower && _cues.OrgHeads.Contains(tokens[end - 1].Folded)
                    && !_cues.Stop.Contains(tokens[look + 1].Folded) && _gazetteer.Match(tokens, look + 1, tokens.Count) is not { Concept.Type: EntityType.Place }
                    && !HasPlaceHeadAhead(tokens, look + 1);
                while (look < tokens.Count && look - end < 2 && (IsConnector(tokens[look]) || (look == end && headOn) || (orgHeaded && tokens[look].Kind == NameTokenKind.Lower && _orgConnectors.Contains(tokens[look].Folded)
                    && !(tokens[look].Folded is "en" or "in" && _gazetteer.Match(tokens, look + 1, tokens.Count) is { Concept.Type: EntityType.Place }))))
                    look++;
                if (look > end && look < tokens.Count && IsNameWord(tokens[look]))
                {
                    end = look + 1;
                    continue;
                }
                break;
            }
            end = HeadOfListEnd(tokens, i, end);
            end = CampusEnd(tokens, i, end);
            end = LegalFormEnd(tokens, end);
            ClassifyRun(tokens, OpenerOfEnd(tokens, i, end, document), end, document);
            i = end;
        }
    }

    /// <summary>
    /// A reference list's inverted name, "Surname, Given" or "Surname, G. M.", ending where a citation goes on: a
    /// bracketed date ("Bogue, Mike (2004)"), the next author after ";", ", ed." or "and"; there the order of the words
    /// is the evidence, since a reference list names its authors this way and running text rarely does. A weaker end
    /// (a full stop, the end of the block) needs a known given name or initials. Returns the end of the name, or 0.
    /// </summary>
    /// <summary>A reference's author at <paramref name="i"/>, or just after a capitalised function word there ("In Fraser, B (ed.)").</summary>
    private (int Start, int End)? Citation(List<NameToken> tokens, int i, ExtractionDocument document)
    {
        if (CitationName(tokens, i, document) is var end and > 0)
            return (i, end);
        if (i + 1 < tokens.Count && _cues.FunctionWords.Contains(tokens[i].Folded) && CitationName(tokens, i + 1, document) is var later and > 0)
            return (i + 1, later);
        return null;
    }

    /// <summary>
    /// A headline, a byline or a photo credit ("Photo by James Martin/CNET") capitalises its words, but a given name and
    /// one or two more capitalised words that the text never writes small still read as a person's name.
    /// </summary>
    private void FindHeadlinePersons(List<NameToken> tokens, ExtractionDocument document)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Kind != NameTokenKind.Capitalized || !IsGivenName(tokens[i], document) || _cues.FunctionWords.Contains(tokens[i].Folded)
                || (i > 0 && IsNameWord(tokens[i - 1])))
                continue;
            var end = i + 1;
            while (end < tokens.Count && end - i < 3 && tokens[end].Kind == NameTokenKind.Capitalized && (tokens[end].Text.Length > 2 || IsInitial(tokens[end].Text))
                && !_cues.FunctionWords.Contains(tokens[end].Folded) && !document.Lowercase.Contains(tokens[end].Folded)
                && !_cues.Stop.Contains(tokens[end].Folded) && !_cues.OrgHeads.Contains(tokens[end].Folded) && !_cues.PlaceHeads.Contains(tokens[end].Folded))
                end++;
            // A capitalised word after it that could go on with the name leaves the name's end unknown.
            var goesOn = end < tokens.Count && IsNameWord(tokens[end]) && !_cues.FunctionWords.Contains(tokens[end].Folded)
                && !document.Lowercase.Contains(tokens[end].Folded) && !_cues.Stop.Contains(tokens[end].Folded);
            if (end - i < 2 || goesOn || IsInitial(tokens[end - 1].Text) || _gazetteer.Match(tokens, i, end) is not null)
                continue;
            document.Add(Mention.Of(tokens, i, end, EntityType.Person, null, MentionCues.Person));
            i = end;
        }
    }

    private bool HasCitation(List<NameToken> tokens, ExtractionDocument document)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (IsNameWord(tokens[i]) && Citation(tokens, i, document) is not null)
                return true;
        }
        return false;
    }

    private int CitationName(List<NameToken> tokens, int start, ExtractionDocument document)
    {
        // "De Lange, Peter": a surname's particle, written with a capital as it opens the entry.
        var surname = start + 1 < tokens.Count && tokens[start].IsCapitalized && _particles.Contains(tokens[start].Folded) ? start + 1 : start;
        var comma = surname;
        while (comma < tokens.Count && comma - surname < 2 && IsSurnameWord(tokens[comma]))
            comma++;
        // "Elisa Carrillo, Pedro Pita": a list of people named the usual way round opens with a given name.
        if (comma == surname || comma + 1 >= tokens.Count || tokens[comma].Text != ","
            || (comma - surname == 2 && _cues.GivenNames.Contains(tokens[surname].Folded)))
            return 0;
        var end = comma + 1;
        var full = 0;
        var initials = false;
        while (end < tokens.Count && end - comma <= 4)
        {
            var token = tokens[end];
            if (IsInitial(token.Text))
                initials = true;
            else if (!initials && token.Kind == NameTokenKind.Capitalized && char.IsLetter(token.Text[0]) && token.Text.Length > 1
                && !_cues.FunctionWords.Contains(token.Folded) && !_cues.Stop.Contains(token.Folded) && !_cues.Titles.Contains(token.Folded))
                full++;
            else
                break;
            end++;
        }
        if (end == comma + 1)
            return 0;
        var givenName = initials || _cues.GivenNames.Contains(tokens[comma + 1].Folded);
        var next = end < tokens.Count ? tokens[end] : default;
        var after = end + 1 < tokens.Count ? tokens[end + 1] : default;
        var strong = next.Text switch
        {
            "(" => after.Text is { } text && (char.IsDigit(text[0]) || _cues.Stop.Contains(after.Folded) || after.Folded.StartsWith("ed", StringComparison.Ordinal)),
            ";" => true,
            "," => after.Folded is "ed." or "eds." or "ed" or "eds",
            // "Sawyer, John & Rolfe, Jeremy": another inverted author follows.
            "&" or "and" => after.IsCapitalized && end + 2 < tokens.Count && tokens[end + 2].Text == ",",
            _ => false,
        };
        // "Paris, Texas", "Somalia, Bosnia and Herzegovina": a place and another. A given name may also name a place:
        // a city ("Sutton, Douglas") always, a country or region ("Hoffman, Jordan (2019)") where the citation is plain.
        if (!initials && _gazetteer.Match(tokens, comma + 1, end) is { } place
            && (!givenName || (!strong && !place.Concept.Key.StartsWith("geonames:", StringComparison.Ordinal))))
            return 0;
        if (strong)
            return end;
        // A weaker end, in running text as well: one given name or initials, a surname the text writes nowhere in
        // lower case and no known place ("In Madrid, Ana." is a place and a name).
        var weak = next.Text is null or "." or "[" || (next.Folded is "and" or "y" && after.IsCapitalized);
        return weak && givenName && full <= 1 && _gazetteer.Match(tokens, start, comma) is null
            && !AnyLowercase(tokens, start, comma, document) ? end : 0;
    }

    private static bool AnyLowercase(List<NameToken> tokens, int start, int end, ExtractionDocument document)
    {
        for (var i = start; i < end; i++)
        {
            if (document.Lowercase.Contains(tokens[i].Folded))
                return true;
        }
        return false;
    }

    private bool IsSurnameWord(NameToken token) =>
        IsNameWord(token) && token.Text.Length > 1 && !token.Text.EndsWith('.') && !_cues.FunctionWords.Contains(token.Folded)
        && !_cues.OrgHeads.Contains(token.Folded) && !_cues.PlaceHeads.Contains(token.Folded)
        && !_cues.Stop.Contains(token.Folded) && !_cues.Titles.Contains(token.Folded) && !_cues.Demonyms.Contains(token.Folded);

    /// <summary>"J.", "J" or "J.R.": a given name cut to its initial letters.</summary>
    private static bool IsInitial(string word)
    {
        if (word.Length == 0 || !char.IsUpper(word[0]))
            return false;
        for (var i = 0; i < word.Length; i++)
        {
            if (i % 2 == 0 ? !char.IsUpper(word[i]) : word[i] != '.')
                return false;
        }
        return word.Length <= 4;
    }

    /// <summary>"Snopes.com", "stallman.org": a site named by its domain (the tokenizer keeps it one word) is an outlet or organisation.</summary>
    private static bool IsDomain(NameToken token) =>
        token.IsWord && token.Text.Length > 4 && char.IsLetter(token.Text[0]) && NameTokenizer.IsDomainName(token.Text);

    private static bool IsNameWord(NameToken token) =>
        token.IsCapitalized && char.IsLetter(token.Text[0]);

    private static bool IsConnector(NameToken token) =>
        (token.IsWord && token.Kind == NameTokenKind.Lower && _connectors.Contains(token.Folded)) || token.Text == "&";

    private void ClassifyRun(List<NameToken> tokens, int start, int end, ExtractionDocument document)
    {
        if (WholeConcept(tokens, start, end) is { } whole)
        {
            document.Add(Mention.Of(tokens, start, end, whole.Type, whole, Cues(tokens, start, end)));
            return;
        }
        // An organisation's name keeps its "y": "Sociedad Aragonesa de Medicina de Familia y Comunitaria".
        // "European Monitoring Centre for Drugs and Drug Addiction": a head word before "of", "for" or "on" keeps its "and" too.
        if (_cues.OrgHeads.Contains(tokens[start].Folded) || (end - start > 2 && tokens[start].SentenceStart && _cues.OrgHeads.Contains(tokens[start + 1].Folded))
            || HeadBeforeOf(tokens, start, end))
        {
            // ... unless the "y" opens another body: "la Universidad CES y la Universidad del Rosario", "el Ministerio de
            // Sanidad y la OMS", "de la OMS y al Acuerdo de París" (another head, an acronym, a known name, or "y al").
            // A "de" before another head nests one body in another: "el Grupo de Trabajo de Vacunas de la Sociedad
            // Española de Epidemiología" names two, when the first has a word of its own besides its head.
            for (var i = start + 1; i < end - 1; i++)
            {
                if (tokens[i].Kind != NameTokenKind.Lower)
                    continue;
                var next = i + 1 < end && tokens[i + 1].Kind == NameTokenKind.Lower && IsConnector(tokens[i + 1]) ? i + 2 : i + 1;
                if (next >= end)
                    continue;
                var opensBody = _cues.OrgHeads.Contains(tokens[next].Folded);
                // A capitalised article after "y" opens another name too: "el Gobierno y La Zarzuela".
                if (_splitters.Contains(tokens[i].Folded)
                    && (opensBody || tokens[next].IsAllCaps || tokens[i + 1].Folded is "al" or "a" || (tokens[next].IsCapitalized && tokens[next].Folded is "la" or "el" or "las" or "los" or "the")
                        || _gazetteer.Match(tokens, next, end) is not null))
                {
                    ClassifyPart(tokens, start, i, document);
                    ClassifyRun(tokens, next, end, document);
                    return;
                }
                if (opensBody && tokens[i].Folded is "de" or "del" or "of" && NameWords(tokens, start, i) >= 2)
                {
                    ClassifyPart(tokens, start, i, document);
                    ClassifyRun(tokens, next, end, document);
                    return;
                }
            }
            ClassifyPart(tokens, start, end, document);
            return;
        }
        // "Mitch McConnell of Kentucky": a person's name and where they are from. A Spanish "de" stays, as it is
        // part of many surnames ("Antoine Court de Gébelin", "María de los Ángeles").
        var first = start;
        while (first < end - 1 && (IsTitle(tokens[first]) || _cues.Demonyms.Contains(tokens[first].Folded)))
            first++;
        if (IsGivenName(tokens[first], document))
        {
            for (var i = first + 2; i < end - 1; i++)
            {
                if (tokens[i].Folded == "of" && tokens[i].Kind == NameTokenKind.Lower && !HeadBeforeOf(tokens, start, end))
                {
                    ClassifyPart(tokens, start, i, document);
                    ClassifyRun(tokens, i + 1, end, document);
                    return;
                }
            }
        }
        // "The Globe and Mail": an "and" before a head word that ends the run joins one name.
        if (end - start >= 3 && tokens[end - 2].Kind == NameTokenKind.Lower && tokens[end - 2].Folded is "and" or "y"
            && tokens[end - 1].Kind == NameTokenKind.Capitalized && _cues.NewspaperHeads.Contains(tokens[end - 1].Folded) && !IsGivenName(tokens[first], document))
        {
            ClassifyPart(tokens, start, end, document);
            return;
        }
        // "Estados Unidos y China", "Kim y Trump": split at "y"/"and" when the whole run is no known name.
        var partStart = start;
        for (var i = start; i <= end; i++)
        {
            if (i == end || (i > start && _splitters.Contains(tokens[i].Folded) && tokens[i].Kind == NameTokenKind.Lower) || tokens[i].Text == "&")
            {
                if (i > partStart)
                    ClassifyPart(tokens, partStart, i, document);
                partStart = i + 1;
            }
        }
    }

    private static int NameWords(List<NameToken> tokens, int start, int end)
    {
        var count = 0;
        for (var i = start; i < end; i++)
        {
            if (IsNameWord(tokens[i]))
                count++;
        }
        return count;
    }

    private GazetteerConcept? WholeConcept(List<NameToken> tokens, int start, int end) =>
        _gazetteer.Match(tokens, start, end) is { } match && match.Length == end - start ? match.Concept : null;

    private void ClassifyPart(List<NameToken> tokens, int start, int end, ExtractionDocument document)
    {
        var cues = Cues(tokens, start, end);
        if (WholeConcept(tokens, start, end) is { } concept)
        {
            document.Add(Mention.Of(tokens, start, end, concept.Type, concept, cues));
            return;
        }
        if (HasHead(tokens, start, end, _cues.OrgHeads) || HeadBeforeOf(tokens, start, end) || _cues.OrgSuffixes.Contains(tokens[end - 1].Folded) || _cues.OrgSuffixes.Contains(tokens[end - 1].Folded.TrimEnd('.')))
        {
            // "Inc." left alone after a comma names no company by itself.
            if (end - start == 1 && _cues.OrgSuffixes.Contains(tokens[start].Folded.TrimEnd('.')) && !_cues.OrgHeads.Contains(tokens[start].Folded))
                return;
            // "El Ministerio de Salud": a sentence's opening article is not part of the name.
            // A nationality opens many a body's name ("American Academy of Pediatrics", "European Central Bank"), so it stays.
            // A newspaper's "The" is part of its name ("The Seattle Times", "The London Gazette"), even opening a sentence.
            while (start < end - 1 && (IsCommonOpener(tokens, start, end, document) || IsConnector(tokens[start]))
                && !(tokens[start].Folded == "the" && tokens[start].IsCapitalized && _cues.NewspaperHeads.Contains(tokens[end - 1].Folded)))
                start++;
            // In English, words all in capitals are code or a shout ("UNION ALL", "BOARD OF DIRECTORS"), not a body's name.
            if (!document.Spanish && end - start > 1 && AllCapitals(tokens, start, end))
                return;
            // A head word alone names a body when written capitalised inside a sentence ("el Gobierno", "el Congreso").
            // In English it takes its "the" ("the Senate", "the Crown"): "Technology and Society program" is a title's word.
            var lone = end - start == 1 && _cues.OrgHeads.Contains(tokens[start].Folded);
            if (!IsNonEntity(tokens, start, end) && (!lone || (!tokens[start].SentenceStart
                && (document.Spanish || (start > 0 && tokens[start - 1].Folded == "the" && tokens[start - 1].Kind == NameTokenKind.Lower)))))
                document.Add(Mention.Of(tokens, start, end, end - start > 1 ? EntityType.Organization : null, null, cues | MentionCues.Organization));
            return;
        }

        // Titles, offices, nationalities and a sentence's first word come off the front: "Russian President Vladimir Putin".
        // Before a place's head word a nationality is part of the name: "International Space Station", "South Island".
        var placeHeaded = end - start > 1 && _cues.PlaceHeads.Contains(tokens[end - 1].Folded);
        while (start < end)
        {
            var token = tokens[start];
            if (IsTitle(token) && end - start > 1)
            {
                cues |= MentionCues.Person;
                // "Sir Edmund Hillary", "Papa Francisco", "King William IV": a rank that is part of the usual name stays.
                if (_cues.Ranks.Contains(token.Folded.TrimEnd('.')) && token.Kind == NameTokenKind.Capitalized && !token.SentenceStart)
                    break;
                start++;
            }
            else if ((cues & MentionCues.Person) != 0 && _cues.Offices.Contains(token.Folded) && end - start > 1)
                start++;
            else if ((_cues.Demonyms.Contains(token.Folded) && !placeHeaded && !CompassOfPlace(tokens, start, end, cues)) || _cues.Stop.Contains(token.Folded) || IsCommonOpener(tokens, start, end, document) || IsConnector(token))
                start++;
            else
                break;
        }
        while (end > start && (_cues.Stop.Contains(tokens[end - 1].Folded) || _cues.Demonyms.Contains(tokens[end - 1].Folded) || IsConnector(tokens[end - 1])))
            end--;
        if (end <= start || IsNonEntity(tokens, start, end))
            return;
        // "Snapchat CEO Evan Spiegel", "Aerospace Writer Marcia Dunn": a title inside the run opens a person's name;
        // what comes before it is the body they work for or words about them.
        // Only before a name in full, and not a title that names often keep ("Plaza de San Pedro", "Sir Edmund Hillary").
        for (var i = start + 1; i < end - 2; i++)
        {
            if (tokens[i].IsCapitalized && IsTitle(tokens[i]) && !_cues.KeptTitles.Contains(tokens[i].Folded.TrimEnd('.')) && !IsConnector(tokens[i - 1])
                && IsNameWord(tokens[i + 1]) && IsNameWord(tokens[i + 2]) && !IsTitle(tokens[i + 1]) && !document.Lowercase.Contains(tokens[i + 1].Folded))
            {
                ClassifyPart(tokens, start, i, document);
                ClassifyPart(tokens, i, end, document);
                return;
            }
        }
        if (WholeConcept(tokens, start, end) is { } stripped)
        {
            document.Add(Mention.Of(tokens, start, end, stripped.Type, stripped, cues));
            return;
        }
        if (Town(tokens, start, end, cues) is { } town)
        {
            document.Add(Mention.Of(tokens, start, end, EntityType.Place, town, cues));
            return;
        }
        // "said Mar Quimby", "Costa Threlkeld, a historian": where the words around say a person, a given name that is also a
        // place's head word opens the name ("Mar", "Monte", "Costa") rather than making it a place.
        var personFirst = cues == MentionCues.Person && IsGivenName(tokens[start], document) && !_cues.PlaceHeads.Contains(tokens[end - 1].Folded);
        // "a graduate of Mount Quorbly", "a professor at Mount Tamber": where the words say a body, a place head opening the
        // name is the place the body is named after.
        var bodyFirst = cues == MentionCues.Organization && end - start == 2 && _cues.PlaceHeads.Contains(tokens[start].Folded) && !_cues.PlaceHeads.Contains(tokens[end - 1].Folded);
        if (bodyFirst)
        {
            document.Add(Mention.Of(tokens, start, end, EntityType.Organization, null, cues));
            return;
        }
        if (HasHead(tokens, start, end, _cues.PlaceHeads) && end - start > 1 && !personFirst)
        {
            document.Add(Mention.Of(tokens, start, end, EntityType.Place, null, cues));
            return;
        }

        // "Estados Unidos Donald Trump": a known place of two words (or before a two-word name) stands apart, and so
        // does a known company before its product ("Google Maps", "Intel Core i7"): the company is named.
        if (end - start > 1 && _gazetteer.Match(tokens, start, end) is { } prefix
            && (prefix.Length >= 2 || end - start - prefix.Length >= 2 || prefix.Concept.Type == EntityType.Organization) && tokens[start + prefix.Length].IsCapitalized)
        {
            // "Illinois Institute of Technology": a place before an organisation's head word is part of its name.
            // So is a place opening a name the words around say is a body's ("published in the Brooklyn Daily Eagle").
            if (_cues.OrgHeads.Contains(tokens[start + prefix.Length].Folded) || ((cues & MentionCues.Organization) != 0 && prefix.Concept.Type == EntityType.Place))
            {
                document.Add(Mention.Of(tokens, start, end, EntityType.Organization, null, cues | MentionCues.Organization));
                return;
            }
            document.Add(Mention.Of(tokens, start, start + prefix.Length, prefix.Concept.Type, prefix.Concept, cues));
            ClassifyPart(tokens, start + prefix.Length, end, document);
            return;
        }

        if (end - start == 1)
        {
            var token = tokens[start];
            if (token.SentenceStart && !document.CapitalisedInside.Contains(token.Folded) && cues == MentionCues.None)
                return;
            // "“All profits of this service …”": a function word alone is no name, whatever the words around it say.
            if (token.Kind == NameTokenKind.Capitalized && _cues.FunctionWords.Contains(token.Folded))
                return;
            document.Add(Mention.Of(tokens, start, end, null, null, cues));
            return;
        }

        // A name is more than words the article also writes in lower case ("Seguro Social", "Derechos Humanos").
        var nameLike = false;
        for (var i = start; i < end; i++)
        {
            if (tokens[i].IsCapitalized && !document.Lowercase.Contains(tokens[i].Folded) && !_cues.FunctionWords.Contains(tokens[i].Folded))
                nameLike = true;
        }
        // "told The Independent", "a reporter for The Atlantic": a capitalised "The" inside a sentence, where the words around
        // say a body, opens an outlet's name of common words.
        if (!nameLike && !((cues & MentionCues.Organization) != 0 && !document.Spanish && tokens[start].Folded == "the" && tokens[start].Kind == NameTokenKind.Capitalized
            && !tokens[start].SentenceStart && end - start == 2))
            return;
        if (AllCapitals(tokens, start, end) && end - start >= 3)
            return;
        EntityType? type = (cues & MentionCues.Organization) != 0 ? EntityType.Organization
            : (cues & MentionCues.Place) != 0 ? EntityType.Place
            : HeadBeforeOf(tokens, start, end) ? EntityType.Organization
            // "Page A1", "Bug 1681512": a person's name has no digits.
            // "Free Software", "DOM Promises": a surname is no word the text also writes small, and a given name is not in capitals.
            : IsGivenName(tokens[start], document) && end - start <= 4 && !HasDigit(tokens, start, end) && (tokens[start].Kind == NameTokenKind.Capitalized || AllCapitals(tokens, start, end))
                && (document.Spanish || !document.Lowercase.Contains(tokens[end - 1].Folded))
                // "West Quorbly police said", "Royal Tamber hospital": a body's or place's head word written small after the
                // name says the name is what that body or place is named after, not a person.
                && !(end < tokens.Count && tokens[end].Kind == NameTokenKind.Lower && (_cues.OrgHeads.Contains(tokens[end].Folded) || _cues.PlaceHeads.Contains(tokens[end].Folded)))
                ? EntityType.Person
            : IsInitialsName(tokens, start, end, document) ? EntityType.Person
            // "Northern Italy", "Lower Manhattan": a word of direction or extent before a known place names a part of it.
            : ModifiedPlace(tokens, start, end) ? EntityType.Place
            : LastIsPlace(tokens, start, end) ? EntityType.Organization
            : (cues & MentionCues.Person) != 0 ? EntityType.Person
            : null;
        // "Noted Essayist Mavis Threlkeld": words about a person before a given name and a surname that end the run.
        if (type is null && cues == MentionCues.None && !document.Spanish && end - start >= 3)
        {
            for (var k = start + 1; k <= end - 2; k++)
            {
                if (end - k <= 3 && IsGivenName(tokens[k], document) && tokens[k].Kind == NameTokenKind.Capitalized && tokens[k - 1].Kind == NameTokenKind.Capitalized
                    && !IsConnector(tokens[k - 1]) && !HasDigit(tokens, k, end) && !AnyLowercase(tokens, k + 1, end, document) && !AllCapitals(tokens, k, end))
                {
                    ClassifyPart(tokens, start, k, document);
                    document.Add(Mention.Of(tokens, k, end, EntityType.Person, null, MentionCues.Person));
                    return;
                }
            }
        }
        // A capitalised run with no cue, no known word and no given name is as often a title or product as a name.
        var guessed = type == EntityType.Organization && cues == MentionCues.None && !HeadBeforeOf(tokens, start, end);
        document.Add(Mention.Of(tokens, start, end, type, null, cues) with { Guessed = guessed });
    }

    /// <summary>
    /// A town of towns.tsv where the text says it is a place: a place's cue ("the town of"), a preposition of place before
    /// it ("in Stamford", "cerca de Alsasua") or a known place after a comma ("Stamford, Connecticut").
    /// </summary>
    private GazetteerConcept? Town(List<NameToken> tokens, int start, int end, MentionCues cues)
    {
        if (_towns.Match(tokens, start, end) is not { } town || town.Length != end - start)
            return null;
        if ((cues & MentionCues.Place) != 0)
            return town.Concept;
        var before = start > 0 ? tokens[start - 1] : default;
        if (before.Kind == NameTokenKind.Lower && before.Text is not null && (_cues.PlaceIn.Contains(before.Folded)
            || (before.Folded is "de" && start > 1 && _cues.PlaceIn.Contains(tokens[start - 2].Folded))))
            return town.Concept;
        return end + 1 < tokens.Count && tokens[end].Text == "," && _gazetteer.Match(tokens, end + 1, tokens.Count) is { Concept.Type: EntityType.Place }
            ? town.Concept : null;
    }

    /// <summary>
    /// "PayPal", "eToro", "UniCredit": a capital after a small letter inside one word marks a brand. And Spanish news
    /// writes organisations by their initials ("PNV", "CEDA"), where English pages as often mean a technology ("HTML").
    /// </summary>
    /// <summary>"XXI", "II": a century or a king's number, not initials.</summary>
    private static bool IsRomanNumeral(string word) => word.All(c => c is 'I' or 'V' or 'X' or 'L' or 'C' or 'D' or 'M');

    private static bool IsBrand(string word)
    {
        // "SARS-CoV-2" is a virus; a brand is one word.
        if (word.Contains('-', StringComparison.Ordinal))
            return false;
        for (var i = 1; i < word.Length; i++)
        {
            if (char.IsUpper(word[i]) && char.IsLower(word[i - 1]))
                return true;
        }
        return false;
    }

    /// <summary>"presidente", "President-elect", "ex-ministro": a title, also before or after a hyphen.</summary>
    private bool IsTitle(NameToken token)
    {
        // "Mr.", "Dr.": the abbreviation keeps its dot in the text, the cue list writes it without.
        if (_cues.Titles.Contains(token.Folded) || (token.Folded.EndsWith('.') && _cues.Titles.Contains(token.Folded[..^1])))
            return true;
        var hyphen = token.Folded.IndexOf('-', StringComparison.Ordinal);
        return hyphen > 0 && (_cues.Titles.Contains(token.Folded[..hyphen]) || _cues.Titles.Contains(token.Folded[(hyphen + 1)..]));
    }

    /// <summary>
    /// "University of California, San Francisco": a university's campus city after a comma belongs to its name. Returns
    /// the run's new end, or <paramref name="end"/> when no known place ends the run there.
    /// </summary>
    private int CampusEnd(List<NameToken> tokens, int start, int end)
    {
        if (end + 1 >= tokens.Count || tokens[end].Text != "," || !IsNameWord(tokens[end + 1]))
            return end;
        var university = false;
        for (var i = start; i < end && !university; i++)
            university = tokens[i].Folded == "university";
        // A city only: after a country or region the comma says where the university is ("…, Estados Unidos").
        if (!university || _gazetteer.Match(tokens, end + 1, tokens.Count) is not { Concept.Type: EntityType.Place } place
            || !(place.Concept.Key.StartsWith("geonames:", StringComparison.Ordinal) || place.Concept.Key.StartsWith("city:", StringComparison.Ordinal)))
            return end;
        var after = end + 1 + place.Length;
        return after < tokens.Count && IsNameWord(tokens[after]) ? end : after;
    }

    /// <summary>
    /// "Academy of Allergy, Asthma and Immunology", "Bureau of Alcohol, Tobacco, Firearms and Explosives": after a head word and
    /// "of" with one word, a list of single capitalised words closed by "and" is the rest of the name. Returns the run's new
    /// end, or <paramref name="end"/> when no such list follows.
    /// </summary>
    private int HeadOfListEnd(List<NameToken> tokens, int start, int end)
    {
        if (end - start < 3 || end >= tokens.Count || tokens[end].Text != "," || tokens[end - 2].Folded != "of" || tokens[end - 2].Kind != NameTokenKind.Lower
            || !_cues.OrgHeads.Contains(tokens[end - 3].Folded))
            return end;
        var k = end;
        for (var items = 0; items < 6; items++)
        {
            // ", Asthma" then ", Firearms" or ", and Explosives" / " and Explosives".
            if (k + 1 >= tokens.Count || tokens[k].Text != ",")
                break;
            var word = tokens[k + 1].Folded is "and" && tokens[k + 1].Kind == NameTokenKind.Lower ? k + 2 : k + 1;
            if (word >= tokens.Count || !IsNameWord(tokens[word]) || tokens[word].IsAllCaps)
                break;
            var last = word > k + 1;
            if (!last && word + 2 < tokens.Count && tokens[word + 1].Folded is "and" && tokens[word + 1].Kind == NameTokenKind.Lower && IsNameWord(tokens[word + 2]))
            {
                var close = word + 3;
                return close < tokens.Count && IsNameWord(tokens[close]) ? end : close;
            }
            if (last)
                return word + 1 < tokens.Count && IsNameWord(tokens[word + 1]) ? end : word + 1;
            k = word + 1;
        }
        return end;
    }

    /// <summary>"the South Kessar coast", "near North Varden": a point of the compass opening a place's name is part of it.</summary>
    private bool CompassOfPlace(List<NameToken> tokens, int start, int end, MentionCues cues) =>
        (cues & MentionCues.Place) != 0 && end - start > 1 && tokens[start].Folded is "north" or "south" or "east" or "west" && tokens[start].Kind == NameTokenKind.Capitalized
        && !tokens[start].SentenceStart && !_cues.Demonyms.Contains(tokens[start + 1].Folded);

    private static bool InHandle(List<NameToken> tokens, int i) =>
        i > 0 && tokens[i - 1].Text is "_" or "@" or "/" or "." && tokens[i - 1].Start + 1 == tokens[i].Start;

    /// <summary>
    /// "C. Mavis Threlkeld", "J. R. Quimby", and a reference's "Threlkeld M. J.": initials with their dots before a surname
    /// (and a middle name) or after it are a person's name.
    /// </summary>
    private bool IsInitialsName(List<NameToken> tokens, int start, int end, ExtractionDocument document)
    {
        var initials = start;
        while (initials < end && IsDottedInitial(tokens[initials].Text))
            initials++;
        if (initials > start && initials - start <= 3 && end - initials is 1 or 2)
            return IsSurnameLike(tokens, initials, end, document);
        var last = end;
        while (last > start && IsDottedInitial(tokens[last - 1].Text))
            last--;
        return last < end && end - last <= 3 && last - start == 1 && IsSurnameLike(tokens, start, last, document);
    }

    private static bool IsDottedInitial(string word) => word.Length >= 2 && word[^1] == '.' && IsInitial(word);

    private bool IsSurnameLike(List<NameToken> tokens, int start, int end, ExtractionDocument document)
    {
        for (var i = start; i < end; i++)
        {
            if (!IsSurnameWord(tokens[i]) || tokens[i].IsAllCaps || document.Lowercase.Contains(tokens[i].Folded))
                return false;
        }
        return _gazetteer.Match(tokens, start, end) is null;
    }

    /// <summary>
    /// "Shares of Tamber Energy fell": an English sentence's first word joined to a name by "of" is a common word when the
    /// text never capitalises it inside a sentence and it is no head word, title or given name. Returns where the name starts.
    /// </summary>
    private int OpenerOfEnd(List<NameToken> tokens, int start, int end, ExtractionDocument document)
    {
        var first = tokens[start];
        if (document.Spanish || !first.SentenceStart || first.Kind != NameTokenKind.Capitalized || end - start < 3
            || tokens[start + 1].Folded != "of" || tokens[start + 1].Kind != NameTokenKind.Lower
            || document.CapitalisedInside.Contains(first.Folded) || _cues.OrgHeads.Contains(first.Folded) || _cues.PlaceHeads.Contains(first.Folded)
            || IsTitle(first) || _cues.GivenNames.Contains(first.Folded) || _gazetteer.Match(tokens, start, end) is not null)
            return start;
        return start + 2;
    }

    /// <summary>What a reference entry writes after its publisher or periodical: "…. Quorbly Press. p. 12.", "…. The Varden Lantern. Retrieved 3 May".</summary>
    private static readonly HashSet<string> _citationTails = new(StringComparer.Ordinal) { "retrieved", "isbn", "issn", "p", "pp", "doi", "oclc", "archived" };

    /// <summary>
    /// A reference entry's publisher or periodical: a name standing alone between full stops or commas, after a title's
    /// closing quote or a place and a colon ("Varden: Quorbly Press."), and before what only a citation writes next
    /// (a page, ISBN, DOI, "Retrieved"). Its own words and its place in the entry say it is a body, not a person.
    /// </summary>
    private static bool IsCitationSource(List<NameToken> tokens, int start, int end)
    {
        if (start < 1 || end + 1 >= tokens.Count || tokens[end].Text is not ("." or ","))
            return false;
        // "…. The Varden Lantern. 3 May 2019. Retrieved …": a date may come between.
        var tail = end + 1;
        if (char.IsDigit(tokens[tail].Text[0]) || IsMonth(tokens[tail].Folded))
        {
            while (tail < tokens.Count && tail - end < 7 && (char.IsDigit(tokens[tail].Text[0]) || IsMonth(tokens[tail].Folded) || tokens[tail].Text is "," or "-" or "–"))
                tail++;
            if (tail + 1 >= tokens.Count || tokens[tail].Text is not ("." or ","))
                return false;
            tail++;
        }
        if (!_citationTails.Contains(tokens[tail].Folded))
            return false;
        var before = tokens[start - 1].Text;
        return before is "." or ":" or "," or "”" or "\"" || (before is "the" && start >= 2 && tokens[start - 2].Text is "." or ":");
    }

    private static readonly HashSet<string> _months = new(StringComparer.Ordinal)
    {
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    };

    private static bool IsMonth(string folded) => _months.Contains(folded);

    private static readonly HashSet<string> _articles = new(StringComparer.Ordinal) { "a", "an", "the", "un", "una", "el", "la" };

    /// <summary>
    /// "Mavis Threlkeld, a historian at …", "Quillsoft, a games company", "Tamberlin, a town in …": an apposition after a
    /// comma says what the name is by its first role, body or place word among the next three words written small.
    /// </summary>
    private MentionCues Apposition(List<NameToken> tokens, int end)
    {
        if (end + 2 >= tokens.Count || tokens[end].Text != "," || tokens[end + 1].Kind != NameTokenKind.Lower || !_articles.Contains(tokens[end + 1].Folded))
            return MentionCues.None;
        for (var i = end + 2; i < tokens.Count && i < end + 5 && tokens[i].Kind == NameTokenKind.Lower; i++)
        {
            var word = tokens[i].Folded;
            if (_cues.Titles.Contains(word) || _cues.Roles.Contains(word))
                return MentionCues.Person;
            if (_cues.OrgBefore.Contains(word))
                return MentionCues.Organization;
            if (_cues.PlaceBefore.Contains(word))
                return MentionCues.Place;
        }
        return MentionCues.None;
    }

    private static readonly HashSet<string> _creditWords = new(StringComparer.Ordinal)
    {
        "credit", "credits", "photo", "photos", "photograph", "photographs", "image", "images", "illustration", "illustrations", "courtesy",
        "picture", "pictures", "art", "artwork", "artworks", "drawing", "drawings", "painting", "paintings", "fanart",
    };

    /// <summary>
    /// "Photos by qvandal (Tamberstock), Ossie Brandvold, Ana M. Ruiz and mthrel": the names a credit lists after "by" are
    /// people, each a run of up to four capitalised words or one handle written small; an agency in brackets after one is
    /// an organisation, and so is a name with an organisation's head word. The list ends at anything else; a name going on
    /// with a slash is left to <see cref="Credit"/>. Adds the mentions and returns the end of the list, or 0.
    /// </summary>
    private int CreditList(List<NameToken> tokens, int i, ExtractionDocument document)
    {
        var k = i;
        var found = 0;
        while (k < tokens.Count)
        {
            var end = k;
            if (IsSmallHandle(tokens, k))
                end = k + 1;
            else
            {
                while (end < tokens.Count && end - k < 4 && IsNameWord(tokens[end]) && (!_cues.FunctionWords.Contains(tokens[end].Folded) || IsInitial(tokens[end].Text)))
                    end++;
            }
            if (end == k || (end < tokens.Count && tokens[end].Text == "/") || HasDigit(tokens, k, end) || _gazetteer.Match(tokens, k, end) is { Length: var known } && known == end - k)
                break;
            var studio = HasHead(tokens, k, end, _cues.OrgHeads) || _cues.OrgSuffixes.Contains(tokens[end - 1].Folded.TrimEnd('.'));
            document.Add(Mention.Of(tokens, k, end, studio ? EntityType.Organization : EntityType.Person, null, studio ? MentionCues.Organization : MentionCues.Person));
            found++;
            k = end;
            // "(Tamberstock)": the agency the picture came through.
            if (k + 2 < tokens.Count && tokens[k].Text == "(" && tokens[k + 2].Text == ")" && IsNameWord(tokens[k + 1]))
            {
                document.Add(Mention.Of(tokens, k + 1, k + 2, EntityType.Organization, null, MentionCues.Organization));
                k += 3;
            }
            if (k < tokens.Count && tokens[k].Text == "," && k + 1 < tokens.Count && tokens[k + 1].Folded == "and")
                k += 2;
            else if (k < tokens.Count && (tokens[k].Text is "," or "&" || (tokens[k].Folded == "and" && tokens[k].Kind == NameTokenKind.Lower)))
                k++;
            else
                break;
        }
        return found > 0 ? k : 0;
    }

    /// <summary>
    /// A photo credit, "Ossie Brand/Quorbly Press", "Credit Ana M. Ruiz/The Varden Lantern", "qvandal/Tamberstock/Acme Images":
    /// the photographer (a name of two to four words, or a handle written small) and after a slash the agencies, each an
    /// organisation. The chain of slashes must end the block, a bracket or a sentence, or go on in small words ("photo via");
    /// no part may be a known place or have a place's head word ("Stewart Island / Rakiura"), and one capitalised word
    /// before the slash is no photographer ("Nintendo/Apple"). Adds the mentions and returns the end of the chain, or 0.
    /// </summary>
    private int Credit(List<NameToken> tokens, int i, ExtractionDocument document)
    {
        // The photographer's part: a handle alone, or up to five capitalised words (a credit word or a place may come first),
        // standing apart from what goes before ("Science+Business Media/Acme" is no credit).
        if (i > 0 && !tokens[i - 1].IsWord && tokens[i - 1].Text is "+" or "&" or "-" or "_" or "/" or "@" or "#" && tokens[i - 1].Start + 1 == tokens[i].Start)
            return 0;
        var end = i + 1;
        if (tokens[i].Kind == NameTokenKind.Lower)
        {
            // "example.org/Page" is a link, not a handle.
            if (_cues.FunctionWords.Contains(tokens[i].Folded) || !char.IsLetter(tokens[i].Text[0])
                || (i > 0 && tokens[i - 1].Start + tokens[i - 1].Text.Length == tokens[i].Start))
                return 0;
        }
        else
        {
            while (end < tokens.Count && end - i < 5 && IsNameWord(tokens[end]))
                end++;
        }
        if (end >= tokens.Count || tokens[end].Text != "/")
            return 0;
        List<(int Start, int End)>? agencies = null;
        var next = end;
        while (next < tokens.Count && tokens[next].Text == "/")
        {
            var start = next + 1;
            var stop = start;
            while (stop < tokens.Count && stop - start < 6 && (IsNameWord(tokens[stop]) || (stop > start && stop + 1 < tokens.Count && tokens[stop].Folded is "of" or "&" && IsNameWord(tokens[stop + 1]))))
                stop++;
            if (stop == start || (stop - start == 1 && tokens[start].Text.Length <= 2) || HasHead(tokens, start, stop, _cues.PlaceHeads)
                || _gazetteer.Match(tokens, start, stop) is { Concept.Type: EntityType.Place })
                return 0;
            (agencies ??= []).Add((start, stop));
            next = stop;
        }
        // The credit ends the block or a bracket, or goes on in small words: "… photo via AP", "…/EPA, via Acme".
        var after = next + 1 < tokens.Count ? tokens[next + 1] : default;
        if (agencies is null || (next < tokens.Count && !(tokens[next].Text == ")" || tokens[next].Kind == NameTokenKind.Lower
            || (tokens[next].Text == "." && next + 1 == tokens.Count) || (tokens[next].Text == "," && after.Kind == NameTokenKind.Lower && after.IsWord))))
            return 0;
        var person = i;
        while (person < end - 1 && (_creditWords.Contains(tokens[person].Folded) || IsCommonOpener(tokens[person], document)))
            person++;
        if (_gazetteer.Match(tokens, person, end) is { Concept.Type: EntityType.Place } place && place.Length < end - person)
        {
            document.Add(Mention.Of(tokens, person, person + place.Length, EntityType.Place, place.Concept, MentionCues.None));
            person += place.Length;
        }
        var handle = tokens[i].Kind == NameTokenKind.Lower;
        if ((!handle && end - person < 2) || end - person > 3 || HasHead(tokens, person, end, _cues.PlaceHeads) || _gazetteer.Match(tokens, person, end) is not null
            || AnyLowercase(tokens, person + 1, end, document))
            return 0;
        // "Mike Watson Images/Moodboard": a studio's name before the slash is an organisation like the agencies after it.
        var studio = HasHead(tokens, person, end, _cues.OrgHeads) || _cues.OrgSuffixes.Contains(tokens[end - 1].Folded.TrimEnd('.'));
        if (!GluedCredit(tokens[person].Text))
            document.Add(Mention.Of(tokens, person, end, studio ? EntityType.Organization : EntityType.Person, null, studio ? MentionCues.Organization : MentionCues.Person));
        foreach (var (start, stop) in agencies)
        {
            if (WholeConcept(tokens, start, stop) is { } known)
                document.Add(Mention.Of(tokens, start, stop, known.Type, known, MentionCues.Organization));
            else
                document.Add(Mention.Of(tokens, start, stop, EntityType.Organization, null, MentionCues.Organization));
        }
        return next;
    }

    /// <summary>A slash among the next five tokens: only there may a photo credit start, and most words have none.</summary>
    private static bool SlashAhead(List<NameToken> tokens, int i)
    {
        for (var k = i + 1; k < tokens.Count && k <= i + 5; k++)
        {
            if (tokens[k].Text == "/")
                return true;
        }
        return false;
    }

    /// <summary>"CreditAna Ruiz": a credit word the page's markup glued to the photographer's name, which is then no name of its own.</summary>
    private static bool GluedCredit(string word)
    {
        foreach (var credit in _creditWords)
        {
            if (word.Length > credit.Length && char.IsUpper(word[credit.Length]) && word.StartsWith(credit, StringComparison.OrdinalIgnoreCase))
                return true;
        }
        return false;
    }

    /// <summary>
    /// "qvandal fixed the crash", "qvandal and mthrel will mentor them": a sentence that opens with a word written small, in
    /// a text that opens its sentences with capitals, opens with a handle, when a verb of doing follows it. Returns the end
    /// of the handles (one, or two joined by "and"), or 0.
    /// </summary>
    private int SmallSubjectEnd(List<NameToken> tokens, int i, ExtractionDocument document)
    {
        if (!IsSmallHandle(tokens, i) || document.Spanish)
            return 0;
        var end = i + 1;
        if (end + 1 < tokens.Count && tokens[end].Folded == "and" && IsSmallHandle(tokens, end + 1))
            end += 2;
        return end < tokens.Count && tokens[end].Kind == NameTokenKind.Lower && _cues.Doing.Contains(tokens[end].Folded) ? end : 0;
    }

    /// <summary>A word written small that may be a handle: letters and digits only, no function word, not part of an address.</summary>
    private bool IsSmallHandle(List<NameToken> tokens, int i) =>
        tokens[i].Kind == NameTokenKind.Lower && tokens[i].Text.Length >= 3 && char.IsLetter(tokens[i].Text[0]) && tokens[i].Text.All(char.IsLetterOrDigit)
        && !_cues.FunctionWords.Contains(tokens[i].Folded) && !_connectors.Contains(tokens[i].Folded) && !InHandle(tokens, i)
        && !(i + 2 < tokens.Count && tokens[i + 1].Text is "." or "/" or "@" or "_" or ":" && tokens[i + 1].Start == tokens[i].Start + tokens[i].Text.Length
            && tokens[i + 2].IsWord && tokens[i + 2].Start == tokens[i + 1].Start + 1);

    /// <summary>
    /// "@mavis_t", ".@QuimbyH": a social network's handle after "@" names a person, as the guidelines have it. Returns the
    /// end of the handle's words (letters, digits and "_" written together), or 0; not an e-mail address ("ana@example.com").
    /// </summary>
    private static int HandleEnd(List<NameToken> tokens, int i)
    {
        if (tokens[i].Text != "@" || i + 1 >= tokens.Count || !tokens[i + 1].IsWord || tokens[i + 1].Start != tokens[i].Start + 1
            || (i > 0 && tokens[i - 1].IsWord && tokens[i - 1].Start + tokens[i - 1].Text.Length == tokens[i].Start))
            return 0;
        var end = i + 2;
        while (end < tokens.Count && tokens[end].Start == tokens[end - 1].Start + tokens[end - 1].Text.Length
            && (tokens[end].Text == "_" ? end + 1 < tokens.Count && tokens[end + 1].IsWord : tokens[end].IsWord && tokens[end - 1].Text == "_"))
            end++;
        // "@example.com": a word going on with a dot is an address, not a handle.
        if (end < tokens.Count && tokens[end].Text == "." && end + 1 < tokens.Count && tokens[end + 1].IsWord && tokens[end + 1].Start == tokens[end].Start + 1)
            return 0;
        return tokens[end - 1].IsWord && tokens[end - 1].Text.Any(char.IsLetter) ? end : 0;
    }

    private static bool IsHashtag(List<NameToken> tokens, int i) =>
        i > 0 && tokens[i - 1].Text == "#" && tokens[i - 1].Start + 1 == tokens[i].Start;

    private static bool HasDigit(List<NameToken> tokens, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (tokens[i].Text.Any(char.IsDigit))
                return true;
        }
        return false;
    }

    /// <summary>A place's head word among the next capitalised words: "on Wall Street", "on Lake Erie".</summary>
    private bool HasPlaceHeadAhead(List<NameToken> tokens, int start)
    {
        for (var i = start; i < tokens.Count && i < start + 4 && IsNameWord(tokens[i]); i++)
        {
            if (_cues.PlaceHeads.Contains(tokens[i].Folded))
                return true;
        }
        return false;
    }

    /// <summary>Legal forms a company's name may take after a comma: "Acme Widgets, Inc.", "Foo Bar, LLC".</summary>
    private static readonly HashSet<string> _legalForms = new(StringComparer.Ordinal) { "inc", "corp", "ltd", "llc", "plc", "co", "gmbh", "lp", "llp" };

    /// <summary>
    /// "U.S. Games Systems, Inc.": a legal form after a comma belongs to the company's name. Returns the run's new end, or
    /// <paramref name="end"/> when no legal form follows there, or when a name goes on after it ("Inc. Acme").
    /// </summary>
    private static int LegalFormEnd(List<NameToken> tokens, int end)
    {
        if (end + 1 >= tokens.Count || tokens[end].Text != "," || !tokens[end + 1].IsCapitalized || !_legalForms.Contains(tokens[end + 1].Folded.TrimEnd('.')))
            return end;
        return end + 2 < tokens.Count && IsNameWord(tokens[end + 2]) && !tokens[end + 2].SentenceStart ? end : end + 2;
    }

    private static bool AllCapitals(List<NameToken> tokens, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (!tokens[i].IsAllCaps)
                return false;
        }
        return true;
    }

    /// <summary>"Victoria University of Wellington": a head word inside the name, before "of" (or "for", "on"), makes it an organisation's whatever its first word.</summary>
    private bool HeadBeforeOf(List<NameToken> tokens, int start, int end)
    {
        for (var i = start + 1; i < end - 2; i++)
        {
            if (_cues.OrgHeads.Contains(tokens[i].Folded) && tokens[i + 1].Folded is "of" or "for" or "on" && tokens[i + 1].Kind == NameTokenKind.Lower)
                return true;
        }
        return false;
    }

    /// <summary>A given name, unless the text also writes the word small: "Free Software", "West Mercia", "Royal Mail".</summary>
    private bool IsGivenName(NameToken token, ExtractionDocument document) =>
        _cues.GivenNames.Contains(token.Folded) && !document.Lowercase.Contains(token.Folded);

    private bool LastIsPlace(List<NameToken> tokens, int start, int end) =>
        _gazetteer.Match(tokens, end - 1, end) is { Concept.Type: EntityType.Place } && end - start >= 2;

    private bool ModifiedPlace(List<NameToken> tokens, int start, int end) =>
        end - start >= 2 && tokens[start].Kind == NameTokenKind.Capitalized && _cues.PlaceModifiers.Contains(tokens[start].Folded)
        && _gazetteer.Match(tokens, start + 1, end) is { Concept.Type: EntityType.Place } place && place.Length == end - start - 1;

    private bool IsCommonOpener(NameToken token, ExtractionDocument document) =>
        token.SentenceStart && (_cues.FunctionWords.Contains(token.Folded) || document.Lowercase.Contains(token.Folded));

    /// <summary>A sentence's first word that is common, unless it opens a known name of several words ("New Zealand Herald").</summary>
    private bool IsCommonOpener(List<NameToken> tokens, int index, int end, ExtractionDocument document) =>
        IsCommonOpener(tokens[index], document) && _gazetteer.Match(tokens, index, end) is not { Length: >= 2 };

    private bool HasHead(List<NameToken> tokens, int start, int end, HashSet<string> heads)
    {
        if (heads.Contains(tokens[start].Folded) || heads.Contains(tokens[end - 1].Folded))
            return true;
        // "Secretaría de Salud de Chiapas", "Norwegian Academy of Sciences": a head word may also open the part after
        // a sentence's first word or a nationality.
        return end - start > 2 && (tokens[start].SentenceStart || _cues.Demonyms.Contains(tokens[start].Folded)) && heads.Contains(tokens[start + 1].Folded);
    }

    /// <summary>An event, law or work by its first or last word; a given name first is a person's ("Bill Gates", not a bill).</summary>
    private bool IsNonEntity(List<NameToken> tokens, int start, int end) =>
        (_cues.NonEntity.Contains(tokens[start].Folded) && !(end - start is 2 or 3 && _cues.GivenNames.Contains(tokens[start].Folded) && tokens[start + 1].Kind == NameTokenKind.Capitalized))
        || _cues.NonEntity.Contains(tokens[end - 1].Folded);

    /// <summary>What the words around a name say it is: a title before it, a verb of saying after it, "el diario", "la ciudad de".</summary>
    private MentionCues Cues(List<NameToken> tokens, int start, int end)
    {
        var cues = MentionCues.None;
        var prev = start > 0 ? tokens[start - 1] : default;
        // "Ana Ruiz at Quillmark Press": a person's name (two capitalised words) at a name makes that one where they work.
        if (prev.Folded == "at" && prev.Kind == NameTokenKind.Lower && start >= 3 && IsNameWord(tokens[start - 2]) && !tokens[start - 2].SentenceStart && IsNameWord(tokens[start - 3]))
            cues |= MentionCues.Organization;
        // "published in the Varden Lantern", "reviewed by Quorbly News": where a text appeared is an outlet; though a given
        // name after "by" is the person who did it ("reviewed by Gregory Lyon").
        var through = prev.Folded == "the" && prev.Kind == NameTokenKind.Lower && start >= 2 ? start - 2 : start - 1;
        if (through >= 1 && tokens[through].Kind == NameTokenKind.Lower && (tokens[through].Folded == "in" || (tokens[through].Folded == "by" && !_cues.GivenNames.Contains(tokens[start].Folded)))
            && tokens[through - 1].Kind == NameTokenKind.Lower && _cues.OrgPublished.Contains(tokens[through - 1].Folded))
            cues |= MentionCues.Organization;
        // "the remote Kessar region": a word for a place's kind right after the name, written small.
        if (end < tokens.Count && tokens[end].Kind == NameTokenKind.Lower && _cues.PlaceAfter.Contains(tokens[end].Folded))
            cues |= MentionCues.Place;
        var words = 0;
        for (var i = start - 1; i >= 0 && words < 3; i--)
        {
            var token = tokens[i];
            if (!token.IsWord)
            {
                if (token.Text is "," or "(" or "\"" or "“" or "«" or "'" or "‘")
                    continue;
                break;
            }
            if (token.IsCapitalized && !token.SentenceStart)
                break;
            // "CEO of Acme", "a reporter for Breitbart Tech", "engineers at Quillsoft": a role in a body before "of", "at" or
            // "for" makes the name after it the body. And "the capital of Kyzyl", "la ciudad de Colima": a place's word before "of".
            if (token.Folded is "of" or "at" or "for" or "de" or "del" && token.Kind == NameTokenKind.Lower && i > 0)
            {
                var role = tokens[i - 1].Folded;
                if (token.Folded is not "at" && _cues.PlaceOf.Contains(role) && tokens[i - 1].Kind == NameTokenKind.Lower)
                    cues |= MentionCues.Place;
                else if (_cues.OrgOf.Contains(role) || (token.Folded is "at" && (_cues.Titles.Contains(role) || _cues.OrgAt.Contains(role)) && tokens[i - 1].Kind == NameTokenKind.Lower))
                    cues |= MentionCues.Organization;
                break;
            }
            // "el ministro de Economía": a title only names the word after it, never across a preposition.
            if (_connectors.Contains(token.Folded) && token.Folded is not ("el" or "la" or "the"))
                break;
            words++;
            if (words == 1 && _cues.OrgBefore.Contains(token.Folded))
                cues |= MentionCues.Organization;
            // "dijo Bloxworth", "said Smith": the verb of saying before the name, as Spanish and quotes put it. "told" names
            // whom one spoke to, a person ("told Smith") or, with its "The", a newspaper ("told The Lantern").
            if (words == 1 && _cues.After.Contains(token.Folded))
            {
                cues |= token.Folded == "told" && tokens[start].Folded == "the" && tokens[start].Kind == NameTokenKind.Capitalized
                    ? MentionCues.Organization : MentionCues.Person;
                break;
            }
            if (IsTitle(token))
            {
                cues |= MentionCues.Person;
                break;
            }
            if (words <= 2 && _cues.PlaceBefore.Contains(token.Folded) && (words == 1 || tokens[i + 1].Folded is "de" or "of"))
            {
                cues |= MentionCues.Place;
                break;
            }
        }
        cues |= Apposition(tokens, end);
        if (IsCitationSource(tokens, start, end))
            cues |= MentionCues.Organization;
        for (var i = end; i < tokens.Count && i < end + 3; i++)
        {
            var token = tokens[i];
            if (!token.IsWord)
            {
                if (token.Text == ",")
                    continue;
                break;
            }
            // "Ana Ruiz, who …": a relative pronoun for people after a comma, behind a name of two words or more.
            // "the Quimby administration": a word for a person's time in office right after the name.
            if (_cues.After.Contains(token.Folded)
                || (token.Kind == NameTokenKind.Lower && i > end && end - start >= 2 && _cues.PersonRelative.Contains(token.Folded))
                || (token.Kind == NameTokenKind.Lower && i == end && _cues.PersonAfter.Contains(token.Folded)))
                cues |= MentionCues.Person;
            // "Vulture magazine", "Snapchat CEO": a word for a body, or a role in one, right after the name (no comma between).
            // "the Interfax news agency", "Quorbly games company": a word for its kind may come between.
            else if (i == end && (_cues.OrgAfter.Contains(token.Folded) || (token.Kind == NameTokenKind.Lower && _cues.OrgKind.Contains(token.Folded)
                && i + 1 < tokens.Count && tokens[i + 1].Kind == NameTokenKind.Lower && _cues.OrgAfter.Contains(tokens[i + 1].Folded))))
                cues |= MentionCues.Organization;
            break;
        }
        return cues;
    }

    /// <summary>
    /// "the company owns Instagram, Atlas, WhatsApp": a name with no evidence of its own in a list beside a known
    /// organisation or place is one too. Neighbouring mentions of one block, joined by a comma, "and", "or" or "&amp;",
    /// pass their type on both ways along the list.
    /// </summary>
    private void ShareListTypes(ExtractionDocument document)
    {
        var mentions = document.Mentions;
        // A type passed on goes further along the list ("Quorbly, Zentaro, Facebook"); a cue's guess does not.
        EntityType? passed = null;
        for (var pass = 0; pass < 2; pass++)
        {
            for (var k = 1; k < mentions.Count; k++)
            {
                var (from, to) = pass == 0 ? (k - 1, k) : (mentions.Count - k, mentions.Count - k - 1);
                var known = mentions[from];
                var other = mentions[to];
                var type = known.KnownType ?? (k > 1 ? passed : null);
                passed = null;
                // "Max Born, and Quill Vandermeer": a name of several words beside a person's is one too; one word is not.
                if (type is not (EntityType.Organization or EntityType.Place or EntityType.Person) || (other.KnownType is not null && !(other.Guessed && type == EntityType.Person))
                    || other.Cues != MentionCues.None || (type == EntityType.Person && !PersonLike(other, known, document))
                    || (other.Tokens.Length > 1 && type != EntityType.Person && (document.Spanish || type != EntityType.Organization)) || !InOneList(known, other))
                    continue;
                // A run of several words takes the type itself: untyped, it would only count toward a name given elsewhere.
                mentions[to] = other.Tokens.Length == 1
                    ? other with { Cues = type == EntityType.Organization ? MentionCues.Organization : MentionCues.Place }
                    : other with { Type = type };
                passed = type;
            }
            passed = null;
        }
    }

    /// <summary>
    /// An English name of two to four words beside a person's own, none of them a function word ("The Hobbit"), a word the
    /// text also writes small, a role or title ("Software Engineer") or a head word: a list of people goes on with people.
    /// </summary>
    private bool PersonLike(Mention other, Mention known, ExtractionDocument document)
    {
        if (document.Spanish || known.KnownType != EntityType.Person || other.Tokens.Length is < 2 or > 4 || other.Block is null)
            return false;
        for (var i = other.Start; i < other.End; i++)
        {
            var token = other.Block[i];
            if (!IsNameWord(token) || token.IsAllCaps || _cues.FunctionWords.Contains(token.Folded) || document.Lowercase.Contains(token.Folded)
                || _cues.Roles.Contains(token.Folded) || IsTitle(token) || _cues.OrgHeads.Contains(token.Folded) || _cues.PlaceHeads.Contains(token.Folded))
                return false;
        }
        return true;
    }

    /// <summary>Two mentions of one block with only a list's separators between them: ",", "and", "or", ", and", "&amp;".</summary>
    private static bool InOneList(Mention a, Mention b)
    {
        if (a.Block is null || !ReferenceEquals(a.Block, b.Block))
            return false;
        var (first, second) = a.Start < b.Start ? (a, b) : (b, a);
        var gap = second.Start - first.End;
        if (gap is < 1 or > 2)
            return false;
        for (var i = first.End; i < second.Start; i++)
        {
            var token = first.Block![i];
            if (!(token.Text is "," or "&" || (token.Kind == NameTokenKind.Lower && token.Folded is "and" or "or" or "y" or "o" or "e" or "u")))
                return false;
        }
        return true;
    }

    /// <summary>Turns mentions into entities: known concepts and typed names first, then short mentions joined to them.</summary>
    private FoundEntities Resolve(ExtractionDocument document)
    {
        var found = new FoundEntities();
        var singles = new List<Mention>();
        foreach (var mention in document.Mentions)
        {
            if (mention.Handle)
                singles.Add(mention);
            else if (mention.Concept is not null && mention.Tokens.Length > 1)
                found.AddConcept(mention.Concept, mention.Surface);
            else if (mention.Type is { } type && mention.Concept is null && mention.Tokens.Length > 1)
                found.AddName(type, mention.Surface, mention.Tokens);
            else
                singles.Add(mention);
        }
        found.MergeShorterPersons();
        found.MergeOrganizationForms();

        foreach (var mention in singles)
        {
            // "@marcoarment", "@s_bielefeld": the handle of a person the article names in full is that person.
            if (mention.Handle)
            {
                if (found.PersonWithHandle(mention.Tokens) is { } owner)
                    owner.Mentions++;
                else
                    found.AddName(EntityType.Person, mention.Surface, mention.Tokens);
                continue;
            }
            if (mention.Tokens.Length > 1 && mention.Concept is null)
            {
                // An untyped run of several words counts only toward a name the article gave with evidence.
                found.Unresolved(mention);
                continue;
            }
            var word = mention.Tokens[0];
            if (mention.Tokens.Length == 1 && found.PersonWith(word) is { } person && (mention.Concept is null || mention.Concept.Type == EntityType.Place))
            {
                person.Mentions++;
                continue;
            }
            if (mention.Concept is { } concept)
            {
                found.AddConcept(concept, mention.Surface);
                continue;
            }
            if (mention.Surface.Length >= 2 && mention.IsAllCaps && found.OrganizationWithInitials(mention.Surface) is { } initials)
            {
                initials.Mentions++;
                continue;
            }
            // "Richard M. Stallman (RMS)": a person too may go by the initials of a name given in full.
            if (mention.Surface.Length >= 3 && mention.IsAllCaps && found.PersonWithInitials(mention.Surface) is { } personInitials)
            {
                personInitials.Mentions++;
                continue;
            }
            // "Yahoo" beside "Yahoo Japan": a company's name alone before a place names the parent, not its branch.
            if (found.OrganizationWith(word) is { } organization && !_cues.OrgHeads.Contains(word) && !IsBranch(organization, word))
            {
                organization.Mentions++;
                continue;
            }
            if (mention.Type is { } typed)
            {
                found.AddName(typed, mention.Surface, mention.Tokens);
                continue;
            }
            // An English page's in-word capital marks software, products and user names as often as a company
            // ("JavaScript", "WebAssembly", "ScreamMyName"), so there a brand needs a cue too; Spanish news keeps it.
            if ((mention.Cues & MentionCues.Organization) != 0 || (document.Spanish && IsBrand(mention.Surface)) || (document.Spanish && mention.IsAllCaps && mention.Surface.Length is >= 2 and <= 6 && !_cues.Stop.Contains(word) && !IsRomanNumeral(mention.Surface)))
                found.AddName(EntityType.Organization, mention.Surface, mention.Tokens);
            else if ((mention.Cues & MentionCues.Person) != 0)
                found.AddName(EntityType.Person, mention.Surface, mention.Tokens);
            else if ((mention.Cues & MentionCues.Place) != 0)
                found.AddName(EntityType.Place, mention.Surface, mention.Tokens);
            else
                found.Unresolved(mention);
        }
        found.ResolveLeftovers();
        return found;
    }

    /// <summary>An organisation named by one word and a known place after it ("Acme Japan"), seen from that first word.</summary>
    private bool IsBranch(FoundEntity organization, string word)
    {
        if (organization.Tokens.Length != 2 || organization.Tokens[0] != word)
            return false;
        var place = organization.Tokens[1];
        List<NameToken> tokens = [new NameToken(0, place, place, NameTokenKind.Capitalized, false)];
        return _gazetteer.Match(tokens, 0, 1) is { Concept.Type: EntityType.Place };
    }

    /// <summary>In a headline, only names the gazetteer or the body already knows count.</summary>
    private void MatchKnown(List<NameToken> tokens, FoundEntities found, ExtractionDocument document)
    {
        var i = 0;
        while (i < tokens.Count)
        {
            if (!tokens[i].IsCapitalized)
            {
                i++;
                continue;
            }
            if (found.MatchName(tokens, i) is { } known)
            {
                known.Entity.Mentions++;
                i += known.Length;
                continue;
            }
            if (_gazetteer.Match(tokens, i, tokens.Count) is { } match && (match.Length > 1 || !tokens[i].SentenceStart || document.CapitalisedInside.Contains(tokens[i].Folded) || match.Concept.Type == EntityType.Place))
            {
                var surface = Mention.SurfaceOf(tokens, i, i + match.Length);
                if (match.Length == 1 && found.PersonWith(tokens[i].Folded) is { } person)
                    person.Mentions++;
                else
                    found.AddConcept(match.Concept, surface);
                i += match.Length;
                continue;
            }
            i++;
        }
    }
}

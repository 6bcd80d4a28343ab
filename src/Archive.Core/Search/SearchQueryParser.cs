namespace Archive.Core.Search;

/// <summary>
/// Reads the search box's language by hand (no Lucene QueryParser, which throws on bad input):
/// words, "exact phrases", "near words"~N, typo~, OR, -word / NOT word, (groups), prefix*, title:,
/// byline:, lang:, outlet:, tag:, date:.
/// Never throws; whatever it had to guess is reported as a <see cref="SearchWarning"/>.
/// </summary>
public static class SearchQueryParser
{
    public const int MaxLength = 500;
    public const int MaxTerms = 32;
    public const int MaxDepth = 8;
    public const int MinPrefixLength = 2;

    /// <summary>The farthest apart <c>"a b"~N</c> lets the words stand; larger N are read as this.</summary>
    public const int MaxSlop = 50;

    /// <summary>Lucene's automaton for typos goes to two edits; <c>word~5</c> is read as <c>word~2</c>.</summary>
    public const int MaxEdits = 2;

    public static ParsedQuery Parse(string? text)
    {
        var original = text ?? string.Empty;
        var warnings = new List<SearchWarning>();
        var cleaned = Clean(original, warnings);
        var tokens = Lexer.Read(cleaned, warnings);
        var root = new Parser(tokens, warnings).ParseAll();
        return new ParsedQuery(original, root, warnings.Distinct().ToList());
    }

    /// <summary>The part of a query the parser reads: at most <see cref="MaxLength"/> characters, cut at a space when one is near.</summary>
    public static string Shorten(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length <= MaxLength)
            return text;
        var cut = text.LastIndexOf(' ', MaxLength - 1, 50);
        text = text[..(cut > 0 ? cut : MaxLength)];
        return char.IsHighSurrogate(text[^1]) ? text[..^1] : text;
    }

    private static string Clean(string text, List<SearchWarning> warnings)
    {
        if (text.Length > MaxLength)
        {
            warnings.Add(SearchWarning.TooLong);
            text = Shorten(text);
        }
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (char.IsControl(chars[i]))
                chars[i] = ' ';
            else if (chars[i] is '\u201C' or '\u201D' or '\u201E' or '\u00AB' or '\u00BB')
                chars[i] = '"';
        }
        return new string(chars);
    }

    private enum TokenKind
    {
        Word,
        Phrase,
        Open,
        Close,
        Or,
        And,
        Not,
        Field,
    }

    private enum FieldName
    {
        None,
        Title,
        Language,
        Outlet,
        Tag,
        Byline,
        Date,
    }

    /// <summary>
    /// For a phrase, Flag says it was closed and Slop is its <c>~N</c> (0 without one); for a field,
    /// Flag says that a value follows without a space.
    /// </summary>
    private readonly record struct Token(TokenKind Kind, string Text = "", bool Flag = false, FieldName Field = FieldName.None, int Slop = 0)
    {
        public bool StartsOperand => Kind is TokenKind.Word or TokenKind.Phrase or TokenKind.Open or TokenKind.Not or TokenKind.Field;
    }

    private static class Lexer
    {
        public static List<Token> Read(string text, List<SearchWarning> warnings)
        {
            var tokens = new List<Token>();
            var i = 0;
            while (i < text.Length)
            {
                var c = text[i];
                if (char.IsWhiteSpace(c))
                {
                    i++;
                }
                else if (c == '"')
                {
                    var end = text.IndexOf('"', i + 1);
                    var closed = end >= 0;
                    if (!closed)
                        end = text.Length;
                    var phrase = text[(i + 1)..end];
                    i = closed ? end + 1 : end;
                    var slop = closed ? ReadSlop(text, ref i) : 0;
                    tokens.Add(new Token(TokenKind.Phrase, phrase, closed, Slop: slop));
                }
                else if (c == '(')
                {
                    tokens.Add(new Token(TokenKind.Open));
                    i++;
                }
                else if (c == ')')
                {
                    tokens.Add(new Token(TokenKind.Close));
                    i++;
                }
                else if (c == '-')
                {
                    // A minus standing alone ("a - b") negates nothing.
                    if (i + 1 < text.Length && !char.IsWhiteSpace(text[i + 1]))
                        tokens.Add(new Token(TokenKind.Not, "-"));
                    else
                        warnings.Add(SearchWarning.DanglingOperator);
                    i++;
                }
                else
                {
                    var start = i;
                    while (i < text.Length && !char.IsWhiteSpace(text[i]) && text[i] is not ('"' or '(' or ')'))
                        i++;
                    AddWord(tokens, text[start..i], i < text.Length && text[i] is '"' or '(');
                }
            }
            return tokens;
        }

        /// <summary>A <c>~N</c> right after a closing quote; a bare <c>~</c> means two positions.</summary>
        private static int ReadSlop(string text, ref int i)
        {
            if (i >= text.Length || text[i] != '~')
                return 0;
            i++;
            var start = i;
            while (i < text.Length && char.IsAsciiDigit(text[i]))
                i++;
            if (i == start)
                return 2;
            return int.TryParse(text.AsSpan(start, Math.Min(i - start, 4)), out var slop) ? Math.Min(slop, MaxSlop) : MaxSlop;
        }

        private static void AddWord(List<Token> tokens, string word, bool groupOrPhraseFollows)
        {
            switch (word)
            {
                case "OR":
                    tokens.Add(new Token(TokenKind.Or, word));
                    return;
                case "AND":
                    tokens.Add(new Token(TokenKind.And, word));
                    return;
                case "NOT":
                    tokens.Add(new Token(TokenKind.Not, word));
                    return;
            }
            var colon = word.IndexOf(':');
            var field = colon > 0 ? FieldNamed(word[..colon]) : FieldName.None;
            if (field == FieldName.None)
            {
                tokens.Add(new Token(TokenKind.Word, word));
                return;
            }
            var value = word[(colon + 1)..];
            tokens.Add(new Token(TokenKind.Field, word[..colon], value.Length > 0 || groupOrPhraseFollows, field));
            if (value.Length > 0)
                tokens.Add(new Token(TokenKind.Word, value));
        }

        // Spanish names too: the archive's users search in both languages.
        private static FieldName FieldNamed(string name) => name.ToLowerInvariant() switch
        {
            "title" or "titulo" or "título" => FieldName.Title,
            "lang" or "language" or "idioma" => FieldName.Language,
            "outlet" or "medio" => FieldName.Outlet,
            "tag" or "etiqueta" => FieldName.Tag,
            "byline" or "autor" or "firma" => FieldName.Byline,
            "date" or "fecha" => FieldName.Date,
            _ => FieldName.None,
        };
    }

    private sealed class Parser(List<Token> tokens, List<SearchWarning> warnings)
    {
        private int _position;
        private int _leaves;
        private int _depth;
        private int _flattenedGroups;
        private bool _stopped;

        private Token? Peek => _position < tokens.Count ? tokens[_position] : null;

        private bool PeekIs(TokenKind kind) => Peek is { } token && token.Kind == kind;

        private bool PeekStartsOperand => Peek is { StartsOperand: true };

        private Token Next() => tokens[_position++];

        public SearchQuery? ParseAll() => ParseSequence(SearchScope.Anywhere, inGroup: false);

        private SearchQuery? ParseSequence(SearchScope scope, bool inGroup)
        {
            var items = new List<SearchQuery>();
            while (Peek is { } token)
            {
                switch (token.Kind)
                {
                    case TokenKind.Close when _flattenedGroups > 0:
                        _flattenedGroups--;
                        Next();
                        continue;
                    case TokenKind.Close when inGroup:
                        return Combine(items);
                    case TokenKind.Close:
                        Warn(SearchWarning.UnbalancedParenthesis);
                        Next();
                        continue;
                    case TokenKind.And:
                        Next();
                        if (items.Count == 0 || !PeekStartsOperand)
                            Warn(SearchWarning.DanglingOperator);
                        continue;
                    case TokenKind.Or:
                        Next();
                        Warn(SearchWarning.DanglingOperator);
                        continue;
                }
                if (ParseOr(scope) is { } node)
                    items.Add(node);
            }
            return Combine(items);
        }

        private SearchQuery? ParseOr(SearchScope scope)
        {
            var parts = new List<SearchQuery?> { ParseUnary(scope) };
            while (PeekIs(TokenKind.Or))
            {
                Next();
                while (PeekIs(TokenKind.Or) || PeekIs(TokenKind.And))
                {
                    Next();
                    Warn(SearchWarning.DanglingOperator);
                }
                if (!PeekStartsOperand)
                {
                    Warn(SearchWarning.DanglingOperator);
                    break;
                }
                parts.Add(ParseUnary(scope));
            }
            var present = parts.OfType<SearchQuery>()
                .SelectMany(p => p is SearchOr or ? or.Children : [p])
                .ToList();
            return present.Count switch
            {
                0 => null,
                1 => present[0],
                _ => new SearchOr(present),
            };
        }

        private SearchQuery? ParseUnary(SearchScope scope)
        {
            if (!PeekIs(TokenKind.Not))
                return ParsePrimary(scope);
            Next();
            if (!PeekStartsOperand)
            {
                Warn(SearchWarning.DanglingOperator);
                return null;
            }
            return ParseUnary(scope) switch
            {
                null => null,
                SearchNot not => not.Child,
                var child => new SearchNot(child),
            };
        }

        private SearchQuery? ParsePrimary(SearchScope scope)
        {
            if (Peek is not { } token)
                return null;
            Next();
            return token.Kind switch
            {
                TokenKind.Open => ParseGroup(scope),
                TokenKind.Phrase => Phrase(token, scope),
                TokenKind.Word => Word(token.Text, scope),
                TokenKind.Field => ParseField(token),
                _ => null,
            };
        }

        private SearchQuery? ParseGroup(SearchScope scope)
        {
            if (_depth >= MaxDepth)
            {
                Warn(SearchWarning.TooDeeplyNested);
                _flattenedGroups++;
                return PeekStartsOperand ? ParseUnary(scope) : null;
            }
            _depth++;
            var inner = ParseSequence(scope, inGroup: true);
            _depth--;
            if (PeekIs(TokenKind.Close))
                Next();
            else if (!_stopped)
                Warn(SearchWarning.UnbalancedParenthesis);
            if (inner is null && !_stopped)
                Warn(SearchWarning.EmptyGroup);
            return inner;
        }

        private SearchQuery? ParseField(Token field)
        {
            if (!field.Flag)
            {
                Warn(SearchWarning.MissingFieldValue);
                return null;
            }
            if (field.Field == FieldName.Title)
                return ParsePrimary(SearchScope.Title);
            if (field.Field == FieldName.Byline)
                return ParsePrimary(SearchScope.Byline);
            if (field.Field == FieldName.Date)
                return ParseDate();

            string value;
            if (PeekIs(TokenKind.Phrase))
            {
                var phrase = Next();
                if (!phrase.Flag)
                    Warn(SearchWarning.UnbalancedQuote);
                value = CollapseSpaces(phrase.Text);
            }
            else if (PeekIs(TokenKind.Word))
            {
                value = Next().Text.TrimEnd('*');
            }
            else
            {
                // "lang:(es OR en)" is not supported; the group is read as ordinary words.
                Warn(SearchWarning.MissingFieldValue);
                return null;
            }
            if (!value.Any(char.IsLetterOrDigit))
            {
                Warn(SearchWarning.MissingFieldValue);
                return null;
            }
            if (!CountLeaf())
                return null;
            var filterField = field.Field switch
            {
                FieldName.Language => SearchFilterField.Language,
                FieldName.Outlet => SearchFilterField.Outlet,
                _ => SearchFilterField.Tag,
            };
            return new SearchFilter(filterField, value);
        }

        private SearchDateRange? ParseDate()
        {
            if (!PeekIs(TokenKind.Word))
            {
                Warn(SearchWarning.MissingFieldValue);
                return null;
            }
            if (SearchDateRange.TryParse(Next().Text) is not { } range)
            {
                Warn(SearchWarning.InvalidDate);
                return null;
            }
            return CountLeaf() ? range : null;
        }

        private SearchPhrase? Phrase(Token token, SearchScope scope)
        {
            if (!token.Flag)
                Warn(SearchWarning.UnbalancedQuote);
            var text = CollapseSpaces(token.Text);
            if (!text.Any(char.IsLetterOrDigit))
            {
                if (token.Flag)
                    Warn(SearchWarning.EmptyGroup);
                return null;
            }
            return CountLeaf() ? new SearchPhrase(text, scope, token.Slop) : null;
        }

        private SearchQuery? Word(string word, SearchScope scope)
        {
            if (word.EndsWith('*'))
            {
                var stem = word.TrimEnd('*');
                if (stem.Count(char.IsLetterOrDigit) < MinPrefixLength)
                {
                    Warn(SearchWarning.PrefixTooShort);
                    return null;
                }
                return CountLeaf() ? new SearchPrefix(stem, scope) : null;
            }
            if (!word.Any(char.IsLetterOrDigit))
                return null;
            if (Fuzzy(word, scope) is { } fuzzy)
                return CountLeaf() ? fuzzy : null;
            var tilde = word.LastIndexOf('~');
            if (tilde > 0 && word[(tilde + 1)..].All(char.IsAsciiDigit))
                word = word[..tilde];
            return CountLeaf() ? new SearchTerm(word, scope) : null;
        }

        /// <summary><c>word~</c>, <c>word~1</c>, <c>word~2</c>; <c>word~0</c> is the plain word. Null when the word has no tilde.</summary>
        private static SearchFuzzy? Fuzzy(string word, SearchScope scope)
        {
            var tilde = word.LastIndexOf('~');
            if (tilde <= 0)
                return null;
            var digits = word[(tilde + 1)..];
            var text = word[..tilde].TrimEnd('~');
            if (!text.Any(char.IsLetterOrDigit))
                return null;
            if (digits.Length == 0)
                return new SearchFuzzy(text, SearchFuzzy.AutomaticEdits(text), null, scope);
            if (!digits.All(char.IsAsciiDigit) || digits.Length > 3)
                return null;
            var edits = Math.Min(int.Parse(digits, System.Globalization.CultureInfo.InvariantCulture), MaxEdits);
            return edits == 0 ? null : new SearchFuzzy(text, edits, edits, scope);
        }

        private bool CountLeaf()
        {
            if (_leaves < MaxTerms)
            {
                _leaves++;
                return true;
            }
            Warn(SearchWarning.TooManyTerms);
            _stopped = true;
            _position = tokens.Count;
            return false;
        }

        private void Warn(SearchWarning warning) => warnings.Add(warning);

        private static SearchQuery? Combine(List<SearchQuery> items)
        {
            var flat = items.SelectMany(i => i is SearchAnd and ? and.Children : [i]).ToList();
            return flat.Count switch
            {
                0 => null,
                1 => flat[0],
                _ => new SearchAnd(flat),
            };
        }

        private static string CollapseSpaces(string text) =>
            string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }
}

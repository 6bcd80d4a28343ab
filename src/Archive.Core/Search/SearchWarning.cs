namespace Archive.Core.Search;

/// <summary>Why the parser read the text differently from how it was typed; the UI turns each into a sentence.</summary>
public enum SearchWarning
{
    /// <summary>A quote was never closed; the rest of the text was read as the phrase.</summary>
    UnbalancedQuote = 0,

    /// <summary>A parenthesis had no partner; it was ignored or closed at the end.</summary>
    UnbalancedParenthesis = 1,

    /// <summary>OR, AND, NOT or "-" had nothing to work on and was ignored.</summary>
    DanglingOperator = 2,

    /// <summary>"()" held nothing searchable.</summary>
    EmptyGroup = 3,

    /// <summary>A field such as "title:" had no value after it.</summary>
    MissingFieldValue = 4,

    /// <summary>A prefix search ("x*") needs at least two letters or digits before the star; it was ignored.</summary>
    PrefixTooShort = 5,

    /// <summary>The text was longer than the limit and was cut.</summary>
    TooLong = 6,

    /// <summary>The query named more words than the limit; the rest were ignored.</summary>
    TooManyTerms = 7,

    /// <summary>Parentheses were nested deeper than the limit; the inner ones were ignored.</summary>
    TooDeeplyNested = 8,

    /// <summary>The paging cursor was not one this search produced; the first page is shown.</summary>
    InvalidCursor = 9,

    /// <summary>A "date:" value was not a date or range (2024, 2024-06, 2024-06-01, 2024-06-01..2024-06-30); it was ignored.</summary>
    InvalidDate = 10,
}

using System.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Archive.Core.Search;

/// <summary>
/// Lower-cases each term as Lucene's LowerCaseFilter does (invariant, code point by code point), but
/// without a trip to ICU for every term: Lucene.NET's filter passes each term through
/// <c>MemoryExtensions.ToLower</c>, which was a fifth of all CPU time while indexing (dotnet-trace of a
/// 10,000-article import, issue 7). ASCII and Latin-1 letters, nearly all of Spanish and English text,
/// are mapped here, lower-case letters are left alone; anything else goes to the runtime's invariant mapping.
/// </summary>
internal sealed class InvariantLowerCaseFilter : TokenFilter
{
    private readonly ICharTermAttribute _term;

    public InvariantLowerCaseFilter(TokenStream input)
        : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
    }

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken())
            return false;
        Lower(_term.Buffer.AsSpan(0, _term.Length));
        return true;
    }

    internal static void Lower(Span<char> term)
    {
        for (var i = 0; i < term.Length; i++)
        {
            var c = term[i];
            if (c < 0x80)
            {
                if (c is >= 'A' and <= 'Z')
                    term[i] = (char)(c | 0x20);
            }
            else if (c is >= '\u00C0' and <= '\u00DE' && c != '\u00D7')
            {
                term[i] = (char)(c + 0x20);
            }
            else if (char.IsLower(c))
            {
                // "á", "ñ", "ü": already lower, and by far the commonest non-ASCII letters here.
            }
            else if (char.IsHighSurrogate(c) && i + 1 < term.Length && char.IsLowSurrogate(term[i + 1]))
            {
                var lower = Rune.ToLowerInvariant(new Rune(c, term[i + 1]));
                if (lower.Utf16SequenceLength == 2)
                    lower.EncodeToUtf16(term[i..]);
                i++;
            }
            else
            {
                term[i] = char.ToLowerInvariant(c);
            }
        }
    }
}

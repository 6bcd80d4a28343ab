using System.Globalization;
using System.Text;

namespace Archive.Testing;

/// <summary>One generated wire item: the file's text and what a correct import makes of it.</summary>
public sealed record WireItem(
    string FileName,
    string Text,
    string Title,
    IReadOnlyList<string> Paragraphs,
    string Language,
    string Agency,
    string? DatelinePlace,
    string SignOff);

/// <summary>
/// Generates newswire copy the way the 1987 Reuters wire (Reuters-21578) and agencies like it file
/// it: a headline in capitals, paragraphs hard-wrapped at about 65 characters and started with an
/// indent (or separated by blank lines), a dateline, earnings tables ("Shr 12 cts vs 10 cts") and a
/// sign-off ("Reuter") on the last line. Deterministic for a seed. Shared, as a linked file, by the
/// test suite and the quality benchmark: real wire copy cannot be shipped in the repository.
/// </summary>
public sealed class WireCopy(int seed)
{
    private readonly Random _random = new(seed);

    private static readonly string[] Places =
        ["NEW YORK", "WASHINGTON", "LONDON", "CHICAGO", "HOUSTON", "TOKYO", "SAN FRANCISCO", "DALLAS", "BONN", "PARIS", "TORONTO", "SYDNEY"];
    private static readonly string[] Months = ["Jan", "Feb", "March", "April", "May", "June", "July", "Aug", "Sept", "Oct", "Nov", "Dec"];
    private static readonly string[] Companies =
        ["Airgas Inc", "Team Inc", "Allegheny International", "Pacific Gas and Electric Co", "Texas Instruments Inc", "Bank of Boston Corp",
         "General Motors Corp", "Chrysler Corp", "Union Carbide Corp", "Cyclops Corp", "Dixons Group Plc", "Hughes Tool Co", "Bell Canada Enterprises"];
    private static readonly string[] Tickers = ["TMI", "AGI", "TXN", "BKB", "GM", "C", "UK", "CYL", "HT", "BCE", "PCG", "ALS"];
    private static readonly string[] Officials =
        ["a company spokesman", "the chairman", "Treasury Secretary James Baker", "Federal Reserve Board Chairman Paul Volcker", "analysts", "the chief financial officer", "industry sources"];
    private static readonly string[] Verbs = ["said", "told reporters", "said in a statement", "said in an interview", "told a news conference"];
    private static readonly string[] Objects =
        ["its first quarter earnings would be lower than expected", "the company had no plans to sell the unit",
         "the merger talks with the Canadian group had ended without agreement", "the dollar would stabilise against the yen in coming months",
         "the board had approved a two-for-one stock split payable to holders of record", "crude oil output would be cut by about 100,000 barrels per day",
         "the tender offer of 45 dlrs a share was inadequate and not in the interest of shareholders",
         "interest rates were likely to fall further before the end of the year", "trade talks with Japan would resume in Geneva next week"];
    private static readonly string[] Clauses =
        ["after the market closed", "in a filing with the Securities and Exchange Commission", "despite weaker demand in Europe",
         "because of lower prices for its main products", "compared with a year earlier", "according to preliminary figures",
         "as part of a restructuring announced in January", "while the stock rose 1-1/2 to 32-3/4 in heavy trading"];

    public IEnumerable<WireItem> Items(int count)
    {
        for (var i = 0; i < count; i++)
        {
            yield return (i % 4) switch
            {
                0 => Earnings(i),
                1 => Prose(i, blankLines: false, width: 65),
                2 => Prose(i, blankLines: true, width: 70),
                _ => Prose(i, blankLines: false, width: 68),
            };
        }
    }

    private WireItem Earnings(int n)
    {
        var company = Pick(Companies);
        var ticker = Pick(Tickers);
        var quarter = Pick(["1ST", "2ND", "3RD", "4TH"]);
        var title = $"{company.ToUpperInvariant()} <{ticker}> {quarter} QTR {Pick(Months).ToUpperInvariant()} {Day()} NET";
        var place = Pick(Places);
        var dateline = $"{place}, {Pick(Months)} {Day()} -";
        List<string> rows =
        [
            $"Shr {_random.Next(2, 99)} cts vs {_random.Next(2, 99)} cts",
            $"Net {Money()} vs {Money()}",
            $"Revs {_random.Next(10, 900)}.{_random.Next(0, 9)} mln vs {_random.Next(10, 900)}.{_random.Next(0, 9)} mln",
        ];
        if (_random.Next(2) == 0)
        {
            rows.Add("Nine mths");
            rows.Add($"Shr {_random.Next(2, 99)} cts vs {_random.Next(2, 99)} cts");
            rows.Add($"Net {Money()} vs {Money()}");
        }
        if (_random.Next(3) == 0)
            rows.Add($"Avg shrs {Money()} vs {Money()}");
        var text = new StringBuilder();
        text.Append(title).Append('\n');
        text.Append("    ").Append(dateline).Append('\n');
        foreach (var row in rows)
            text.Append("    ").Append(row).Append('\n');
        text.Append(" Reuter\n");
        List<string> paragraphs = [dateline, .. rows];
        return new WireItem(Name(n), text.ToString(), title, paragraphs, "en", "Reuters", place, "Reuter");
    }

    private WireItem Prose(int n, bool blankLines, int width)
    {
        var company = Pick(Companies);
        var title = _random.Next(3) == 0
            ? $"{company.ToUpperInvariant()} SAYS {Pick(["TALKS ENDED", "UNIT NOT FOR SALE", "PROFIT TO FALL", "BOARD BACKS SPLIT"])}"
            : $"{company.ToUpperInvariant()} {Pick(["REJECTS", "STUDIES", "WELCOMES"])} {Pick(["OFFER", "BID", "PROPOSAL"])}";
        var place = Pick(Places);
        var useAgencyDateline = n % 8 == 2;
        var dateline = useAgencyDateline ? $"{place} (Reuters) -" : $"{place}, {Pick(Months)} {Day()} -";
        var paragraphs = new List<string>();
        var count = _random.Next(3, 8);
        for (var p = 0; p < count; p++)
        {
            var sentences = _random.Next(1, 3);
            var paragraph = new StringBuilder(p == 0 ? dateline + " " : "");
            for (var s = 0; s < sentences; s++)
            {
                if (s > 0)
                    paragraph.Append(' ');
                paragraph.Append(Sentence(p == 0 && s == 0 ? company : null));
            }
            paragraphs.Add(paragraph.ToString());
        }
        var signOff = useAgencyDateline ? "Reuters" : "Reuter";
        var text = new StringBuilder();
        text.Append(title).Append('\n');
        if (blankLines)
            text.Append('\n');
        foreach (var paragraph in paragraphs)
        {
            var indent = blankLines ? 0 : 4;
            var lines = Wrap(paragraph, width, indent);
            for (var l = 0; l < lines.Count; l++)
                text.Append(' ', l == 0 ? indent : 0).Append(lines[l]).Append('\n');
            if (blankLines)
                text.Append('\n');
        }
        text.Append(' ').Append(signOff).Append('\n');
        return new WireItem(Name(n), text.ToString(), title, paragraphs, "en", "Reuters", place, signOff);
    }

    private string Sentence(string? subject)
    {
        var who = subject ?? Pick(Officials);
        var sentence = $"{who} {Pick(Verbs)} {Pick(Objects)}";
        if (_random.Next(2) == 0)
            sentence += " " + Pick(Clauses);
        return char.ToUpperInvariant(sentence[0]) + sentence[1..] + ".";
    }

    /// <summary>Greedy wrapping, as a terminal or a wire's composing system does it; the first line's indent takes columns.</summary>
    public static List<string> Wrap(string paragraph, int width, int firstIndent = 0)
    {
        var lines = new List<string>();
        var line = new StringBuilder();
        foreach (var word in paragraph.Split(' '))
        {
            var room = lines.Count == 0 ? width - firstIndent : width;
            if (line.Length > 0 && line.Length + 1 + word.Length > room)
            {
                lines.Add(line.ToString());
                line.Clear();
            }
            if (line.Length > 0)
                line.Append(' ');
            line.Append(word);
        }
        if (line.Length > 0)
            lines.Add(line.ToString());
        return lines;
    }

    private string Money() => _random.Next(100_000, 9_999_999).ToString("N0", CultureInfo.InvariantCulture);

    private int Day() => _random.Next(1, 29);

    private string Pick(string[] items) => items[_random.Next(items.Length)];

    private static string Name(int n) => string.Create(CultureInfo.InvariantCulture, $"wire-{n:D4}.txt");
}

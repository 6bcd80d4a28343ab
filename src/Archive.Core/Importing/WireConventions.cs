using System.Globalization;
using System.Text.RegularExpressions;
using Archive.Core.Text;

namespace Archive.Core.Importing;

/// <summary>
/// The conventions news agencies write in, kept as reviewable data like the noise rules: the
/// sign-offs they close a story with, and the dateline that opens it ("NEW YORK, March 2 -",
/// "Madrid, 23 may (EFE).-", "PYONGYANG (Reuters) -", "CIUDAD DE MÉXICO (apro).-").
/// </summary>
public sealed partial class WireConventions(IEnumerable<SignOff> signOffs)
{
    /// <summary>Recorded for every sign-off the importer removes.</summary>
    public const string SignOffRule = "sign-off";

    private const int MaxSignOffLength = 40;
    private const int DatelineWindow = 120;

    private readonly SignOff[] _signOffs = [.. signOffs];

    public static IReadOnlyList<SignOff> DefaultSignOffs { get; } =
    [
        new("Reuters", @"^[—–-]?\s*(\(\s*)?reuters?(\s*\))?\s*[.]?$"),
        new("EFE", @"^[—–-]?\s*(©\s*)?(\(\s*)?efe(\s*\))?\s*[.]?(\s+\d{4})?$"),
        new("Associated Press", @"^[—–-]?\s*(©\s*)?(\(\s*)?(ap|the\s+associated\s+press|associated\s+press)(\s*\))?\s*[.]?$"),
        new("AFP", @"^[—–-]?\s*(©\s*)?(\(\s*)?afp(\s*\))?\s*[.]?$"),
        new("Europa Press", @"^[—–-]?\s*(©\s*)?(\(\s*)?europa\s+press(\s*\))?\s*[.]?$"),
        new("dpa", @"^[—–-]?\s*(©\s*)?(\(\s*)?dpa(\s*\))?\s*[.]?$"),
    ];

    public static WireConventions Default { get; } = new(DefaultSignOffs);

    public IReadOnlyList<SignOff> SignOffs => _signOffs;

    /// <summary>The agency whose sign-off <paramref name="line"/> is, or null when it is text.</summary>
    public string? MatchSignOff(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var trimmed = Whitespace.Collapse(line);
        if (trimmed.Length is 0 or > MaxSignOffLength)
            return null;
        var folded = TextFolding.Fold(trimmed);
        foreach (var signOff in _signOffs)
        {
            if (signOff.Regex.IsMatch(folded))
                return signOff.Agency;
        }
        return null;
    }

    /// <summary>The dateline <paramref name="firstParagraph"/> opens with, or null when it has none.</summary>
    public static Dateline? ParseDateline(string firstParagraph)
    {
        ArgumentNullException.ThrowIfNull(firstParagraph);
        var head = firstParagraph.Length <= DatelineWindow ? firstParagraph : firstParagraph[..DatelineWindow];
        var match = DatelineRegex().Match(head);
        if (!match.Success)
            return null;
        var place = match.Groups["place"].Value.Trim().TrimEnd(',');
        var date = match.Groups["date"].Success ? match.Groups["date"].Value.Trim().TrimEnd('.') : null;
        var agency = match.Groups["agency"].Success ? match.Groups["agency"].Value.Trim() : null;
        var separator = match.Groups["separator"].Value;
        // A place and a dash alone ("Pero él - dijo") is prose; a dateline names a date or an agency,
        // is written in capitals, or uses the Spanish ".-".
        var placeInCapitals = Titles.IsAllCapitals(place);
        if (date is null && agency is null && !placeInCapitals && !separator.StartsWith('.'))
            return null;
        var text = match.Value.Trim().TrimEnd('-', '–', '—', ' ', '.').TrimEnd();
        return new Dateline(place, date, agency, text);
    }

    internal static Regex DayMonthRegex => DayMonth();

    internal static int? MonthNumber(string folded)
    {
        var key = folded.TrimEnd('.');
        if (_months.TryGetValue(key, out var month))
            return month;
        return key.Length > 3 && _months.TryGetValue(key[..3], out month) ? month : null;
    }

    private static readonly Dictionary<string, int> _months = new(StringComparer.Ordinal)
    {
        ["jan"] = 1, ["january"] = 1, ["ene"] = 1, ["enero"] = 1,
        ["feb"] = 2, ["february"] = 2, ["febrero"] = 2,
        ["mar"] = 3, ["march"] = 3, ["marzo"] = 3,
        ["apr"] = 4, ["april"] = 4, ["abr"] = 4, ["abril"] = 4,
        ["may"] = 5, ["mayo"] = 5,
        ["jun"] = 6, ["june"] = 6, ["junio"] = 6,
        ["jul"] = 7, ["july"] = 7, ["julio"] = 7,
        ["aug"] = 8, ["august"] = 8, ["ago"] = 8, ["agosto"] = 8,
        ["sep"] = 9, ["sept"] = 9, ["september"] = 9, ["septiembre"] = 9, ["setiembre"] = 9,
        ["oct"] = 10, ["october"] = 10, ["octubre"] = 10,
        ["nov"] = 11, ["november"] = 11, ["noviembre"] = 11,
        ["dec"] = 12, ["december"] = 12, ["dic"] = 12, ["diciembre"] = 12,
    };

    private const string Month =
        @"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?" +
        @"|ene(?:ro)?|febrero|marzo|abr(?:il)?|mayo|jun(?:io)?|jul(?:io)?|ago(?:sto)?|se(?:p|pt|t)?iembre|octubre|noviembre|dic(?:iembre)?)\.?";

    // Place: up to five capitalised words (joined by Spanish particles), then optionally a date
    // ("March 2", "2 de marzo", "23 may"), optionally the agency in brackets, then " -", "—" or ".-".
    [GeneratedRegex(
        @"^(?<place>\p{Lu}[\p{L}'’.]*(?:[ \-](?:de|del|la|las|los|el|\p{Lu}[\p{L}'’.]*)){0,4})" +
        @"(?:,\s*(?<date>(?i:" + Month + @"\s+\d{1,2}|\d{1,2}\s+(?:de\s+)?" + Month + @")))?" +
        @"\s*(?:\((?<agency>[^()]{2,30})\))?" +
        @"(?<separator>\s*\.\s*[-–—]|\s+[-–—]+|\s*[—–])(?:\s+|$)",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex DatelineRegex();

    [GeneratedRegex(@"^(?:(?<day>\d{1,2})\s+(?:de\s+)?(?<month>[a-z]+)\.?|(?<month>[a-z]+)\.?\s+(?<day>\d{1,2}))$", RegexOptions.CultureInvariant)]
    private static partial Regex DayMonth();
}

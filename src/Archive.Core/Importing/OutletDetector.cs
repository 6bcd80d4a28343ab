using System.Text.RegularExpressions;
using Archive.Core.Articles;
using Archive.Core.Text;

namespace Archive.Core.Importing;

/// <summary>Where in an article an outlet leaves its mark.</summary>
public enum OutletClueKind
{
    /// <summary>A promo or navigation line the cleaning removed ("HAZ CLIC AQUÍ PARA OBTENER LA APLICACIÓN FOX NEWS").</summary>
    RemovedLine,

    /// <summary>The start of the first paragraph ("WASHINGTON (CNN) —", "MADRID, 5 jul. (EUROPA PRESS)").</summary>
    Dateline,

    /// <summary>The end of the last paragraph, or a short last line ("— Reuters", "© EFE").</summary>
    Credit,
}

/// <summary>
/// One recognizable mark of an outlet. The pattern is matched against folded text (lower-case, no
/// accents), so it is written in plain lower-case ASCII.
/// </summary>
public sealed record OutletClue(string Outlet, OutletClueKind Kind, string Pattern)
{
    internal Regex Regex { get; } = new(Pattern, RegexOptions.CultureInvariant | RegexOptions.Compiled, TimeSpan.FromSeconds(1));
}

/// <summary>
/// Names the outlet only when the text carries one of its marks; an article that merely mentions
/// an outlet ("le dijo a CNN") gets no outlet, because a wrong outlet is worse than none.
/// </summary>
public sealed class OutletDetector(IEnumerable<OutletClue> clues)
{
    private const int DatelineWindow = 160;
    private const int CreditWindow = 120;

    private readonly OutletClue[] _clues = [.. clues];

    public static IReadOnlyList<OutletClue> DefaultClues { get; } =
    [
        new("Fox News", OutletClueKind.RemovedLine, @"\b(aplicacion|app)\s+(de\s+)?fox\s+news\b"),
        new("Fox News", OutletClueKind.RemovedLine, @"\bfox\s+news\s+(app|aplicacion)\b"),
        new("Fox News", OutletClueKind.Dateline, @"^[^.]{0,80}\(fox\s+news\)"),
        new("CNN", OutletClueKind.RemovedLine, @"\b(aplicacion|app)\s+(de\s+)?cnn(\s+en\s+espanol)?\b"),
        new("CNN", OutletClueKind.Dateline, @"^[^.]{0,80}\(cnn(\s+espanol)?\)"),
        new("Reuters", OutletClueKind.Dateline, @"^[^.]{0,80}\(reuters\)"),
        new("Reuters", OutletClueKind.Credit, @"(\(reuters\)|[—–-]\s*reuters|©\s*reuters)\.?$"),
        new("EFE", OutletClueKind.Dateline, @"^[^.]{0,80}\(efe\)"),
        new("EFE", OutletClueKind.Credit, @"(\(efe\)|©\s*efe|^[—–-]?\s*efe)\.?(\s+\d{4})?$"),
        new("Europa Press", OutletClueKind.Dateline, @"^[^(]{0,80}\(europa\s+press\)"),
        new("Europa Press", OutletClueKind.Credit, @"(\(europa\s+press\)|©\s*europa\s+press)\.?$"),
        new("AFP", OutletClueKind.Dateline, @"^[^.]{0,80}\(afp\)"),
        new("AFP", OutletClueKind.Credit, @"(\(afp\)|©\s*afp)\.?$"),
        new("Associated Press", OutletClueKind.Dateline, @"^[^.]{0,80}\((ap|associated\s+press)\)"),
        new("Associated Press", OutletClueKind.Credit, @"(©\s*(the\s+)?associated\s+press|\(ap\))\.?$"),
        new("BBC", OutletClueKind.RemovedLine, @"\b(aplicacion|app)\s+(de\s+)?bbc\b"),
    ];

    public static OutletDetector Default { get; } = new(DefaultClues);

    public IReadOnlyList<OutletClue> Clues => _clues;

    /// <summary>The outlet whose mark the article carries, or null when none does.</summary>
    public string? Detect(IReadOnlyList<string> paragraphs, IEnumerable<RemovedLine> removedLines)
    {
        ArgumentNullException.ThrowIfNull(paragraphs);
        ArgumentNullException.ThrowIfNull(removedLines);

        string? dateline = null;
        string? credit = null;
        List<string>? removed = null;
        foreach (var clue in _clues)
        {
            var found = clue.Kind switch
            {
                OutletClueKind.RemovedLine => (removed ??= [.. removedLines.Select(l => TextFolding.Fold(l.Text))]).Exists(clue.Regex.IsMatch),
                OutletClueKind.Dateline => paragraphs.Count > 0 && clue.Regex.IsMatch(dateline ??= Head(paragraphs[0])),
                OutletClueKind.Credit => paragraphs.Count > 0 && clue.Regex.IsMatch(credit ??= Tail(paragraphs[^1])),
                _ => false,
            };
            if (found)
                return clue.Outlet;
        }
        return null;
    }

    private static string Head(string paragraph) =>
        TextFolding.Fold(paragraph.Length <= DatelineWindow ? paragraph : paragraph[..DatelineWindow]);

    private static string Tail(string paragraph) =>
        TextFolding.Fold(paragraph.Length <= CreditWindow ? paragraph : paragraph[^CreditWindow..]).TrimEnd();
}

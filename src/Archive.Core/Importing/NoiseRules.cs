using System.Text.RegularExpressions;
using Archive.Core.Text;

namespace Archive.Core.Importing;

/// <summary>
/// One cleaning rule. <paramref name="Pattern"/> is matched against the whole trimmed line with
/// runs of whitespace collapsed; unless <paramref name="CaseSensitive"/>, the line is folded first
/// (lower-case, no accents), so patterns are written in plain lower-case ASCII.
/// Lines longer than <paramref name="MaxLength"/> are never noise: promos are short, paragraphs are not.
/// </summary>
public sealed record NoiseRule(string Name, string Pattern, int MaxLength, bool CaseSensitive = false)
{
    internal Regex Regex { get; } = new(
        Pattern,
        RegexOptions.CultureInvariant | RegexOptions.Compiled,
        TimeSpan.FromSeconds(1));
}

/// <summary>
/// The reviewable cleaning rules shared by every format: each rule has a name (recorded with
/// every line it removes) and decides whether a whole line is scraping noise.
/// </summary>
public sealed class NoiseRules
{
    /// <summary>Recorded for repeats of the title line; the parsers apply it, since only they know the title.</summary>
    public const string RepeatedTitle = "repeated-title";

    private readonly NoiseRule[] _rules;
    private readonly int _longestNoise;

    /// <summary>The default rules, like <see cref="Default"/>.</summary>
    public NoiseRules() : this(DefaultRules)
    {
    }

    public NoiseRules(IEnumerable<NoiseRule> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        _rules = [.. rules];
        _longestNoise = _rules.Length == 0 ? 0 : _rules.Max(r => r.MaxLength);
    }

    public static IReadOnlyList<NoiseRule> DefaultRules { get; } =
    [
        // "HAZ CLIC AQUÍ PARA OBTENER LA APLICACIÓN FOX NEWS", "Dar click aquí", "Haz clic en este enlace".
        new("promo-click", @"^(haz|has|hacer|dar|da|de|den)\s+(clic|click|clik)\s+(aqui|aca|para|en\s+(este|el|la)\s+(enlace|link|boton|imagen))\b", 160),
        new("promo-click", @"^(clic|click|clik|pincha|pulsa|presiona)\s+(aqui|aca|here)\b", 160),
        new("promo-click", @"^(click|tap)\s+here\b", 160),
        new("promo-app", @"^(descarga|descargue|descargar|download|get)\s+(la|nuestra|our|the)\b.{0,60}\b(app|aplicacion)\b", 140),
        new("promo-subscribe", @"^(suscribete|suscribase|suscribirse|subscribe|sign\s+up|registrate|registrese)\b", 120),
        new("promo-follow", @"^(siguenos|follow\s+us)\b", 120),
        new("promo-share", @"^(comparte|compartir|comparta|share)\s+(este|esta|esto|en|on|this|via|por)\b", 120),
        new("share-buttons", @"^((facebook|twitter|whatsapp|telegram|linkedin|pinterest|email|e-mail|correo|x|copiar\s+enlace|copy\s+link)[\s,|/·•]*)+$", 120),
        // "Lea también: <a headline>" carries the headline of another story, so it may run longer.
        new("read-also", @"^(lea|lee|leer|vea|ve|ver|mira|read)\s+(tambien|ademas|mas|also|more)\b", 220),
        new("read-also", @"^((tambien\s+)?te\s+puede\s+interesar|relacionad[oa]s?|related|more|read\s+more|recomendado|recomendamos)\s*:", 220),
        new("next-article", @"^(siguiente|anterior)\s+(articulo|noticia|nota)\b", 220),
        new("next-article", @"^(next|previous)\s+(article|story|post)\b", 220),
        // Navigation links are upper-case markers; "Next year…" in prose must survive, hence case-sensitive.
        new("navigation", @"^(PREV|NEXT|ANTERIOR|SIGUIENTE)\s+\S", 250, CaseSensitive: true),
        new("navigation", @"^(prev|previous|next|anterior|siguiente)\s*[:»›>|]", 250),
        new("lone-punctuation", @"^[\p{P}\p{S}]+(\s+[\p{P}\p{S}]+)*$", 40),
    ];

    public static NoiseRules Default { get; } = new(DefaultRules);

    public IReadOnlyList<NoiseRule> Rules => _rules;

    /// <summary>The name of the first rule that marks this line as noise, or null for real text.</summary>
    public string? Match(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var trimmed = line.AsSpan().Trim();
        if (trimmed.IsEmpty || trimmed.Length > _longestNoise * 2)
            return null;

        var collapsed = Whitespace.Collapse(trimmed);
        if (collapsed.Length > _longestNoise)
            return null;

        string? folded = null;
        foreach (var rule in _rules)
        {
            if (collapsed.Length > rule.MaxLength)
                continue;
            var subject = rule.CaseSensitive ? collapsed : folded ??= TextFolding.Fold(collapsed);
            if (rule.Regex.IsMatch(subject))
                return rule.Name;
        }
        return null;
    }
}

using System.Text.RegularExpressions;

namespace Archive.Core.Importing.Html;

/// <summary>
/// A named test for one kind of page chrome left in an extracted body (share bars, promos, cookie
/// text). Each rule looks at a whole block and only at short ones, so a real paragraph that merely
/// mentions "Facebook" or "cookies" is never taken for chrome.
/// </summary>
internal sealed record HtmlChromeRule(string Name, Regex Pattern, int MaxLength)
{
    public bool Matches(string block) => block.Length <= MaxLength && Pattern.IsMatch(block);
}

/// <summary>The HTML cleaning rules, kept as data so an editor can review what each one removes.</summary>
internal static class HtmlChromeRules
{
    public const string Caption = "html:caption";
    public const string TitleRepeat = "html:title-repeat";
    public const string Byline = "html:byline";
    public const string ShareBar = "html:share-bar";
    public const string Toolbar = "html:toolbar";
    public const string LinkOnly = "html:link-only";
    public const string Fragment = "html:fragment";

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking;

    public static IReadOnlyList<HtmlChromeRule> Patterns { get; } =
    [
        Rule("html:advertising", @"^(publicidad|anuncio|advertisement|advertising|sponsored|patrocinado|contenido patrocinado|sponsored content|ad)$", 40),
        Rule("html:cookies", @"^(utilizamos|usamos|este sitio|esta web|este portal|we use|we and our partners|this site|this website|our site|by clicking|by continuing|al hacer clic|si continúa|si continua|aceptar|accept|rechazar|reject|configurar|gestionar|manage|política de|cookie policy|cookie settings)\b.*\bcookies?\b", 500),
        Rule("html:subscribe", @"^(suscríbete|suscribete|suscríbase|suscribase|suscribirme|hazte suscriptor|hazte socio|subscribe|sign up|regístrate|registrate|únete a|join our|get our newsletter|apúntate)\b", 220),
        Rule("html:related", @"^(lee también|lea también|leer también|lee más|leer más|te puede interesar|también te puede interesar|le puede interesar|puede interesarte|te recomendamos|noticias relacionadas|contenido relacionado|más información|más noticias|ver también|read more|read also|also read|see also|related|related articles|related stories|recommended|recommended for you|you may also like|more on this story|most read|lo más leído)\s*(:.*|»|›)?$", 220),
        Rule("html:next-previous", @"^(«\s*)?(siguiente artículo|artículo siguiente|artículo anterior|noticia anterior|noticia siguiente|siguiente noticia|siguiente página|página siguiente|página anterior|next article|previous article|next story|previous story|next page|previous page)\b", 220),
        Rule("html:comments", @"^(\d+\s+)?(comentarios?|comments?)(\s*\(\d+\))?:?$", 40),
        Rule("html:comments", @"^(deja tu comentario|deja un comentario|escribe tu comentario|ver comentarios|ir a los comentarios|normas de participación|leave a comment|leave a reply|show comments|view comments|join the conversation|comment policy)\b", 160),
        Rule("html:follow", @"^(síguenos|siguenos|follow us|sigue a .{1,60} en|follow .{1,60} on)\b", 160),
        Rule("html:tags", @"^(archivado en|etiquetas|temas|tags|topics|sobre la firma)(\s*:.*|$)", 300),
        Rule("html:credits", @"^(foto|fotos|fotografía|imagen|vídeo|video|photo|photograph|image|credit|crédito)\s*:\s*\S", 100),
        Rule("html:copyright", @"^(©|\(c\)|copyright\b)", 300),
        Rule("html:copyright", @"(todos los derechos reservados|all rights reserved|prohibida (su|la) reproducción)", 200),
        Rule("html:page-tools", @"^(imprimir|print|guardar|save|escuchar|escuchar noticia|listen|listen to this article|copiar enlace|copy link|enviar|send|enviar por correo|enviar a un amigo|volver|volver arriba|back to top|ver más|see more|cargar más|load more|ampliar|zoom)$", 40),
        Rule("html:dateline", @"^(publicado|actualizado|updated|published|last updated|fecha de publicación)\b[^.]*\d", 80),
    ];

    /// <summary>Names (with case) of the networks and verbs a share bar is made of.</summary>
    public static IReadOnlySet<string> ShareWords { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "compartir", "comparte", "comparta", "compártelo", "share", "shares", "this", "article", "story", "esta", "este",
        "noticia", "artículo", "on", "en", "via", "por", "facebook", "twitter", "x", "whatsapp", "telegram", "linkedin",
        "pinterest", "reddit", "messenger", "flipboard", "bluesky", "threads", "email", "e-mail", "mail", "correo",
        "enviar", "copy", "copiar", "link", "enlace", "print", "imprimir", "|", "·",
    };

    public static IReadOnlySet<string> ShareTargets { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "compartir", "share", "facebook", "twitter", "whatsapp", "telegram", "linkedin", "pinterest", "reddit", "messenger",
        "flipboard", "bluesky",
    };

    private static HtmlChromeRule Rule(string name, string pattern, int maxLength) =>
        new(name, new Regex(pattern, Options), maxLength);
}

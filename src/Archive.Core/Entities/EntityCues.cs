using Archive.Core.Text;

namespace Archive.Core.Entities;

/// <summary>The cue words of cues.tsv, folded: what a word next to or inside a capitalised name says it is.</summary>
internal sealed class EntityCues
{
    private readonly Dictionary<string, HashSet<string>> _sets;

    private EntityCues(Dictionary<string, HashSet<string>> sets) => _sets = sets;

    public static EntityCues Default { get; } = Load();

    public HashSet<string> Titles => Set("title");
    public HashSet<string> Offices => Set("office");
    public HashSet<string> After => Set("after");
    public HashSet<string> PersonRelative => Set("who");
    public HashSet<string> PersonAfter => Set("personafter");
    public HashSet<string> Roles => Set("role");
    public HashSet<string> Doing => Set("doing");
    public HashSet<string> OrgHeads => Set("orghead");
    public HashSet<string> OrgSuffixes => Set("orgsuffix");
    public HashSet<string> PlaceHeads => Set("placehead");
    public HashSet<string> PlaceModifiers => Set("placemod");
    public HashSet<string> PlaceBefore => Set("placebefore");
    public HashSet<string> OrgBefore => Set("orgbefore");
    public HashSet<string> OrgAfter => Set("orgafter");
    public HashSet<string> OrgOf => Set("orgof");
    public HashSet<string> OrgKind => Set("orgkind");
    public HashSet<string> OrgPublished => Set("orgpub");
    public HashSet<string> OrgAt => Set("orgat");
    public HashSet<string> PlaceOf => Set("placeof");
    public HashSet<string> PlaceIn => Set("placein");
    public HashSet<string> PlaceAfter => Set("placeafter");
    public HashSet<string> Demonyms => Set("demonym");
    public HashSet<string> Stop => Set("stop");
    public HashSet<string> NonEntity => Set("nonentity");
    public HashSet<string> Ranks => Set("rank");
    public HashSet<string> NewspaperHeads => Set("newspaperhead");

    /// <summary>Titles that stay part of a name, or that name a saint or a place after one: the ranks and the saints' titles.</summary>
    public HashSet<string> KeptTitles { get; private init; } = [];

    /// <summary>Given names (given-names.tsv and the "given" cues): a run that opens with one is a person's name.</summary>
    public HashSet<string> GivenNames { get; } = LoadGivenNames();

    /// <summary>Function words of both languages: a capitalised one opens a sentence, it does not start a name.</summary>
    public HashSet<string> FunctionWords { get; } = BuildFunctionWords();

    private HashSet<string> Set(string kind) => _sets.TryGetValue(kind, out var set) ? set : [];

    private static EntityCues Load()
    {
        var sets = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var row in EntityData.Rows("cues.tsv"))
        {
            if (row.Length < 2)
                continue;
            if (!sets.TryGetValue(row[0], out var set))
                sets[row[0]] = set = new HashSet<string>(StringComparer.Ordinal);
            foreach (var word in row[1].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                set.Add(TextFolding.Fold(word));
        }
        return new EntityCues(sets) { KeptTitles = [.. sets.GetValueOrDefault("rank") ?? [], .. sets.GetValueOrDefault("saint") ?? []] };
    }

    private static HashSet<string> LoadGivenNames()
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in EntityData.Rows("given-names.tsv"))
            names.Add(TextFolding.Fold(row[0].Trim()));
        foreach (var row in EntityData.Rows("cues.tsv"))
        {
            if (row.Length >= 2 && row[0] == "given")
            {
                foreach (var name in row[1].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                    names.Add(TextFolding.Fold(name));
            }
        }
        return names;
    }

    private static HashSet<string> BuildFunctionWords()
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in Lucene.Net.Analysis.Es.SpanishAnalyzer.DefaultStopSet)
            words.Add(TextFolding.Fold(word));
        // Lucene's English list is only 33 words; sentence openers need the pronouns, auxiliaries and adverbs too.
        foreach (var word in EnglishFunctionWords.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            words.Add(word);
        foreach (var word in SpanishOpeners.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            words.Add(word);
        words.Remove("");
        return words;
    }

    private const string EnglishFunctionWords =
        "a an the and or but if then else when while where why how what which who whom whose this that these those " +
        "i me my we us our you your he him his she her it its they them their there here is are was were be been being " +
        "have has had do does did will would shall should can could may might must not no nor so too very just also " +
        "of in on at by for with about against between into through during before after above below to from up down out " +
        "off over under again further once all any both each few more most other some such only own same than " +
        "as until because since although though unless whether yet still even however meanwhile instead despite " +
        "according after before now today yesterday tomorrow last next new many much several every another one two three " +
        "first second third many most last later earlier already never always often sometimes perhaps maybe please " +
        "like unlike via per mr mrs ms i'm i've i'll i'd i’m i’ve i’ll i’d";

    private const string SpanishOpeners =
        "segun ademas sin embargo asi aunque mientras luego despues antes ahora hoy ayer manana tambien tampoco incluso " +
        "entonces pero porque pues cuando donde como que cual quien quienes cuyo este esta estos estas ese esa esos esas " +
        "aquel aquella aquellos aquellas otro otra otros otras todo toda todos todas cada varios varias muchos muchas " +
        "algunos algunas ningun ninguna uno una unos unas dos tres primer primero primera segundo segunda ultimo ultima " +
        "nuevo nueva nuevos nuevas gran grandes mayor menor mejor peor hay fue era es son ser estar sera seria hace " +
        "tras ante bajo desde hacia hasta mediante durante contra entre para por sobre con sin al del lo la las los el " +
        "le les se su sus mi mis tu tus nos yo usted ustedes ellos ellas nosotros vosotros si no ni ya aun solo casi " +
        "mas menos muy tan tanto bien mal aqui alli ahi asimismo finalmente igualmente ojala quizas quiza tal";
}

using System.Globalization;
using Archive.Core.Text;

namespace Archive.Core.Entities;

/// <summary>
/// Every known name of every concept in a token trie keyed by folded words, built once from the embedded data:
/// countries (i18n-iso-countries), the hand-written curated list, then cities (GeoNames). A text is matched
/// word by word, longest name first, with no backtracking. Capitals matter: an all-capitals name ("WHO", "US")
/// matches only in capitals, a capitalised one only capitalised, so "who" and "us" stay words.
/// </summary>
internal sealed class Gazetteer
{
    private readonly Node _root = new();
    private readonly Dictionary<string, GazetteerConcept> _byKey = new(StringComparer.Ordinal);

    public static Gazetteer Default { get; } = Load();

    /// <summary>
    /// Towns below the cities' population cut (towns.tsv): many share a name with a word or a person, so the extractor
    /// takes one for a place only where the text says it is one ("in Stamford", "Stamford, Connecticut").
    /// </summary>
    public static Gazetteer Towns { get; } = LoadTowns(Default);

    public int ConceptCount => _byKey.Count;

    public GazetteerConcept? Find(string key) => _byKey.GetValueOrDefault(key);

    /// <summary>The longest name starting at <paramref name="start"/> that ends at or before <paramref name="end"/>.</summary>
    public (GazetteerConcept Concept, int Length)? Match(List<NameToken> tokens, int start, int end)
    {
        var node = _root;
        (GazetteerConcept, int)? best = null;
        for (var i = start; i < end; i++)
        {
            var token = tokens[i];
            if (!node.Next.TryGetValue(token.Folded, out var edge) || !edge.Accepts(token))
                break;
            node = edge.Node;
            if (node.Concept is { } concept)
                best = (concept, i - start + 1);
        }
        return best;
    }

    private void Add(GazetteerConcept concept, string name)
    {
        var tokens = NameTokenizer.Tokenize(name);
        if (tokens.Count == 0)
            return;
        var node = _root;
        foreach (var token in tokens)
        {
            if (!node.Next.TryGetValue(token.Folded, out var edge))
                node.Next[token.Folded] = edge = new Edge(new Node(), token.Kind);
            else if (token.Kind < edge.Kind)
                node.Next[token.Folded] = edge = edge with { Kind = token.Kind };
            node = edge.Node;
        }
        // The first concept to claim a name keeps it: countries, then curated, then cities.
        node.Concept ??= concept;
    }

    private static Gazetteer Load()
    {
        var gazetteer = new Gazetteer();
        var countries = new Dictionary<string, (List<string> Es, List<string> En)>(StringComparer.Ordinal);
        foreach (var row in EntityData.Rows("countries.tsv"))
            countries["country:" + row[0]] = ([.. Names(row[1])], [.. Names(row[2])]);

        var concepts = new List<(GazetteerConcept Concept, IEnumerable<string> Names)>();
        var curated = new Dictionary<string, (EntityType Type, List<string> Es, List<string> En)>(StringComparer.Ordinal);
        foreach (var row in EntityData.Rows("curated.tsv"))
        {
            if (row.Length < 4 || !EntityTypes.TryParse(row[0], out var type))
                continue;
            curated[row[1]] = (type, [.. Names(row[2])], [.. Names(row[3])]);
        }
        // Curated names of a country come first: "Corea del Norte" is the label, the ISO names stay aliases.
        foreach (var (key, (isoEs, isoEn)) in countries)
        {
            var (es, en) = (isoEs, isoEn);
            if (curated.Remove(key, out var extra))
            {
                es = [.. extra.Es, .. es];
                en = [.. extra.En, .. en];
            }
            concepts.Add((new GazetteerConcept(EntityType.Place, key, es.FirstOrDefault() ?? en[0], en[0]), [.. en, .. es]));
        }
        foreach (var (key, (type, es, en)) in curated)
            concepts.Add((new GazetteerConcept(type, key, es.FirstOrDefault() ?? en[0], en.FirstOrDefault() ?? es[0]), [.. es, .. en]));
        foreach (var (concept, names) in concepts)
        {
            gazetteer._byKey[concept.Key] = concept;
            foreach (var name in names)
                gazetteer.Add(concept, name);
        }

        AddGeoNames(gazetteer, gazetteer, "cities.tsv");
        return gazetteer;
    }

    private static Gazetteer LoadTowns(Gazetteer known)
    {
        var towns = new Gazetteer();
        AddGeoNames(towns, known, "towns.tsv");
        return towns;
    }

    /// <summary>A GeoNames list's places ("id\tname" rows) into <paramref name="target"/>, but no name <paramref name="known"/> already holds whole.</summary>
    private static void AddGeoNames(Gazetteer target, Gazetteer known, string file)
    {
        foreach (var row in EntityData.Rows(file))
        {
            if (row.Length < 2)
                continue;
            var tokens = NameTokenizer.Tokenize(row[1]);
            if (tokens.Count == 0 || known.Match(tokens, 0, tokens.Count) is { } match && match.Length == tokens.Count)
                continue;
            var concept = new GazetteerConcept(EntityType.Place, "geonames:" + row[0], row[1], row[1]);
            target._byKey[concept.Key] = concept;
            target.Add(concept, row[1]);
        }
    }

    private static string[] Names(string field) =>
        field.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public override string ToString() => ConceptCount.ToString(CultureInfo.InvariantCulture) + " concepts";

    private sealed class Node
    {
        public Dictionary<string, Edge> Next { get; } = new(StringComparer.Ordinal);
        public GazetteerConcept? Concept { get; set; }
    }

    /// <summary>A word of a name and the least capitalisation a text's word needs to match it.</summary>
    private sealed record Edge(Node Node, NameTokenKind Kind)
    {
        public bool Accepts(NameToken token) => Kind switch
        {
            NameTokenKind.AllCaps => token.IsAllCaps,
            NameTokenKind.Capitalized => token.IsCapitalized,
            _ => true,
        };
    }
}

using Archive.Core.Text;

namespace Archive.Core.Entities;

/// <summary>The entities of one article as its evidence joins mentions: by concept, by fuller name, by initials.</summary>
internal sealed class FoundEntities
{
    private static readonly HashSet<string> _particles = new(StringComparer.Ordinal)
    {
        "de", "del", "la", "las", "los", "el", "y", "e", "of", "the", "and", "van", "von", "der", "den", "da", "do", "dos", "di", "du", "le", "bin", "ibn", "al", "jr.", "jr", "sr.",
    };

    private readonly Dictionary<string, FoundEntity> _byKey = new(StringComparer.Ordinal);
    private readonly List<Mention> _unresolved = [];

    /// <summary>
    /// The entities by the words of their names, so that a single word finds its person or organisation without a
    /// pass over every entity: a reference list alone can give an article hundreds of people. A word an entity's
    /// name no longer holds, or an entity merged away, stays listed and is checked at look-up.
    /// </summary>
    private readonly Dictionary<string, List<FoundEntity>> _byWord = new(StringComparer.Ordinal);

    public List<FoundEntity> Entities { get; } = [];

    public void AddConcept(GazetteerConcept concept, string surface)
    {
        if (!_byKey.TryGetValue(concept.Key, out var entity))
        {
            entity = new FoundEntity(concept.Type, concept.Key, concept.Slug, concept.LabelEs, concept.LabelEn, surface, [TextFolding.Fold(surface)]);
            _byKey[concept.Key] = entity;
            Entities.Add(entity);
        }
        entity.Saw(surface, [TextFolding.Fold(surface)]);
        Index(entity);
    }

    public void AddName(EntityType type, string surface, string[] tokens)
    {
        var slug = Slugs.FromTitle(surface, Entity.SlugMaxLength);
        var key = type.Name() + "/" + slug;
        if (!_byKey.TryGetValue(key, out var entity))
        {
            entity = new FoundEntity(type, key, slug, surface, surface, surface, tokens);
            _byKey[key] = entity;
            Entities.Add(entity);
        }
        entity.Saw(surface, tokens);
        Index(entity);
    }

    private void Index(FoundEntity entity)
    {
        if (entity.Tokens.Length < 2)
            return;
        foreach (var word in entity.Tokens)
        {
            if (word.Length < 2 || _particles.Contains(word))
                continue;
            if (!_byWord.TryGetValue(word, out var list))
                _byWord[word] = list = [];
            if (list.Count == 0 || !ReferenceEquals(list[^1], entity))
                list.Add(entity);
        }
    }

    /// <summary>
    /// The live entities whose name holds the word, in the order they were found (one may come twice). A struct
    /// enumeration: it runs for every single-word mention, and an iterator allocated each time.
    /// </summary>
    private LiveEntities WithWord(string word) => new(this, word, _byWord.GetValueOrDefault(word));

    private bool IsLive(FoundEntity entity, string word) =>
        _byKey.TryGetValue(entity.Key, out var live) && ReferenceEquals(live, entity) && Array.IndexOf(entity.Tokens, word) >= 0;

    private readonly struct LiveEntities(FoundEntities owner, string word, List<FoundEntity>? list)
    {
        public Enumerator GetEnumerator() => new(owner, word, list);

        public struct Enumerator(FoundEntities owner, string word, List<FoundEntity>? list)
        {
            private int _next;

            public FoundEntity Current { get; private set; } = null!;

            public bool MoveNext()
            {
                while (list is not null && _next < list.Count)
                {
                    var entity = list[_next++];
                    if (owner.IsLive(entity, word))
                    {
                        Current = entity;
                        return true;
                    }
                }
                return false;
            }
        }
    }

    /// <summary>"López Obrador" is the "Andrés Manuel López Obrador" the article named in full.</summary>
    public void MergeShorterPersons()
    {
        var persons = Entities.Where(e => e.Type == EntityType.Person).OrderByDescending(e => e.Tokens.Length).ToList();
        for (var i = persons.Count - 1; i >= 0; i--)
        {
            var shorter = persons[i];
            for (var j = 0; j < i; j++)
            {
                var longer = persons[j];
                // "a Margaret Hamilton Lego minifigure": a name seen once with one word more after a name seen more often
                // is that name and a word about it, not a fuller name.
                if (longer.Tokens.Length == shorter.Tokens.Length + 1 && shorter.Tokens.Length >= 2 && shorter.Mentions > longer.Mentions
                    && longer.Mentions == 1 && longer.Tokens.AsSpan().StartsWith(shorter.Tokens))
                {
                    shorter.Mentions += longer.Mentions;
                    Remove(longer);
                    persons.RemoveAt(j);
                    i--;
                    break;
                }
                if (longer.Tokens.Length > shorter.Tokens.Length && Contains(longer.Tokens, shorter.Tokens))
                {
                    longer.Mentions += shorter.Mentions;
                    Remove(shorter);
                    break;
                }
            }
        }
    }

    /// <summary>
    /// "Defense Department" is the "Department of Defense" the article also wrote, and "Policy Center" the "Acme Policy
    /// Center": an organisation's name written the other way round, or the end of a longer one, is the same body.
    /// </summary>
    public void MergeOrganizationForms()
    {
        var organizations = Entities.Where(e => e.Type == EntityType.Organization && e.Tokens.Length >= 2 && e.Key.StartsWith("organization/", StringComparison.Ordinal)).ToList();
        if (organizations.Count < 2)
            return;
        // Both forms end, or the inverted one starts, with the head word: only names sharing it are compared.
        var byWord = new Dictionary<string, List<FoundEntity>>(StringComparer.Ordinal);
        foreach (var organization in organizations)
        {
            Add(byWord, organization.Tokens[^1], organization);
            if (organization.Tokens[0] != organization.Tokens[^1])
                Add(byWord, organization.Tokens[0], organization);
        }
        foreach (var a in organizations)
        {
            foreach (var b in byWord[a.Tokens[^1]])
            {
                if (ReferenceEquals(a, b) || !_byKey.ContainsKey(a.Key) || !_byKey.ContainsKey(b.Key))
                    continue;
                if (IsInverted(a.Tokens, b.Tokens) || (b.Tokens.Length > a.Tokens.Length && b.Tokens.AsSpan().EndsWith(a.Tokens)))
                {
                    b.Mentions += a.Mentions;
                    Remove(a);
                    break;
                }
            }
            // The shorter form starts the longer one: it is listed under its first word.
            if (!_byKey.ContainsKey(a.Key) || a.Mentions != 1)
                continue;
            foreach (var b in byWord[a.Tokens[0]])
            {
                if (!ReferenceEquals(a, b) && _byKey.ContainsKey(b.Key) && IsOnceLonger(a, b))
                {
                    b.Mentions += a.Mentions;
                    Remove(a);
                    break;
                }
            }
        }

        static void Add(Dictionary<string, List<FoundEntity>> byWord, string word, FoundEntity entity)
        {
            if (!byWord.TryGetValue(word, out var list))
                byWord[word] = list = [];
            list.Add(entity);
        }
    }

    /// <summary>
    /// "Acme Images News" seen once beside "Acme Images" seen more often: the same body with a word about it, as with people.
    /// </summary>
    private static bool IsOnceLonger(FoundEntity a, FoundEntity b) =>
        a.Mentions == 1 && b.Mentions > 1 && a.Tokens.Length == b.Tokens.Length + 1 && b.Tokens.Length >= 2 && a.Tokens.AsSpan().StartsWith(b.Tokens);

    /// <summary>[X…, Head] against [Head, "of", X…].</summary>
    private static bool IsInverted(string[] a, string[] b) =>
        b.Length == a.Length + 1 && b[1] == "of" && a[^1] == b[0] && a.AsSpan(0, a.Length - 1).SequenceEqual(b.AsSpan(2));

    /// <summary>The person whose name holds this word ("Kim", "Putin"): the most mentioned one when several do.</summary>
    public FoundEntity? PersonWith(string word)
    {
        if (_particles.Contains(word) || word.Length < 2)
            return null;
        FoundEntity? best = null;
        foreach (var entity in WithWord(word))
        {
            if (entity.Type == EntityType.Person && entity.Tokens.Length > 1 && (best is null || entity.Mentions > best.Mentions))
                best = entity;
        }
        return best;
    }

    /// <summary>The organisation whose name holds this word ("Harvard" for "Harvard University").</summary>
    public FoundEntity? OrganizationWith(string word)
    {
        if (_particles.Contains(word) || word.Length < 3)
            return null;
        foreach (var entity in WithWord(word))
        {
            if (entity.Type == EntityType.Organization && entity.Tokens.Length > 1)
                return entity;
        }
        return null;
    }

    /// <summary>"PRI" is the "Partido Revolucionario Institucional" the article spelled out.</summary>
    public FoundEntity? OrganizationWithInitials(string acronym)
    {
        var letters = new string(TextFolding.Fold(acronym).Where(char.IsLetter).ToArray());
        if (letters.Length < 2)
            return null;
        foreach (var entity in Entities)
        {
            if (entity.Type != EntityType.Organization || entity.Tokens.Length < 2)
                continue;
            var initials = new string(entity.Tokens.Where(t => !_particles.Contains(t) && t.Length > 0 && char.IsLetter(t[0])).Select(t => t[0]).ToArray());
            if (initials == letters)
                return entity;
        }
        return null;
    }

    /// <summary>"RMS" is the "Richard M. Stallman" the article named in full: the first letters of every word of the name.</summary>
    public FoundEntity? PersonWithInitials(string acronym)
    {
        var letters = TextFolding.Fold(acronym);
        foreach (var entity in Entities)
        {
            if (entity.Type != EntityType.Person || entity.Tokens.Length != letters.Length)
                continue;
            var match = true;
            for (var k = 0; k < letters.Length && match; k++)
                match = entity.Tokens[k].Length > 0 && entity.Tokens[k][0] == letters[k];
            if (match)
                return entity;
        }
        return null;
    }

    /// <summary>Each person's name written as handles write it: "marcoarment", "mthrelkeld", "marco" and "arment" for "Marco Arment".</summary>
    private Dictionary<string, FoundEntity>? _handles;

    /// <summary>
    /// The person named in full whose handle this is: the name's words run together ("marcoarment"), its given name and
    /// surname without the middle ("nelsonschwartz"), its first initial and surname ("s_bielefeld", "sbielefeld") or its surname alone. Handles are looked up once a person's names are known.
    /// </summary>
    public FoundEntity? PersonWithHandle(string[] handle)
    {
        if (_handles is null)
        {
            _handles = new Dictionary<string, FoundEntity>(StringComparer.Ordinal);
            foreach (var entity in Entities)
            {
                if (entity.Type != EntityType.Person || entity.Tokens.Length < 2)
                    continue;
                var first = entity.Tokens[0];
                var last = entity.Tokens[^1];
                if (first.Length == 0 || last.Length < 3)
                    continue;
                _handles.TryAdd(string.Concat(entity.Tokens), entity);
                _handles.TryAdd(first + last, entity);
                _handles.TryAdd(first[0] + last, entity);
                _handles.TryAdd(last, entity);
            }
        }
        var key = string.Concat(handle.Where(t => t != "_"));
        return _handles.TryGetValue(key, out var person) && _byKey.ContainsKey(person.Key) ? person : null;
    }

    public void Unresolved(Mention mention) => _unresolved.Add(mention);

    /// <summary>One capitalised word with no cue and no fuller name: Aleph drops it, and so does the archive.</summary>
    public void ResolveLeftovers()
    {
        foreach (var mention in _unresolved)
        {
            if (mention.Tokens.Length == 1 && PersonWith(mention.Tokens[0]) is { } person)
                person.Mentions++;
            else if (mention.Tokens.Length > 1 && Containing(mention.Tokens) is { } containing)
                containing.Mentions++;
        }
        _unresolved.Clear();
    }

    /// <summary>An entity whose name holds these words in a row, looked up by one of them that the index keeps.</summary>
    private FoundEntity? Containing(string[] words)
    {
        foreach (var word in words)
        {
            if (word.Length < 2 || _particles.Contains(word))
                continue;
            foreach (var entity in WithWord(word))
            {
                if (entity.Tokens.Length >= words.Length && Contains(entity.Tokens, words))
                    return entity;
            }
            return null;
        }
        return Entities.FirstOrDefault(e => e.Tokens.Length >= words.Length && Contains(e.Tokens, words));
    }

    /// <summary>The longest known entity name starting at token <paramref name="start"/>, or a person's single name word.</summary>
    public (FoundEntity Entity, int Length)? MatchName(List<NameToken> tokens, int start)
    {
        (FoundEntity, int)? best = null;
        foreach (var entity in Entities)
        {
            var name = entity.Tokens;
            if (name.Length <= (best?.Item2 ?? 0) || start + name.Length > tokens.Count)
                continue;
            var match = true;
            for (var k = 0; k < name.Length && match; k++)
                match = tokens[start + k].Folded == name[k];
            if (match)
                best = (entity, name.Length);
        }
        if (best is null && PersonWith(tokens[start].Folded) is { } person)
            best = (person, 1);
        return best;
    }

    private void Remove(FoundEntity entity)
    {
        Entities.Remove(entity);
        _byKey.Remove(entity.Key);
    }

    private static bool Contains(string[] longer, string[] shorter) => longer.AsSpan().IndexOf(shorter) >= 0;
}

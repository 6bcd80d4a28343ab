namespace Archive.Core.Search;

/// <summary>Field names of an article's document in the index.</summary>
internal static class SearchFields
{
    public const string Id = "id";
    public const string IdSort = "id_num";
    public const string Slug = "slug";
    public const string Language = "lang";
    public const string Outlet = "outlet";
    public const string OutletKey = "outlet_key";
    public const string Tag = "tag";

    /// <summary>Both labels of each tag, folded whole (<see cref="Tagging.TagLabels.Fold"/>): a query matches a label only entirely.</summary>
    public const string TagLabel = "tag_label";

    /// <summary>Stored per tag: slug and both folded labels, so hits and exports name tags without the database.</summary>
    public const string TagStored = "tag_ref";
    /// <summary>Each named entity as "type/slug" (<c>person/kim-jong-un</c>), for the <c>entity=</c> filter.</summary>
    public const string Entity = "entity";

    /// <summary>Doc values of entity slugs, one field per type, for the person, place and organization facets.</summary>
    public static string EntityFacet(Entities.EntityType type) => "entity_" + Entities.EntityTypes.Name(type);

    public const string Date = "date";

    /// <summary>The story (its first article's id) of an article with known syndicated copies: term and doc value.</summary>
    public const string Story = "story";

    /// <summary>Present (value <see cref="InStoryValue"/>) only on articles in a story of copies.</summary>
    public const string InStory = "in_story";
    public const string InStoryValue = "1";
    public const string ImportedAt = "imported";
    public const string PublishedAt = "published";
    public const string WordCount = "words";
    public const string Title = "title";
    public const string Paragraph = "para";

    /// <summary>Who wrote it, exact words (folded), for <c>byline:</c>.</summary>
    public const string Byline = "byline";

    /// <summary>The published day as yyyymmdd (indexed for ranges); absent when the source gave no date.</summary>
    public const string PublishedDay = "pub_day";

    /// <summary>The published day, or the import day when there is none, as yyyymmdd: date filters the user asked to fall back.</summary>
    public const string AnyDay = "any_day";

    /// <summary>Doc values yyyymm beside each day field, for the date facet.</summary>
    public const string PublishedMonth = "pub_month";
    public const string AnyMonth = "any_month";

    public static string DayField(SearchDateBasis basis) => basis == SearchDateBasis.PublishedOrImported ? AnyDay : PublishedDay;

    public static string MonthField(SearchDateBasis basis) => basis == SearchDateBasis.PublishedOrImported ? AnyMonth : PublishedMonth;

    public static int DayNumber(DateOnly day) => (day.Year * 10_000) + (day.Month * 100) + day.Day;

    public static int DayNumber(DateTime date) => DayNumber(DateOnly.FromDateTime(date));

    public static int MonthNumber(DateTime date) => (date.Year * 100) + date.Month;

    /// <summary>
    /// Keyword fields (sorted or sorted-set doc values) the facet collector counts for every search.
    /// A new facet needs only its doc values field here and a property in <see cref="SearchFacets"/>.
    /// </summary>
    public static readonly IReadOnlyList<string> KeywordFacets =
        [Language, Outlet, Tag, .. Entities.EntityTypes.All.Select(EntityFacet)];

    public const string TitleExact = "title_exact";
    public const string BodyExact = "body_exact";

    /// <summary>The languages with a stemmed field pair; other articles are found through the exact fields only.</summary>
    public static readonly IReadOnlyList<string> StemmedLanguages = ["es", "en"];

    public static string TitleStemmed(string language) => "title_" + language;
    public static string BodyStemmed(string language) => "body_" + language;

    /// <summary>
    /// Sorted-set doc values per article, one per distinct body stem (stopwords and words without a
    /// letter left out): <c>stem</c>, <see cref="WordSeparator"/>, and the form the article wrote it in most often.
    /// What top words count; the archive side is the stem's document frequency in <see cref="BodyStemmed"/>.
    /// </summary>
    public static string WordStems(string language) => "stems_" + language;

    public const char WordSeparator = '\u0001';

    public static bool HasStemmer(string language) => language is "es" or "en";

    public static readonly ISet<string> StoredForHits = new HashSet<string>
    {
        Id, Slug, Language, Outlet, ImportedAt, PublishedAt, WordCount, Title, Paragraph, TagStored,
    };
}

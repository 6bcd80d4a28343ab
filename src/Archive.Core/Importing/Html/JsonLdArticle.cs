using System.Net;
using System.Text.Json;
using AngleSharp.Dom;
using Archive.Core.Text;

namespace Archive.Core.Importing.Html;

/// <summary>The fields of a page's schema.org article object (JSON-LD) that the archive keeps.</summary>
internal sealed record JsonLdArticle(
    string? Headline,
    IReadOnlyList<string> Authors,
    string? DatePublished,
    string? DateModified,
    string? PublisherName,
    string? Language,
    string? Url)
{
    private const int MaxDepth = 16;

    private static readonly HashSet<string> ArticleTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "NewsArticle", "Article", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle",
        "BackgroundNewsArticle", "ReviewNewsArticle", "AskPublicNewsArticle", "BlogPosting", "Report",
    };

    private static readonly JsonDocumentOptions LenientJson = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
        MaxDepth = 64,
    };

    /// <summary>The first article object in the page's JSON-LD blocks; malformed blocks are skipped.</summary>
    public static JsonLdArticle? Find(IDocument document)
    {
        foreach (var script in document.QuerySelectorAll("script[type]"))
        {
            if (!string.Equals(script.GetAttribute("type")?.Trim(), "application/ld+json", StringComparison.OrdinalIgnoreCase))
                continue;

            var found = TryRead(script.TextContent);
            if (found is not null)
                return found;
        }

        return null;
    }

    private static JsonLdArticle? TryRead(string json)
    {
        try
        {
            using var parsed = JsonDocument.Parse(json, LenientJson);
            return FindArticle(parsed.RootElement, 0);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static JsonLdArticle? FindArticle(JsonElement node, int depth)
    {
        if (depth > MaxDepth)
            return null;

        if (node.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in node.EnumerateArray())
            {
                var found = FindArticle(item, depth + 1);
                if (found is not null)
                    return found;
            }

            return null;
        }

        if (node.ValueKind != JsonValueKind.Object)
            return null;

        if (IsArticle(node))
            return Read(node);

        foreach (var container in (string[])["@graph", "mainEntity", "itemListElement"])
        {
            if (node.TryGetProperty(container, out var inner))
            {
                var found = FindArticle(inner, depth + 1);
                if (found is not null)
                    return found;
            }
        }

        return null;
    }

    private static bool IsArticle(JsonElement node)
    {
        if (!node.TryGetProperty("@type", out var type))
            return false;

        return type.ValueKind switch
        {
            JsonValueKind.String => ArticleTypes.Contains(type.GetString()!),
            JsonValueKind.Array => type.EnumerateArray().Any(t => t.ValueKind == JsonValueKind.String && ArticleTypes.Contains(t.GetString()!)),
            _ => false,
        };
    }

    private static JsonLdArticle Read(JsonElement article) => new(
        Headline: Text(article, "headline") ?? Text(article, "name"),
        Authors: Names(article, "author"),
        DatePublished: Text(article, "datePublished") ?? Text(article, "dateCreated"),
        DateModified: Text(article, "dateModified"),
        PublisherName: Names(article, "publisher").FirstOrDefault(),
        Language: Text(article, "inLanguage"),
        Url: Text(article, "url") ?? Reference(article, "mainEntityOfPage"));

    private static string? Text(JsonElement node, string property)
    {
        if (!node.TryGetProperty(property, out var value))
            return null;

        var text = value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Array => value.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()).FirstOrDefault(),
            JsonValueKind.Object => Text(value, "name") ?? Text(value, "@value"),
            _ => null,
        };
        return Clean(text);
    }

    // mainEntityOfPage is either the address itself or a WebPage object identified by @id/url.
    private static string? Reference(JsonElement node, string property)
    {
        if (!node.TryGetProperty(property, out var value))
            return null;

        return value.ValueKind switch
        {
            JsonValueKind.String => Clean(value.GetString()),
            JsonValueKind.Object => Text(value, "@id") ?? Text(value, "url"),
            _ => null,
        };
    }

    // author and publisher come as a string, an object with a name, or an array of either.
    private static List<string> Names(JsonElement node, string property)
    {
        var names = new List<string>();
        if (node.TryGetProperty(property, out var value))
            CollectNames(value, names, 0);
        return names;
    }

    private static void CollectNames(JsonElement value, List<string> names, int depth)
    {
        if (depth > 4)
            return;

        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                AddName(value.GetString(), names);
                break;
            case JsonValueKind.Object:
                AddName(Text(value, "name"), names);
                break;
            case JsonValueKind.Array:
                foreach (var item in value.EnumerateArray())
                    CollectNames(item, names, depth + 1);
                break;
        }
    }

    private static void AddName(string? name, List<string> names)
    {
        var clean = Clean(name);
        if (clean is not null && ArticleFields.AbsoluteWebAddress(clean) is null && !names.Contains(clean, StringComparer.OrdinalIgnoreCase))
            names.Add(clean);
    }

    // Some sites HTML-encode the strings inside their JSON-LD ("Putin &amp; Kim").
    private static string? Clean(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return null;

        var clean = Whitespace.Collapse(WebUtility.HtmlDecode(text));
        return clean.Length == 0 ? null : clean;
    }
}

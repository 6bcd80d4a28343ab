using Archive.Core.Tagging;

namespace Archive.Web.Api;

/// <summary>GET /api/tags (the vocabulary with counts) and GET /api/tags/suggest?q= (autocomplete for the article page).</summary>
public static class TagsApi
{
    public sealed record TagItem(string Slug, string LabelEs, string LabelEn, int ArticleCount);

    public sealed record TagRefItem(string Slug, string LabelEs, string LabelEn);

    public static IEndpointRouteBuilder MapTagsApi(this IEndpointRouteBuilder app)
    {
        var tags = app.MapGroup("/api/tags");
        tags.MapGet("/", async (TagService service, CancellationToken cancellationToken) =>
            TypedResults.Ok((await service.ListTagsAsync(TagListSort.Slug, cancellationToken))
                .Select(t => new TagItem(t.Slug, t.LabelEs, t.LabelEn, t.ArticleCount)).ToList()));
        tags.MapGet("/suggest", async (string? q, TagService service, CancellationToken cancellationToken) =>
            TypedResults.Ok((await service.SuggestAsync(q ?? "", 10, cancellationToken)).Select(Ref).ToList()));
        return app;
    }

    public static TagRefItem Ref(TagRef tag) => new(tag.Slug, tag.LabelEs, tag.LabelEn);
}

using Archive.Core.Tagging;

namespace Archive.Core.Search;

/// <summary>
/// Adds or removes a tag on every article a search matches: the whole result set from the index, not a
/// page of it. Preview and apply each compute the set afresh, so apply acts on what matches then.
/// </summary>
public sealed class SearchBulkTagging(ArticleSearch search, TagService tags)
{
    /// <summary>Beyond this a search is too broad to tag at once; narrowing it is the answer.</summary>
    public const int MaxArticles = 100_000;

    /// <param name="tag">A slug (current or old) or a label in either language.</param>
    public async Task<BulkTagPreview> PreviewAsync(
        SearchRequest request, string? tag, BulkTagOperation operation, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var found = await ResolveAsync(tag, cancellationToken);
        if (found is null)
            return new BulkTagPreview(BulkTagCode.TagNotFound, operation);
        if (NothingSearchable(request))
            return new BulkTagPreview(BulkTagCode.NothingSearchable, operation, found);

        var matching = search.MatchingIds(request, MaxArticles);
        if (!matching.Complete)
            return new BulkTagPreview(BulkTagCode.TooMany, operation, found, matching.Total);
        var carrying = await tags.CountCarryingAsync([.. matching.Ids], found.Id, cancellationToken);
        return new BulkTagPreview(BulkTagCode.Ok, operation, found, matching.Total, carrying);
    }

    /// <param name="previewedMatching">The <see cref="BulkTagPreview.Matching"/> the editor confirmed.</param>
    public async Task<BulkTagOutcome> ApplyAsync(
        SearchRequest request, int tagId, BulkTagOperation operation, int previewedMatching, TagActor actor,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(actor);
        var tag = await tags.FindByIdAsync(tagId, cancellationToken);
        if (tag is null)
            return new BulkTagOutcome(BulkTagCode.TagNotFound, operation);
        var found = new TagRef(tag.Id, tag.Slug, tag.LabelEs, tag.LabelEn);
        if (NothingSearchable(request))
            return new BulkTagOutcome(BulkTagCode.NothingSearchable, operation, found);

        var matching = search.MatchingIds(request, MaxArticles);
        var resultChanged = matching.Total != previewedMatching;
        if (!matching.Complete)
            return new BulkTagOutcome(BulkTagCode.TooMany, operation, found, matching.Total, ResultChanged: resultChanged);

        var result = operation == BulkTagOperation.Add
            ? await tags.BulkTagAsync([.. matching.Ids], tagId, actor, cancellationToken)
            : await tags.BulkUntagAsync([.. matching.Ids], tagId, actor, cancellationToken);
        return result.Succeeded
            ? new BulkTagOutcome(BulkTagCode.Ok, operation, found, matching.Total, result.ArticlesAffected, resultChanged)
            : new BulkTagOutcome(BulkTagCode.TagNotFound, operation);
    }

    private async Task<TagRef?> ResolveAsync(string? text, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(text))
            return null;
        if (await tags.FindBySlugAsync(text, cancellationToken) is { } lookup)
            return new TagRef(lookup.Tag.Id, lookup.Tag.Slug, lookup.Tag.LabelEs, lookup.Tag.LabelEn);
        return (await tags.TagLabelsMatchingAsync([text], cancellationToken)).Select(m => m.Tag).FirstOrDefault();
    }

    private static bool NothingSearchable(SearchRequest request) =>
        !string.IsNullOrWhiteSpace(request.Query) && ArticleSearch.Parse(request.Query).IsEmpty;
}

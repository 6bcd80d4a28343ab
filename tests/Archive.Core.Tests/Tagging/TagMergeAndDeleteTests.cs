using Archive.Core.Tagging;
using Microsoft.EntityFrameworkCore;

namespace Archive.Core.Tests.Tagging;

public sealed class TagMergeAndDeleteTests : TaggingDatabase
{
    [Fact]
    public async Task Merge_moves_articles_to_the_target_without_duplicates()
    {
        var a = await AddArticlesAsync(5);
        var dprk = await CreateTagAsync("RPDC", "DPRK");
        var northKorea = await CreateTagAsync("Corea del Norte", "North Korea");
        await Tags.BulkTagAsync([a[0], a[1], a[2]], dprk.Id, Ana);
        await Tags.BulkTagAsync([a[2], a[3]], northKorea.Id, Ben);

        var result = await Tags.MergeAsync(dprk.Id, northKorea.Id, Ana);

        Assert.Equal(TagEditCode.Ok, result.Code);
        Assert.Equal(3, result.ArticlesAffected);
        Assert.Equal(4, result.Tag!.ArticleCount);
        Assert.Equal(a[..4], await ArticlesCarryingAsync(northKorea.Id));
        Assert.Null(await Tags.FindByIdAsync(dprk.Id));
        Assert.Equal(0, await Db.ArticleTags.CountAsync(at => at.TagId == dprk.Id));
        Assert.Equal(4, await Tags.CountArticlesAsync(northKorea.Id));
    }

    [Fact]
    public async Task Merge_keeps_who_tagged_the_moved_articles_and_when()
    {
        var a = await AddArticlesAsync(1);
        var dprk = await CreateTagAsync("RPDC", "DPRK");
        var northKorea = await CreateTagAsync("Corea del Norte", "North Korea");
        var taggedAt = Clock.GetUtcNow().UtcDateTime;
        await Tags.TagArticleAsync(a[0], dprk.Id, Ben);
        Clock.Advance(TimeSpan.FromDays(1));

        await Tags.MergeAsync(dprk.Id, northKorea.Id, Ana);

        var moved = await Db.ArticleTags.AsNoTracking().SingleAsync();
        Assert.Equal(northKorea.Id, moved.TagId);
        Assert.Equal(Ben.UserId, moved.TaggedBy);
        Assert.Equal(taggedAt, moved.TaggedAt);
    }

    [Fact]
    public async Task Merge_redirects_every_slug_of_the_source_to_the_target()
    {
        var dprk = await CreateTagAsync("RPDC", "DPRK");
        var northKorea = await CreateTagAsync("Corea del Norte", "North Korea");
        await Tags.RenameAsync(dprk.Id, "republica-popular-democratica-de-corea", Ana);

        await Tags.MergeAsync(dprk.Id, northKorea.Id, Ana);

        foreach (var slug in new[] { "rpdc", "republica-popular-democratica-de-corea" })
        {
            var lookup = await Tags.FindBySlugAsync(slug);
            Assert.True(lookup!.Redirected);
            Assert.Equal(northKorea.Id, lookup.Tag.Id);
        }
    }

    [Fact]
    public async Task Merge_reindexes_and_audits_every_article_that_carried_the_source()
    {
        var a = await AddArticlesAsync(4);
        var dprk = await CreateTagAsync("RPDC", "DPRK");
        var northKorea = await CreateTagAsync("Corea del Norte", "North Korea");
        await Tags.BulkTagAsync([a[0], a[1]], dprk.Id, Ana);
        await Tags.BulkTagAsync([a[1], a[2]], northKorea.Id, Ana);
        await Db.SearchOutbox.ExecuteDeleteAsync();

        await Tags.MergeAsync(dprk.Id, northKorea.Id, Ben);

        Assert.Equal([a[0], a[1]], await OutboxArticleIdsAsync());
        var merge = (await Tags.RecentChangesAsync(new TagChangeFilter(TagId: northKorea.Id, Kind: TagChangeKind.TagMerged))).Items.Single();
        Assert.Equal(dprk.Id, merge.TagId);
        Assert.Equal(northKorea.Id, merge.RelatedTagId);
        Assert.Equal("corea-del-norte", merge.Details.MergedIntoSlug);
        Assert.Equal(2, merge.Details.ArticleCount);
        var perArticle = await Db.TagChanges.Where(c => c.ParentId == merge.Id).OrderBy(c => c.ArticleId).ToListAsync();
        Assert.Equal([a[0], a[1]], perArticle.Select(c => c.ArticleId!.Value));
        Assert.All(perArticle, c => Assert.Equal(TagChangeKind.TagMerged, c.Kind));
    }

    [Fact]
    public async Task Merging_a_tag_into_itself_or_a_missing_tag_is_refused()
    {
        var tag = await CreateTagAsync("Rusia", "Russia");

        Assert.Equal(TagEditCode.SameTag, (await Tags.MergeAsync(tag.Id, tag.Id, Ana)).Code);
        Assert.Equal(TagEditCode.NotFound, (await Tags.MergeAsync(tag.Id, tag.Id + 100, Ana)).Code);
        Assert.NotNull(await Tags.FindByIdAsync(tag.Id));
    }

    [Fact]
    public async Task Delete_reports_how_many_articles_lost_the_tag()
    {
        var a = await AddArticlesAsync(4);
        var tag = await CreateTagAsync("Rusia", "Russia");
        var other = await CreateTagAsync("Ucrania", "Ukraine");
        await Tags.BulkTagAsync([a[0], a[1], a[2]], tag.Id, Ana);
        await Tags.TagArticleAsync(a[0], other.Id, Ana);
        await Tags.RenameAsync(tag.Id, "federacion-rusa", Ana);
        await Db.SearchOutbox.ExecuteDeleteAsync();
        var shownInConfirmation = await Tags.CountArticlesAsync(tag.Id);

        var result = await Tags.DeleteAsync(tag.Id, Ben);

        Assert.Equal(TagEditCode.Ok, result.Code);
        Assert.Equal(3, shownInConfirmation);
        Assert.Equal(3, result.ArticlesAffected);
        Assert.Null(await Tags.FindBySlugAsync("rusia"));
        Assert.Null(await Tags.FindBySlugAsync("federacion-rusa"));
        Assert.Equal(0, await Db.TagSlugRedirects.CountAsync());
        Assert.Equal([a[0]], await ArticlesCarryingAsync(other.Id));
        Assert.Equal(1, await Db.ArticleTags.CountAsync());
        Assert.Equal(a[..3], await OutboxArticleIdsAsync());
        var deleted = (await Tags.RecentChangesAsync(new TagChangeFilter(Kind: TagChangeKind.TagDeleted))).Items.Single();
        Assert.Equal("Rusia", deleted.Details.LabelEsBefore);
        Assert.Equal(3, deleted.Details.ArticleCount);
        Assert.Equal(TagChangeKind.TagDeleted, (await Tags.ArticleHistoryAsync(a[1]))[0].Kind);
    }

    [Fact]
    public async Task Deleting_a_missing_tag_answers_not_found()
    {
        Assert.Equal(TagEditCode.NotFound, (await Tags.DeleteAsync(42, Ana)).Code);
    }
}

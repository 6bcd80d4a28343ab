using Archive.Core.Tagging;
using Microsoft.EntityFrameworkCore;

namespace Archive.Core.Tests.Tagging;

public sealed class BulkTaggingTests : TaggingDatabase
{
    [Fact]
    public async Task Bulk_tag_counts_only_the_articles_that_gained_the_tag()
    {
        var articles = await AddArticlesAsync(200);
        var tag = await CreateTagAsync("Cumbre", "Summit");
        await Tags.BulkTagAsync(articles[..50], tag.Id, Ana);
        await Db.SearchOutbox.ExecuteDeleteAsync();
        var missing = articles.Max() + 1000;

        var result = await Tags.BulkTagAsync([.. articles, .. articles[..10], missing], tag.Id, Ben);

        Assert.Equal(TagEditCode.Ok, result.Code);
        Assert.Equal(150, result.ArticlesAffected);
        Assert.Equal(articles, await ArticlesCarryingAsync(tag.Id));
        Assert.Equal(articles[50..], await OutboxArticleIdsAsync());
        var tagging = await Db.ArticleTags.AsNoTracking().SingleAsync(at => at.ArticleId == articles[199]);
        Assert.Equal(Ben.UserId, tagging.TaggedBy);
        Assert.Equal(Clock.GetUtcNow().UtcDateTime, tagging.TaggedAt);
    }

    [Fact]
    public async Task Bulk_tag_writes_one_summary_and_one_audit_row_per_changed_article()
    {
        var articles = await AddArticlesAsync(40);
        var tag = await CreateTagAsync("Cumbre", "Summit");
        await Tags.TagArticleAsync(articles[0], tag.Id, Ana);

        await Tags.BulkTagAsync(articles, tag.Id, Ben);

        var feed = (await Tags.RecentChangesAsync(new TagChangeFilter(UserId: Ben.UserId))).Items;
        var summary = Assert.Single(feed);
        Assert.Equal(TagChangeKind.ArticleTagged, summary.Kind);
        Assert.Null(summary.ArticleId);
        Assert.Equal(39, summary.Details.ArticleCount);
        var perArticle = await Db.TagChanges.Where(c => c.ParentId == summary.Id).OrderBy(c => c.ArticleId).ToListAsync();
        Assert.Equal(articles[1..], perArticle.Select(c => c.ArticleId!.Value));
        Assert.All(perArticle, c =>
        {
            Assert.Equal((TagChangeKind.ArticleTagged, tag.Id, "cumbre", Ben.UserName), (c.Kind, c.TagId!.Value, c.TagSlug, c.UserName));
            Assert.Equal(summary.At, c.At);
        });
    }

    [Fact]
    public async Task Bulk_untag_removes_the_tag_only_where_it_was()
    {
        var articles = await AddArticlesAsync(30);
        var tag = await CreateTagAsync("Cumbre", "Summit");
        await Tags.BulkTagAsync(articles[..20], tag.Id, Ana);
        await Db.SearchOutbox.ExecuteDeleteAsync();

        var result = await Tags.BulkUntagAsync(articles[10..], tag.Id, Ben);

        Assert.Equal(10, result.ArticlesAffected);
        Assert.Equal(articles[..10], await ArticlesCarryingAsync(tag.Id));
        Assert.Equal(articles[10..20], await OutboxArticleIdsAsync());
        var summary = (await Tags.RecentChangesAsync(new TagChangeFilter(Kind: TagChangeKind.ArticleUntagged))).Items.Single();
        Assert.Equal(10, summary.Details.ArticleCount);
        Assert.Equal(10, await Db.TagChanges.CountAsync(c => c.ParentId == summary.Id));
    }

    [Fact]
    public async Task Bulk_action_with_nothing_to_change_writes_nothing()
    {
        var articles = await AddArticlesAsync(5);
        var tag = await CreateTagAsync("Cumbre", "Summit");
        await Tags.BulkTagAsync(articles, tag.Id, Ana);
        var before = await Db.TagChanges.CountAsync();
        await Db.SearchOutbox.ExecuteDeleteAsync();

        var again = await Tags.BulkTagAsync(articles, tag.Id, Ana);
        var empty = await Tags.BulkUntagAsync([], tag.Id, Ana);

        Assert.Equal((TagEditCode.Ok, 0), (again.Code, again.ArticlesAffected));
        Assert.Equal((TagEditCode.Ok, 0), (empty.Code, empty.ArticlesAffected));
        Assert.Equal(before, await Db.TagChanges.CountAsync());
        Assert.Empty(await OutboxArticleIdsAsync());
    }

    [Fact]
    public async Task Bulk_tagging_with_a_missing_tag_answers_not_found()
    {
        var articles = await AddArticlesAsync(3);

        var result = await Tags.BulkTagAsync(articles, 99, Ana);

        Assert.Equal(TagEditCode.NotFound, result.Code);
        Assert.Equal(0, await Db.ArticleTags.CountAsync());
    }
}

using Archive.Core.Tagging;
using Microsoft.EntityFrameworkCore;

namespace Archive.Core.Tests.Tagging;

public sealed class ArticleTaggingTests : TaggingDatabase
{
    [Fact]
    public async Task Tagging_twice_keeps_one_tagging_and_one_audit_row()
    {
        var a = await AddArticlesAsync(1);
        var tag = await CreateTagAsync("Rusia", "Russia");

        var first = await Tags.TagArticleAsync(a[0], tag.Id, Ana);
        var second = await Tags.TagArticleAsync(a[0], tag.Id, Ben);

        Assert.Equal((TagEditCode.Ok, 1), (first.Code, first.ArticlesAffected));
        Assert.Equal((TagEditCode.Ok, 0), (second.Code, second.ArticlesAffected));
        var tagging = await Db.ArticleTags.AsNoTracking().SingleAsync();
        Assert.Equal(Ana.UserId, tagging.TaggedBy);
        Assert.Equal(Clock.GetUtcNow().UtcDateTime, tagging.TaggedAt);
        Assert.Equal([a[0]], await OutboxArticleIdsAsync());
        Assert.Equal(1, await Db.TagChanges.CountAsync(c => c.Kind == TagChangeKind.ArticleTagged));
    }

    [Fact]
    public async Task Untagging_twice_removes_once()
    {
        var a = await AddArticlesAsync(1);
        var tag = await CreateTagAsync("Rusia", "Russia");
        await Tags.TagArticleAsync(a[0], tag.Id, Ana);

        var first = await Tags.UntagArticleAsync(a[0], tag.Id, Ben);
        var second = await Tags.UntagArticleAsync(a[0], tag.Id, Ben);

        Assert.Equal((TagEditCode.Ok, 1), (first.Code, first.ArticlesAffected));
        Assert.Equal((TagEditCode.Ok, 0), (second.Code, second.ArticlesAffected));
        Assert.Empty(await ArticlesCarryingAsync(tag.Id));
        Assert.Equal([a[0], a[0]], await OutboxArticleIdsAsync());
        Assert.Equal(1, await Db.TagChanges.CountAsync(c => c.Kind == TagChangeKind.ArticleUntagged));
    }

    [Fact]
    public async Task Tagging_a_missing_article_or_tag_answers_not_found()
    {
        var a = await AddArticlesAsync(1);
        var tag = await CreateTagAsync("Rusia", "Russia");

        Assert.Equal(TagEditCode.ArticleNotFound, (await Tags.TagArticleAsync(a[0] + 1, tag.Id, Ana)).Code);
        Assert.Equal(TagEditCode.NotFound, (await Tags.TagArticleAsync(a[0], tag.Id + 1, Ana)).Code);
        Assert.Equal(0, await Db.ArticleTags.CountAsync());
        Assert.Empty(await OutboxArticleIdsAsync());
    }

    [Fact]
    public async Task Two_editors_tagging_at_once_lose_nothing_and_never_duplicate()
    {
        var articles = await AddArticlesAsync(30);
        var shared = await CreateTagAsync("Cumbre", "Summit");
        var anasOwn = await CreateTagAsync("Rusia", "Russia");
        var bensOwn = await CreateTagAsync("Corea del Norte", "North Korea");

        async Task<List<TagEditResult>> EditorAsync(TagActor actor, int ownTagId, IEnumerable<int> order)
        {
            await Task.Yield();
            var tags = new TagService(NewContext(), Clock);
            var results = new List<TagEditResult>();
            foreach (var id in order)
            {
                results.Add(await tags.TagArticleAsync(id, shared.Id, actor));
                results.Add(await tags.TagArticleAsync(id, ownTagId, actor));
            }
            return results;
        }

        var both = await Task.WhenAll(
            Task.Run(() => EditorAsync(Ana, anasOwn.Id, articles)),
            Task.Run(() => EditorAsync(Ben, bensOwn.Id, articles.Reverse())));

        var results = both.SelectMany(r => r).ToList();
        Assert.All(results, r => Assert.Equal(TagEditCode.Ok, r.Code));
        Assert.Equal(articles, await ArticlesCarryingAsync(shared.Id));
        Assert.Equal(articles, await ArticlesCarryingAsync(anasOwn.Id));
        Assert.Equal(articles, await ArticlesCarryingAsync(bensOwn.Id));
        Assert.Equal(90, await Db.ArticleTags.CountAsync());
        Assert.Equal(90, results.Sum(r => r.ArticlesAffected));
        Assert.Equal(90, await Db.TagChanges.CountAsync(c => c.Kind == TagChangeKind.ArticleTagged));
        Assert.Equal(90, await Db.SearchOutbox.CountAsync());
    }

    [Fact]
    public async Task Article_history_lists_every_change_to_its_tags_newest_first()
    {
        var a = await AddArticlesAsync(2);
        var russia = await CreateTagAsync("Rusia", "Russia");
        var summit = await CreateTagAsync("Cumbre", "Summit");
        var meeting = await CreateTagAsync("Reunión", "Meeting");

        await Tags.TagArticleAsync(a[0], russia.Id, Ana);
        Clock.Advance(TimeSpan.FromMinutes(1));
        await Tags.BulkTagAsync(a, summit.Id, Ben);
        Clock.Advance(TimeSpan.FromMinutes(1));
        await Tags.UntagArticleAsync(a[0], russia.Id, Ana);
        Clock.Advance(TimeSpan.FromMinutes(1));
        await Tags.MergeAsync(summit.Id, meeting.Id, Ana);

        var history = await Tags.ArticleHistoryAsync(a[0]);

        Assert.Equal(
            [TagChangeKind.TagMerged, TagChangeKind.ArticleUntagged, TagChangeKind.ArticleTagged, TagChangeKind.ArticleTagged],
            history.Select(h => h.Kind));
        Assert.Equal(["cumbre", "rusia", "cumbre", "rusia"], history.Select(h => h.TagSlug));
        Assert.NotNull(history[2].ParentId);
        Assert.Equal(Ben.UserName, history[2].UserName);
        Assert.Equal(["reunion"], (await Tags.TagsForArticlesAsync([a[0]]))[a[0]].Select(t => t.Slug));
    }
}

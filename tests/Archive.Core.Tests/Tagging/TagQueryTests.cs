using Archive.Core.Tagging;

namespace Archive.Core.Tests.Tagging;

public sealed class TagQueryTests : TaggingDatabase
{
    [Fact]
    public async Task List_sorts_by_label_ignoring_accents_or_by_use()
    {
        var a = await AddArticlesAsync(3);
        var zambia = await CreateTagAsync("Zambia", "Zambia");
        var africa = await CreateTagAsync("África", "Africa");
        var brazil = await CreateTagAsync("Brasil", "Brazil");
        await Tags.BulkTagAsync(a, brazil.Id, Ana);
        await Tags.TagArticleAsync(a[0], zambia.Id, Ana);

        var byLabel = await Tags.ListTagsAsync(TagListSort.LabelEs);
        var byUse = await Tags.ListTagsAsync(TagListSort.ArticleCount);

        Assert.Equal(["África", "Brasil", "Zambia"], byLabel.Select(t => t.LabelEs));
        Assert.Equal([(brazil.Id, 3), (zambia.Id, 1), (africa.Id, 0)], byUse.Select(t => (t.Id, t.ArticleCount)));
        Assert.Equal(["africa", "brasil", "zambia"], (await Tags.ListTagsAsync(TagListSort.Slug)).Select(t => t.Slug));
    }

    [Fact]
    public async Task Suggestions_match_word_starts_in_either_language_ignoring_accents()
    {
        var northKorea = await CreateTagAsync("Corea del Norte", "North Korea");
        var southKorea = await CreateTagAsync("Corea del Sur", "South Korea");
        var coreography = await CreateTagAsync("Coreografía", "Choreography");
        var a = await AddArticlesAsync(1);
        await Tags.TagArticleAsync(a[0], southKorea.Id, Ana);

        Assert.Equal([southKorea.Id, northKorea.Id, coreography.Id], (await Tags.SuggestAsync("CORE")).Select(t => t.Id));
        Assert.Equal([northKorea.Id], (await Tags.SuggestAsync("nórte")).Select(t => t.Id));
        Assert.Equal([southKorea.Id, northKorea.Id], (await Tags.SuggestAsync("kor")).Select(t => t.Id));
        Assert.Equal([coreography.Id], (await Tags.SuggestAsync("coreografia")).Select(t => t.Id));
        Assert.Single(await Tags.SuggestAsync("co", limit: 1));
        Assert.Empty(await Tags.SuggestAsync("orea"));
        Assert.Empty(await Tags.SuggestAsync("  "));
    }

    [Fact]
    public async Task Tags_for_articles_maps_every_requested_article()
    {
        var a = await AddArticlesAsync(3);
        var russia = await CreateTagAsync("Rusia", "Russia");
        var korea = await CreateTagAsync("Corea del Norte", "North Korea");
        await Tags.BulkTagAsync([a[0], a[1]], russia.Id, Ana);
        await Tags.TagArticleAsync(a[0], korea.Id, Ana);

        var tags = await Tags.TagsForArticlesAsync(a);

        Assert.Equal(["Corea del Norte", "Rusia"], tags[a[0]].Select(t => t.LabelEs));
        Assert.Equal(["Russia"], tags[a[1]].Select(t => t.LabelEn));
        Assert.Empty(tags[a[2]]);
    }

    [Fact]
    public async Task Tag_labels_matching_finds_a_tag_by_its_label_in_the_other_language()
    {
        var korea = await CreateTagAsync("Corea del Norte", "North Korea");
        await CreateTagAsync("Rusia", "Russia");

        var english = await Tags.TagLabelsMatchingAsync(["north korea", "summit"]);
        var spanish = await Tags.TagLabelsMatchingAsync(["Corea del Norte"]);
        var partial = await Tags.TagLabelsMatchingAsync(["korea", "corea"]);

        Assert.Equal((korea.Id, "north korea"), english.Select(m => (m.Tag.Id, m.FoldedTerm)).Single());
        Assert.Equal("North Korea", spanish.Single().Tag.LabelEn);
        Assert.Empty(partial);
    }

    [Fact]
    public async Task Recent_changes_filter_by_user_tag_kind_and_time_and_page()
    {
        var a = await AddArticlesAsync(1);
        var russia = await CreateTagAsync("Rusia", "Russia", Ana);
        Clock.Advance(TimeSpan.FromHours(1));
        var since = Clock.GetUtcNow().UtcDateTime;
        var korea = await CreateTagAsync("Corea", "Korea", Ben);
        Clock.Advance(TimeSpan.FromHours(1));
        await Tags.TagArticleAsync(a[0], russia.Id, Ben);
        Clock.Advance(TimeSpan.FromHours(1));
        await Tags.RenameAsync(korea.Id, "corea-del-norte", Ana);

        var all = await Tags.RecentChangesAsync(new TagChangeFilter());
        var bens = await Tags.RecentChangesAsync(new TagChangeFilter(UserId: Ben.UserId));
        var aboutRussia = await Tags.RecentChangesAsync(new TagChangeFilter(TagId: russia.Id));
        var created = await Tags.RecentChangesAsync(new TagChangeFilter(Kind: TagChangeKind.TagCreated, Since: since));
        var firstPage = await Tags.RecentChangesAsync(new TagChangeFilter(), page: 1, pageSize: 3);
        var secondPage = await Tags.RecentChangesAsync(new TagChangeFilter(), page: 2, pageSize: 3);

        Assert.Equal(
            [TagChangeKind.TagRenamed, TagChangeKind.ArticleTagged, TagChangeKind.TagCreated, TagChangeKind.TagCreated],
            all.Items.Select(c => c.Kind));
        Assert.Equal([TagChangeKind.ArticleTagged, TagChangeKind.TagCreated], bens.Items.Select(c => c.Kind));
        Assert.Equal([TagChangeKind.ArticleTagged, TagChangeKind.TagCreated], aboutRussia.Items.Select(c => c.Kind));
        Assert.Equal([korea.Id], created.Items.Select(c => c.TagId!.Value));
        Assert.True(firstPage.HasMore);
        Assert.Equal(all.Items.Take(3).Select(c => c.Id), firstPage.Items.Select(c => c.Id));
        Assert.False(secondPage.HasMore);
        Assert.Equal([all.Items[3].Id], secondPage.Items.Select(c => c.Id));
    }
}

using Archive.Core.Tagging;
using Microsoft.EntityFrameworkCore;

namespace Archive.Core.Tests.Tagging;

public sealed class TagRenameTests : TaggingDatabase
{
    [Fact]
    public async Task Rename_keeps_the_old_slug_leading_to_the_tag()
    {
        var tag = await CreateTagAsync("Corea", "Korea");

        var result = await Tags.RenameAsync(tag.Id, "corea-del-norte", Ana);

        Assert.Equal(TagEditCode.Ok, result.Code);
        Assert.Equal("corea-del-norte", result.Tag!.Slug);
        Assert.Equal(2, result.Tag.Version);
        var current = await Tags.FindBySlugAsync("corea-del-norte");
        var old = await Tags.FindBySlugAsync("corea");
        Assert.False(current!.Redirected);
        Assert.True(old!.Redirected);
        Assert.Equal(tag.Id, old.Tag.Id);
        Assert.Equal("corea-del-norte", old.Tag.Slug);
    }

    [Fact]
    public async Task Chained_renames_all_resolve_to_the_current_slug()
    {
        var tag = await CreateTagAsync("Corea", "Korea");

        await Tags.RenameAsync(tag.Id, "corea-norte", Ana);
        await Tags.RenameAsync(tag.Id, "corea-del-norte", Ben);
        await Tags.RenameAsync(tag.Id, "rpdc", Ana);

        foreach (var slug in new[] { "corea", "corea-norte", "corea-del-norte" })
        {
            var lookup = await Tags.FindBySlugAsync(slug);
            Assert.True(lookup!.Redirected);
            Assert.Equal("rpdc", lookup.Tag.Slug);
        }
    }

    [Fact]
    public async Task Renaming_back_to_an_old_slug_makes_it_current_again()
    {
        var tag = await CreateTagAsync("Corea", "Korea");
        await Tags.RenameAsync(tag.Id, "corea-del-norte", Ana);

        var result = await Tags.RenameAsync(tag.Id, "corea", Ana);

        Assert.Equal(TagEditCode.Ok, result.Code);
        Assert.False((await Tags.FindBySlugAsync("corea"))!.Redirected);
        Assert.True((await Tags.FindBySlugAsync("corea-del-norte"))!.Redirected);
        Assert.Equal(["corea-del-norte"], Db.TagSlugRedirects.Select(r => r.OldSlug).ToArray());
    }

    [Fact]
    public async Task Renaming_back_and_forth_keeps_one_redirect_per_old_slug()
    {
        var tag = await CreateTagAsync("Corea", "Korea");

        foreach (var slug in new[] { "corea-del-norte", "corea", "corea-del-norte", "corea", "rpdc" })
            Assert.Equal(TagEditCode.Ok, (await Tags.RenameAsync(tag.Id, slug, Ana)).Code);

        Assert.Equal(["corea", "corea-del-norte"], Db.TagSlugRedirects.OrderBy(r => r.OldSlug).Select(r => r.OldSlug).ToArray());
        Assert.Equal(6, (await Tags.FindByIdAsync(tag.Id))!.Version);
    }

    [Fact]
    public async Task A_slug_another_tag_has_or_had_is_refused()
    {
        var russia = await CreateTagAsync("Rusia", "Russia");
        var korea = await CreateTagAsync("Corea", "Korea");
        await Tags.RenameAsync(korea.Id, "corea-del-norte", Ana);

        var current = await Tags.RenameAsync(russia.Id, "corea-del-norte", Ben);
        var old = await Tags.RenameAsync(russia.Id, "corea", Ben);

        Assert.Equal(TagEditCode.SlugTaken, current.Code);
        Assert.Equal(TagEditCode.SlugTaken, old.Code);
        Assert.Equal(korea.Id, old.ExistingTag?.Id);
        Assert.Equal("rusia", (await Tags.FindByIdAsync(russia.Id))!.Slug);
    }

    [Fact]
    public async Task Rename_without_a_slug_derives_it_from_the_current_spanish_label()
    {
        var tag = await CreateTagAsync("Corea", "Korea");
        var edited = await Tags.EditAsync(tag.Id, tag.Version, "Corea del Norte", "North Korea", null, Ana);

        var result = await Tags.RenameAsync(tag.Id, null, Ana);

        Assert.Equal("corea", edited.Tag!.Slug);
        Assert.Equal("corea-del-norte", result.Tag!.Slug);
    }

    [Fact]
    public async Task A_requested_slug_is_normalized_and_one_without_letters_is_refused()
    {
        var tag = await CreateTagAsync("Corea", "Korea");

        var invalid = await Tags.RenameAsync(tag.Id, "¿?", Ana);
        var normalized = await Tags.RenameAsync(tag.Id, "Coréa Del  Norte", Ana);

        Assert.Equal(TagEditCode.SlugInvalid, invalid.Code);
        Assert.Equal("corea-del-norte", normalized.Tag!.Slug);
    }

    [Fact]
    public async Task Finding_by_a_non_canonical_spelling_reports_a_redirect()
    {
        await CreateTagAsync("Corea del Norte", "North Korea");

        var lookup = await Tags.FindBySlugAsync("Corea-Del-Norte");

        Assert.True(lookup!.Redirected);
        Assert.Equal("corea-del-norte", lookup.Tag.Slug);
        Assert.Null(await Tags.FindBySlugAsync("corea-del-sur"));
    }

    [Fact]
    public async Task Rename_is_audited_and_reindexes_the_tagged_articles()
    {
        var articles = await AddArticlesAsync(3);
        var tag = await CreateTagAsync("Corea", "Korea");
        await Tags.BulkTagAsync(articles[..2], tag.Id, Ana);
        await Db.SearchOutbox.ExecuteDeleteAsync();

        var result = await Tags.RenameAsync(tag.Id, "corea-del-norte", Ben);

        Assert.Equal(2, result.ArticlesAffected);
        Assert.Equal(articles[..2], await OutboxArticleIdsAsync());
        var renamed = (await Tags.RecentChangesAsync(new TagChangeFilter(Kind: TagChangeKind.TagRenamed))).Items.Single();
        Assert.Equal("corea", renamed.Details.SlugBefore);
        Assert.Equal("corea-del-norte", renamed.Details.SlugAfter);
        Assert.Equal(Ben.UserId, renamed.UserId);
    }

    [Fact]
    public async Task A_route_word_cannot_become_a_slug_by_rename_or_by_label()
    {
        var tag = await CreateTagAsync("Gestión", "Management");

        var renamed = await Tags.RenameAsync(tag.Id, "Manage", Ana);
        var created = await CreateTagAsync("Manage", "Manage en");

        Assert.Equal(TagEditCode.SlugReserved, renamed.Code);
        Assert.Equal("gestion", (await Tags.FindByIdAsync(tag.Id))!.Slug);
        Assert.Equal("manage-2", created.Slug);
        Assert.Null(await Tags.FindBySlugAsync("manage"));
    }
}

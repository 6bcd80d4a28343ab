using Archive.Core.Tagging;
using Microsoft.EntityFrameworkCore;

namespace Archive.Core.Tests.Tagging;

public sealed class TagEditConflictTests : TaggingDatabase
{
    [Fact]
    public async Task Second_editor_with_a_stale_version_gets_a_conflict_not_an_overwrite()
    {
        var created = await CreateTagAsync("Corea", "Korea");
        var anasTags = new TagService(NewContext(), Clock);
        var bensTags = new TagService(NewContext(), Clock);
        var anasForm = (await anasTags.FindBySlugAsync("corea"))!.Tag;
        var bensForm = (await bensTags.FindBySlugAsync("corea"))!.Tag;

        var anas = await anasTags.EditAsync(anasForm.Id, anasForm.Version, "Corea del Norte", "North Korea", null, Ana);
        var bens = await bensTags.EditAsync(bensForm.Id, bensForm.Version, "Corea del Sur", "South Korea", null, Ben);

        Assert.Equal(TagEditCode.Ok, anas.Code);
        Assert.Equal(TagEditCode.Conflict, bens.Code);
        Assert.Equal("Corea del Norte", bens.Tag!.LabelEs);
        Assert.Equal(2, bens.Tag.Version);
        var stored = await Tags.FindByIdAsync(created.Id);
        Assert.Equal(("Corea del Norte", "North Korea", 2), (stored!.LabelEs, stored.LabelEn, stored.Version));
        Assert.Equal(1, await Db.TagChanges.CountAsync(c => c.Kind == TagChangeKind.TagEdited));
    }

    [Fact]
    public async Task An_editor_whose_context_holds_an_old_copy_still_edits_the_current_version()
    {
        var created = await CreateTagAsync("Corea", "Korea");
        var bensDb = NewContext();
        var oldCopy = await bensDb.Tags.SingleAsync(t => t.Id == created.Id);
        await new TagService(NewContext(), Clock).EditAsync(created.Id, 1, "Corea del Norte", "North Korea", null, Ana);

        var result = await new TagService(bensDb, Clock).EditAsync(created.Id, 2, "Corea del Norte", "North Korea", "RPDC", Ben);

        Assert.Equal(TagEditCode.Ok, result.Code);
        Assert.Equal(3, result.Tag!.Version);
        Assert.Equal("Corea del Norte", oldCopy.LabelEs);
    }

    [Fact]
    public async Task Version_guards_tags_saved_directly_through_the_context()
    {
        var created = await CreateTagAsync("Corea", "Korea");
        await using var first = NewContext();
        await using var second = NewContext();
        var a = await first.Tags.SingleAsync(t => t.Id == created.Id);
        var b = await second.Tags.SingleAsync(t => t.Id == created.Id);
        a.Description = "uno";
        a.Version++;
        b.Description = "dos";
        b.Version++;

        await first.SaveChangesAsync();

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());
        Assert.Equal("uno", (await Tags.FindByIdAsync(created.Id))!.Description);
    }

    [Fact]
    public async Task Relabelling_reindexes_the_tagged_articles_but_a_description_edit_does_not()
    {
        var articles = await AddArticlesAsync(3);
        var tag = await CreateTagAsync("Corea", "Korea");
        await Tags.BulkTagAsync(articles, tag.Id, Ana);
        await Db.SearchOutbox.ExecuteDeleteAsync();

        var described = await Tags.EditAsync(tag.Id, 1, "Corea", "Korea", "Península.", Ana);
        var outboxAfterDescription = await OutboxArticleIdsAsync();
        var relabelled = await Tags.EditAsync(tag.Id, 2, "Corea", "Korea (peninsula)", "Península.", Ana);

        Assert.Equal(0, described.ArticlesAffected);
        Assert.Empty(outboxAfterDescription);
        Assert.Equal(3, relabelled.ArticlesAffected);
        Assert.Equal(articles, await OutboxArticleIdsAsync());
    }

    [Fact]
    public async Task An_edit_that_changes_nothing_keeps_the_version()
    {
        var tag = await CreateTagAsync("Corea", "Korea");

        var result = await Tags.EditAsync(tag.Id, 1, " Corea ", "Korea", "  ", Ana);

        Assert.Equal((TagEditCode.Ok, 1), (result.Code, result.Tag!.Version));
        Assert.Equal(0, await Db.TagChanges.CountAsync(c => c.Kind == TagChangeKind.TagEdited));
    }

    [Fact]
    public async Task Editing_a_deleted_tag_answers_not_found()
    {
        var tag = await CreateTagAsync("Corea", "Korea");
        await Tags.DeleteAsync(tag.Id, Ben);

        Assert.Equal(TagEditCode.NotFound, (await Tags.EditAsync(tag.Id, 1, "Corea", "Korea", null, Ana)).Code);
    }
}

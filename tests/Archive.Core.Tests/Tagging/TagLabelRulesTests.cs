using Archive.Core.Tagging;
using Microsoft.EntityFrameworkCore;

namespace Archive.Core.Tests.Tagging;

public sealed class TagLabelRulesTests : TaggingDatabase
{
    [Fact]
    public async Task Create_stores_both_labels_and_a_slug_from_the_spanish_label()
    {
        var result = await Tags.CreateAsync(" Unión  Europea ", "European Union", "La *UE*.", Ana);

        Assert.Equal(TagEditCode.Ok, result.Code);
        var tag = result.Tag!;
        Assert.Equal("union-europea", tag.Slug);
        Assert.Equal("Unión Europea", tag.LabelEs);
        Assert.Equal("European Union", tag.LabelEn);
        Assert.Equal("La *UE*.", tag.Description);
        Assert.Equal(1, tag.Version);
        Assert.Equal(Ana.UserId, tag.CreatedBy);
        Assert.Equal(Clock.GetUtcNow().UtcDateTime, tag.CreatedAt);
    }

    [Theory]
    [InlineData("", "Russia")]
    [InlineData("Rusia", "   ")]
    [InlineData("¡!", "Russia")]
    public async Task Create_requires_both_labels(string labelEs, string labelEn)
    {
        var result = await Tags.CreateAsync(labelEs, labelEn, null, Ana);

        Assert.Equal(TagEditCode.LabelRequired, result.Code);
        Assert.Equal(0, await Db.Tags.CountAsync());
    }

    [Fact]
    public async Task Spanish_label_is_unique_ignoring_case_and_accents()
    {
        var first = await CreateTagAsync("Corea del Norte", "North Korea");

        var result = await Tags.CreateAsync("COREA  DEL NÓRTE", "DPRK", null, Ben);

        Assert.Equal(TagEditCode.LabelEsTaken, result.Code);
        Assert.Equal(first.Id, result.ExistingTag?.Id);
        Assert.Equal(1, await Db.Tags.CountAsync());
    }

    [Fact]
    public async Task English_label_is_unique_within_english()
    {
        var first = await CreateTagAsync("Rusia", "Russia");

        var result = await Tags.CreateAsync("Federación Rusa", "russia", null, Ben);

        Assert.Equal(TagEditCode.LabelEnTaken, result.Code);
        Assert.Equal(first.Id, result.ExistingTag?.Id);
    }

    [Fact]
    public async Task A_label_may_repeat_across_languages()
    {
        await CreateTagAsync("Putin", "Putin");
        await CreateTagAsync("Rusia", "Russia");

        var result = await Tags.CreateAsync("Russia", "Rusia", null, Ana);

        Assert.Equal(TagEditCode.Ok, result.Code);
    }

    [Fact]
    public async Task Edit_refuses_a_label_another_tag_has_and_changes_nothing()
    {
        await CreateTagAsync("Rusia", "Russia");
        var ukraine = await CreateTagAsync("Ucrania", "Ukraine");

        var result = await Tags.EditAsync(ukraine.Id, ukraine.Version, "rusia", "Ukraine", null, Ben);

        Assert.Equal(TagEditCode.LabelEsTaken, result.Code);
        var stored = await Tags.FindByIdAsync(ukraine.Id);
        Assert.Equal("Ucrania", stored!.LabelEs);
        Assert.Equal(1, stored.Version);
    }

    [Fact]
    public async Task Edit_may_change_only_the_case_or_accents_of_its_own_label()
    {
        var tag = await CreateTagAsync("Peru", "Peru");

        var result = await Tags.EditAsync(tag.Id, tag.Version, "Perú", "Peru", null, Ana);

        Assert.Equal(TagEditCode.Ok, result.Code);
        Assert.Equal("Perú", result.Tag!.LabelEs);
        Assert.Equal(2, result.Tag.Version);
    }

    [Fact]
    public async Task Over_long_labels_and_descriptions_are_refused()
    {
        var longLabel = new string('a', Tag.LabelMaxLength + 1);
        var longDescription = new string('d', Tag.DescriptionMaxLength + 1);

        Assert.Equal(TagEditCode.LabelTooLong, (await Tags.CreateAsync(longLabel, "x", null, Ana)).Code);
        Assert.Equal(TagEditCode.DescriptionTooLong, (await Tags.CreateAsync("Rusia", "Russia", longDescription, Ana)).Code);
        Assert.Equal(0, await Db.Tags.CountAsync());
    }

    [Fact]
    public async Task Create_and_edit_are_audited_with_before_and_after_labels()
    {
        var tag = await CreateTagAsync("Corea", "Korea");
        Clock.Advance(TimeSpan.FromMinutes(5));

        await Tags.EditAsync(tag.Id, tag.Version, "Corea del Norte", "Korea", "Descripción", Ben);

        var changes = (await Tags.RecentChangesAsync(new TagChangeFilter(TagId: tag.Id))).Items;
        Assert.Collection(changes,
            edited =>
            {
                Assert.Equal(TagChangeKind.TagEdited, edited.Kind);
                Assert.Equal(Ben.UserName, edited.UserName);
                Assert.Equal("Corea", edited.Details.LabelEsBefore);
                Assert.Equal("Corea del Norte", edited.Details.LabelEsAfter);
                Assert.Null(edited.Details.LabelEnAfter);
                Assert.True(edited.Details.DescriptionChanged);
            },
            created =>
            {
                Assert.Equal(TagChangeKind.TagCreated, created.Kind);
                Assert.Equal(Ana.UserId, created.UserId);
                Assert.Equal("Korea", created.Details.LabelEnAfter);
            });
    }

    [Fact]
    public async Task A_new_tag_does_not_take_over_an_old_slug()
    {
        var korea = await CreateTagAsync("Corea", "Korea");
        var edited = await Tags.EditAsync(korea.Id, korea.Version, "Corea del Sur", "South Korea", null, Ana);
        await Tags.RenameAsync(korea.Id, null, Ana);

        var result = await Tags.CreateAsync("Corea", "Korea", null, Ben);

        Assert.Equal(TagEditCode.Ok, edited.Code);
        Assert.Equal("corea-2", result.Tag!.Slug);
        Assert.Equal(korea.Id, (await Tags.FindBySlugAsync("corea"))!.Tag.Id);
    }
}

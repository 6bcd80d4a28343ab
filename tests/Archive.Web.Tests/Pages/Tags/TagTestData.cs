using Archive.Core.Tagging;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Web.Tests.Pages.Tags;

internal static class TagTestData
{
    public static readonly TagActor Actor = new("test-user", "test@example.org");

    /// <summary>A tag with unique labels, made through the real TagService.</summary>
    public static async Task<TagDetails> AddTagAsync(this ArchiveAppFactory app, string labelEs, string labelEn, string? description = null)
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        await using var scope = app.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<TagService>()
            .CreateAsync($"{labelEs} {suffix}", $"{labelEn} {suffix}", description, Actor);
        Assert.True(result.Succeeded, result.Code.ToString());
        await app.ForgetCachedPagesAsync();
        return result.Tag!;
    }

    public static async Task TagAsync(this ArchiveAppFactory app, int articleId, int tagId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<TagService>().TagArticleAsync(articleId, tagId, Actor);
        Assert.True(result.Succeeded, result.Code.ToString());
        await app.ForgetCachedPagesAsync();
    }
}

using System.Net;
using Archive.Core.Tagging;
using Archive.Web.Accounts;
using Archive.Web.Cli;
using Archive.Web.Tests.Pages.Tags;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Web.Tests.Accounts;

/// <summary>Pen-test row 4: the public tag history names editors by a display name, never by their sign-in e-mail.</summary>
[Collection(ArchiveApp.Collection)]
public sealed class DisplayNameTests(ArchiveAppFactory app)
{
    private async Task<(int ArticleId, string Email)> ArticleTaggedByNewEditorAsync()
    {
        var email = await app.AddUserAsync(ArchiveRoles.Editor);
        string userId;
        await using (var scope = app.Services.CreateAsyncScope())
            userId = (await scope.ServiceProvider.GetRequiredService<UserManager<ArchiveUser>>().FindByEmailAsync(email))!.Id;
        var article = await app.AddArticleAsync(new ArticleBuilder());
        var tag = await app.AddTagAsync("Nombre visible", "Display name");
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var tagged = await scope.ServiceProvider.GetRequiredService<TagService>().TagArticleAsync(article.Id, tag.Id, new TagActor(userId, email));
            Assert.True(tagged.Succeeded);
        }
        await app.ForgetCachedPagesAsync();
        return (article.Id, email);
    }

    private async Task<string> HistoryAsync(int articleId)
    {
        var page = await app.CreateClient().GetDocumentAsync($"/articles/{articleId}");
        Assert.DoesNotContain("@example.org", page.DocumentElement.OuterHtml, StringComparison.Ordinal);
        return page.QuerySelector("details.tag-history li, .tag-history li")?.Text() ?? page.Body!.TextContent;
    }

    [Fact]
    public async Task Readers_never_see_an_editors_e_mail_and_see_the_display_name_an_admin_set()
    {
        var (articleId, email) = await ArticleTaggedByNewEditorAsync();

        Assert.Contains("un editor", await HistoryAsync(articleId), StringComparison.Ordinal);

        var (admin, _) = await app.SignedInClientAsync(ArchiveRoles.Admin);
        var users = await admin.GetDocumentAsync("/admin/users");
        using var saved = await admin.PostAsync("/admin/users?handler=SetDisplayName",
            AntiforgeryForm.Fields(users.Token("form[action*='SetDisplayName']"), ("email", email), ("displayName", "Redacción Norte")));
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);

        Assert.Contains("Redacción Norte", await HistoryAsync(articleId), StringComparison.Ordinal);
        var adminPage = await admin.GetDocumentAsync("/admin/users");
        Assert.Contains("Redacción Norte", adminPage.QuerySelector("#accounts-table, table")!.OuterHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_command_line_sets_and_lists_display_names()
    {
        var (articleId, email) = await ArticleTaggedByNewEditorAsync();

        var (code, _, _) = await RunAsync("user", "set-name", email, "Mesa de Internacional");
        var (_, list, _) = await RunAsync("user", "list");
        var (unknown, _, error) = await RunAsync("user", "set-name", "nadie@example.org", "X");

        Assert.Equal(CliExitCode.Success, code);
        Assert.Contains($"{email}\tEditor\tMesa de Internacional", list, StringComparison.Ordinal);
        Assert.NotEqual(CliExitCode.Success, unknown);
        Assert.Contains("nadie@example.org", error, StringComparison.Ordinal);
        await app.ForgetCachedPagesAsync();
        Assert.Contains("Mesa de Internacional", await HistoryAsync(articleId), StringComparison.Ordinal);
    }

    private async Task<(int Code, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await ArchiveCli.TryRunAsync([.. args, .. app.Database.CliOptions], output, error, null);
        return (code ?? -1, output.ToString(), error.ToString());
    }
}

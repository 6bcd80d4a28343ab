using System.Net;
using Archive.Web.Accounts;
using Archive.Web.Tests.Accounts;
using Archive.Web.Tests.Pages.Tags;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Web.Tests.Security;

/// <summary>Every POST handler of every page, found by reflection over the app's endpoints, is refused without an account and without a token.</summary>
[Collection(ArchiveApp.Collection)]
public sealed class StateChangingPostTests(ArchiveAppFactory app)
{
    // Signing in and out must work for someone without an account; both still need a token.
    private static readonly string[] _openToAnonymous = ["/Account/SignIn", "/Account/SignOut"];

    // Re-executed failed requests of any method land here; its OnPost only renders the error.
    private static readonly string[] _rendersOnly = ["/Errors/Error"];

    private sealed record PostHandler(string Page, string Url);

    private async Task<IReadOnlyList<PostHandler>> PostHandlersAsync(int articleId, string articleSlug, int tagId, string tagSlug)
    {
        var loader = app.Services.GetRequiredService<PageLoader>();
        var handlers = new List<PostHandler>();
        foreach (var endpoint in app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            if (endpoint.Metadata.GetMetadata<ActionDescriptor>() is not PageActionDescriptor page)
                continue;
            var compiled = await loader.LoadAsync(page, endpoint.Metadata);
            var path = "/" + string.Join('/', endpoint.RoutePattern.PathSegments.Select(segment =>
                string.Concat(segment.Parts.Select(part => part switch
                {
                    Microsoft.AspNetCore.Routing.Patterns.RoutePatternLiteralPart literal => literal.Content,
                    Microsoft.AspNetCore.Routing.Patterns.RoutePatternParameterPart { Name: "id" } => (page.ViewEnginePath.StartsWith("/Tags", StringComparison.Ordinal) ? tagId : articleId).ToString(System.Globalization.CultureInfo.InvariantCulture),
                    Microsoft.AspNetCore.Routing.Patterns.RoutePatternParameterPart { Name: "slug" } => page.ViewEnginePath.StartsWith("/Tags", StringComparison.Ordinal) ? tagSlug : articleSlug,
                    _ => "1",
                }))));
            foreach (var handler in compiled.HandlerMethods.Where(h => string.Equals(h.HttpMethod, "Post", StringComparison.OrdinalIgnoreCase)))
                handlers.Add(new PostHandler(page.ViewEnginePath, handler.Name is null ? path : $"{path}?handler={handler.Name}"));
        }
        return handlers.DistinctBy(h => h.Url).ToList();
    }

    /// <summary>Fields that would change something if the post were accepted.</summary>
    private static FormUrlEncodedContent Fields(int tagId, string tagSlug, string? token)
    {
        var fields = new Dictionary<string, string>
        {
            ["tag"] = tagSlug,
            ["tagId"] = tagId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["labelEs"] = $"Forjada {Guid.NewGuid():N}",
            ["labelEn"] = $"Forged {Guid.NewGuid():N}",
            ["email"] = $"forged-{Guid.NewGuid():N}@example.org",
            ["role"] = ArchiveRoles.Admin,
            ["password"] = "a forged password, long enough",
        };
        if (token is not null)
            fields[AntiforgeryForm.FieldName] = token;
        return new FormUrlEncodedContent(fields);
    }

    private async Task<string> SnapshotAsync()
    {
        var core = await app.ExecuteDbContextAsync(async db =>
            $"{await db.Tags.CountAsync()}/{await db.ArticleTags.CountAsync()}/{await db.TagChanges.CountAsync()}");
        await using var scope = app.Services.CreateAsyncScope();
        var accounts = scope.ServiceProvider.GetRequiredService<AccountsDbContext>();
        return $"{core}/{await accounts.Users.CountAsync()}/{await accounts.UserRoles.CountAsync()}";
    }

    [Fact]
    public async Task Every_post_handler_is_known_and_needs_an_account_and_a_token()
    {
        var tag = await app.AddTagAsync("Forja", "Forgery");
        var article = await app.AddArticleAsync(new ArticleBuilder());
        var handlers = await PostHandlersAsync(article.Id, article.Slug, tag.Id, tag.Slug);
        Assert.Contains(handlers, h => h.Url.EndsWith("?handler=AddTag", StringComparison.Ordinal));
        Assert.Contains(handlers, h => h.Url == "/admin/users?handler=SetRole");
        Assert.Contains(handlers, h => h.Url == $"/tags/manage/{tag.Id}?handler=Delete");
        Assert.Contains(handlers, h => h.Url == "/search/bulk-tag?handler=Preview");
        Assert.Contains(handlers, h => h.Url == "/search/bulk-tag?handler=Apply");

        var anonymous = app.CreateClientWithoutRedirects();
        var anonymousToken = (await anonymous.GetDocumentAsync("/account/signin")).Token("#signin-form");
        var (admin, _) = await app.SignedInClientAsync(ArchiveRoles.Admin);

        foreach (var handler in handlers.Where(h => !_openToAnonymous.Contains(h.Page) && !_rendersOnly.Contains(h.Page)))
        {
            var before = await SnapshotAsync();

            using var withoutAccount = await anonymous.PostAsync(handler.Url, Fields(tag.Id, tag.Slug, anonymousToken));
            Assert.True(
                withoutAccount.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden
                || (withoutAccount.StatusCode == HttpStatusCode.Redirect && withoutAccount.Headers.Location!.OriginalString.Contains("/account/signin", StringComparison.Ordinal)),
                $"Anonymous POST {handler.Url} answered {(int)withoutAccount.StatusCode}");

            using var withoutToken = await admin.PostAsync(handler.Url, Fields(tag.Id, tag.Slug, token: null));
            Assert.True(withoutToken.StatusCode == HttpStatusCode.BadRequest, $"Token-less POST {handler.Url} answered {(int)withoutToken.StatusCode}");

            Assert.Equal(before, await SnapshotAsync());
        }
    }

    [Fact]
    public async Task Sign_in_and_sign_out_refuse_a_post_without_a_token()
    {
        var handlers = await PostHandlersAsync(1, "x", 1, "x");
        foreach (var handler in handlers.Where(h => _openToAnonymous.Contains(h.Page)))
        {
            using var response = await app.CreateClientWithoutRedirects().PostAsync(handler.Url, Fields(1, "x", token: null));
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        }
    }

    [Fact]
    public async Task A_token_less_post_is_logged_with_its_path_and_reason()
    {
        var (editor, email) = await app.SignedInClientAsync(ArchiveRoles.Editor);

        using var response = await editor.PostAsync("/search/bulk-tag?handler=Apply", Fields(1, "x", token: null));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var logged = app.Log.Events.Where(e =>
            e.Level == Serilog.Events.LogEventLevel.Warning
            && e.Properties.TryGetValue("User", out var user) && user.ToString() == $"\"{email}\"").ToList();
        var warning = Assert.Single(logged);
        Assert.Equal("\"/search/bulk-tag\"", warning.Properties["Path"].ToString());
        Assert.Contains("antiforgery token", warning.RenderMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }
}

using System.Net;
using Archive.Web.Accounts;
using Archive.Web.Tests.Accounts;
using Microsoft.EntityFrameworkCore;

namespace Archive.Web.Tests.Security;

/// <summary>Pen-test row 14: a browser's word that a post comes from another site outweighs a valid token.</summary>
[Collection(ArchiveApp.Collection)]
public sealed class CrossSiteRequestTests(ArchiveAppFactory app)
{
    private static async Task<HttpResponseMessage> CreateTagAsync(HttpClient editor, string label, params (string Name, string Value)[] headers)
    {
        var page = await editor.GetDocumentAsync("/tags/manage");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/tags/manage?handler=Create")
        {
            Content = AntiforgeryForm.Fields(page.Token(), ("labelEs", label), ("labelEn", label + " en")),
        };
        foreach (var (name, value) in headers)
            request.Headers.TryAddWithoutValidation(name, value);
        return await editor.SendAsync(request);
    }

    private Task<bool> TagExistsAsync(string label) => app.ExecuteDbContextAsync(db => db.Tags.AnyAsync(t => t.LabelEs == label));

    [Theory]
    [InlineData("Origin", "https://evil.example")]
    [InlineData("Origin", "null")]
    [InlineData("Origin", "http://localhost.evil.example")]
    [InlineData("Sec-Fetch-Site", "cross-site")]
    [InlineData("Sec-Fetch-Site", "same-site")]
    public async Task A_post_from_another_site_is_refused_even_with_a_valid_token(string header, string value)
    {
        var (editor, _) = await app.SignedInClientAsync(ArchiveRoles.Editor);
        var label = $"Cruzada {Guid.NewGuid().ToString("N")[..8]}";

        using var response = await CreateTagAsync(editor, label, (header, value));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.False(await TagExistsAsync(label));
    }

    [Fact]
    public async Task A_post_from_the_archive_itself_goes_through()
    {
        var (editor, _) = await app.SignedInClientAsync(ArchiveRoles.Editor);
        var label = $"Propia {Guid.NewGuid().ToString("N")[..8]}";

        using var response = await CreateTagAsync(editor, label, ("Origin", "http://localhost"), ("Sec-Fetch-Site", "same-origin"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.True(await TagExistsAsync(label));
    }
}

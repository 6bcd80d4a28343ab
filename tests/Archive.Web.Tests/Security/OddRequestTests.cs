using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Archive.Web.Tests.Accounts;

namespace Archive.Web.Tests.Security;

/// <summary>Pen-test rows 6, 7 and 8: odd but harmless requests get a 4xx, never a 500.</summary>
[Collection(ArchiveApp.Collection)]
public sealed class OddRequestTests(ArchiveAppFactory app)
{
    private static ByteArrayContent Multipart(string body, string boundary = "x")
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
        content.Headers.TryAddWithoutValidation("Content-Type", $"multipart/form-data; boundary={boundary}");
        return content;
    }

    public static TheoryData<string> FormTargets => ["/account/signin", "/", "/search", "/tags"];

    [Theory]
    [MemberData(nameof(FormTargets))]
    public async Task A_malformed_multipart_post_is_a_400_not_a_500(string url)
    {
        using var response = await app.CreateClient().PostAsync(url, Multipart("x"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await Html.ParseAsync(response);
        Assert.Equal("400", page.QuerySelector(".error-code")!.Text());
    }

    [Fact]
    public async Task A_broken_boundary_a_huge_field_or_too_many_fields_is_a_4xx_not_a_500()
    {
        var client = app.CreateClient();
        var hugeField = new StringBuilder("--b\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n")
            .Append('x', 5 * 1024 * 1024).Append("\r\n--b--\r\n").ToString();
        var manyFields = new StringBuilder();
        for (var i = 0; i < 20_000; i++)
            manyFields.Append("--b\r\nContent-Disposition: form-data; name=\"f").Append(i).Append("\"\r\n\r\nv\r\n");
        manyFields.Append("--b--\r\n");

        HttpContent[] bodies =
        [
            Multipart("--b\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nv\r\n--c--\r\n", boundary: "b"),
            Multipart("--b\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nv", boundary: "b"),
            Multipart(hugeField, boundary: "b"),
            Multipart(manyFields.ToString(), boundary: "b"),
        ];
        foreach (var body in bodies)
        {
            using var response = await client.PostAsync("/account/signin", body);
            Assert.True(
                response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.RequestEntityTooLarge,
                $"answered {(int)response.StatusCode}");
        }
    }

    [Theory]
    [InlineData("TRACE", "/")]
    [InlineData("TRACE", "/imports")]
    [InlineData("TRACE", "/articles/1")]
    [InlineData("PUT", "/tags")]
    [InlineData("DELETE", "/search")]
    [InlineData("PATCH", "/articles/1")]
    public async Task A_method_a_page_does_not_handle_is_405_with_allow(string method, string url)
    {
        // With a valid antiforgery token, so that the method, not the missing token, is what gets refused.
        var client = app.CreateClient();
        var token = (await client.GetDocumentAsync("/account/signin")).Token("#signin-form");
        using var request = new HttpRequestMessage(new HttpMethod(method), url) { Content = method == "TRACE" ? null : AntiforgeryForm.Fields(token) };

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Contains("GET", response.Content.Headers.Allow);
        Assert.DoesNotContain(app.Log.Events, e => e.Exception is NullReferenceException);
    }

    [Theory]
    [InlineData("/espa%C3%B1a", "/espa%C3%B1a")]
    [InlineData("/a%E3%80%80b", "/a%E3%80%80b")]
    [InlineData("/x%EF%BC%8Fy", "/x%EF%BC%8Fy")]
    [InlineData("/search?q=a%C3%B1o&lang=es", "/search?q=a%C3%B1o&lang=es")]
    public async Task The_culture_switch_follows_a_non_ascii_return_address_percent_encoded(string returnUrl, string location)
    {
        using var response = await app.CreateClientWithoutRedirects().GetAsync($"/culture/es?returnUrl={Uri.EscapeDataString(Uri.UnescapeDataString(returnUrl))}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(location, response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Signing_in_with_a_non_ascii_return_address_redirects_to_it_percent_encoded()
    {
        var email = await app.AddUserAsync("Editor");
        var client = app.CreateClientWithoutRedirects();
        var page = await client.GetDocumentAsync("/account/signin");

        using var response = await client.PostAsync("/account/signin?ReturnUrl=%2Fespa%C3%B1a", AntiforgeryForm.Fields(
            page.Token("#signin-form"), ("Form.Email", email), ("Form.Password", AccountHelpers.Password)));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/espa%C3%B1a", response.Headers.Location!.OriginalString);
    }
}

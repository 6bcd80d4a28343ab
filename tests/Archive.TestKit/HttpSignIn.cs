namespace Archive.Testing;

/// <summary>Signing in through the real form over HTTP, for the web tests and the benchmarks' editors.</summary>
public static class HttpSignIn
{
    public const string Page = "/account/signin";

    /// <summary>Posts the sign-in form; a successful sign-in answers with a redirect and sets the cookie on the client.</summary>
    public static async Task<HttpResponseMessage> PostSignInAsync(this HttpClient client, string email, string password, CancellationToken cancellationToken = default)
    {
        var token = await client.TokenAsync(Page, "#signin-form", cancellationToken);
        return await client.PostAsync(
            new Uri(Page, UriKind.Relative),
            AntiforgeryForm.Fields(token, ("Form.Email", email), ("Form.Password", password)),
            cancellationToken);
    }
}

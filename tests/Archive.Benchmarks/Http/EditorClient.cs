using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Archive.Core.Tagging;

namespace Archive.Benchmarks.Http;

/// <summary>An editor as the benchmarks drive one: signed in through the real form, tagging through the article page's form.</summary>
internal static partial class EditorClient
{
    /// <summary>A client with its own cookies, signed in through the real form.</summary>
    public static async Task<HttpClient> SignInAsync(Uri address, string email, string password, CancellationToken cancellationToken)
    {
        var client = new HttpClient(new SocketsHttpHandler { UseCookies = true, CookieContainer = new CookieContainer(), AllowAutoRedirect = false })
        {
            BaseAddress = address,
            Timeout = TimeSpan.FromSeconds(60),
        };
        using var signedIn = await client.PostSignInAsync(email, password, cancellationToken);
        if (signedIn.StatusCode != HttpStatusCode.Redirect)
            throw new InvalidOperationException($"The benchmark's editor could not sign in ({(int)signedIn.StatusCode}).");
        return client;
    }

    /// <summary>As an editor does it: the article page, then its add-tag form posted with the page's antiforgery token.</summary>
    public static async Task<string?> TagAsync(
        HttpClient editor, string articleUrl, string tag, ConcurrentBag<(int ArticleId, string Tag)> applied, CancellationToken cancellationToken)
    {
        using var page = await editor.GetAsync(articleUrl, cancellationToken);
        var html = await page.Content.ReadAsStringAsync(cancellationToken);
        if (!page.IsSuccessStatusCode)
            return $"{(int)page.StatusCode} for GET {articleUrl}";
        var form = AddTagForm().Match(html);
        if (!form.Success)
            return $"no add-tag form on {articleUrl} (not signed in?)";
        var token = AntiforgeryForm.Token(form.Value, "#add-tag-form");
        var action = WebUtility.HtmlDecode(FormAction().Match(form.Value).Groups[1].Value);
        return await PostAsync(editor, action, articleUrl, token, tag, applied, cancellationToken);
    }

    /// <summary>
    /// The article's add-tag form posted with a token the editor already holds: an antiforgery token belongs to the signed-in
    /// session, not to one page, so an editor's open pages all post with the same one. The form's action is the article's
    /// own address with <c>?handler=AddTag</c>, as the page writes it.
    /// </summary>
    public static Task<string?> PostTagAsync(
        HttpClient editor, string articleUrl, string token, string tag, ConcurrentBag<(int ArticleId, string Tag)> applied, CancellationToken cancellationToken)
        => PostAsync(editor, articleUrl + "?handler=AddTag", articleUrl, token, tag, applied, cancellationToken);

    private static async Task<string?> PostAsync(
        HttpClient editor, string action, string articleUrl, string token, string tag, ConcurrentBag<(int ArticleId, string Tag)> applied, CancellationToken cancellationToken)
    {
        using var posted = await editor.PostAsync(action, AntiforgeryForm.Fields(token, ("tag", tag)), cancellationToken);
        if (posted.StatusCode is not (HttpStatusCode.Redirect or HttpStatusCode.SeeOther or HttpStatusCode.Found))
            return $"{(int)posted.StatusCode} for POST {action}";
        applied.Add((int.Parse(articleUrl.Split('/')[2], CultureInfo.InvariantCulture), tag));
        return null;
    }

    /// <summary><paramref name="count"/> new tags with labels unique to this run; returns their slugs.</summary>
    public static async Task<List<string>> CreateTagsAsync(TagService service, int count, CancellationToken cancellationToken)
    {
        var slugs = new List<string>();
        var actor = new TagActor("benchmark", "benchmark@example.org");
        var run = Guid.NewGuid().ToString("N")[..6];
        for (var i = 1; i <= count; i++)
        {
            var created = await service.CreateAsync($"Carga {run} {i}", $"Load {run} {i}", null, actor, cancellationToken);
            slugs.Add(created.Tag?.Slug ?? throw new InvalidOperationException($"Could not create a benchmark tag: {created.Code}"));
        }
        return slugs;
    }

    [GeneratedRegex("""<form[^>]*id="add-tag-form"[^>]*>.*?</form>""", RegexOptions.Singleline)]
    private static partial Regex AddTagForm();

    [GeneratedRegex(@"^<form[^>]*\saction=""([^""]+)""")]
    private static partial Regex FormAction();
}

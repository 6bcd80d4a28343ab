using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Archive.Testing;

/// <summary>
/// Posting a page's form as a browser does: the hidden antiforgery token read from the form, sent with the
/// fields (the client keeps the paired cookie). Tests that forge a post on purpose build theirs by hand.
/// </summary>
public static class AntiforgeryForm
{
    public const string FieldName = "__RequestVerificationToken";
    public const string AnyPostForm = "form[method='post']";

    private static readonly HtmlParser _parser = new();

    /// <summary>The token of the first form matching <paramref name="formSelector"/>.</summary>
    public static string Token(this IDocument document, string formSelector = AnyPostForm)
    {
        ArgumentNullException.ThrowIfNull(document);
        return document.QuerySelector($"{formSelector} input[name='{FieldName}']")?.GetAttribute("value")
            ?? throw new InvalidOperationException($"No antiforgery token in {formSelector}");
    }

    public static string Token(string html, string formSelector = AnyPostForm) => _parser.ParseDocument(html).Token(formSelector);

    /// <summary>The token of a form on the page at <paramref name="url"/>, fetched with the client that will post.</summary>
    public static async Task<string> TokenAsync(this HttpClient client, string url, string formSelector = AnyPostForm, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        return Token(await client.GetStringAsync(new Uri(url, UriKind.Relative), cancellationToken), formSelector);
    }

    /// <summary>A posted form: the fields plus the token.</summary>
    public static FormUrlEncodedContent Fields(string token, params (string Key, string Value)[] fields) =>
        new([.. fields.Select(f => KeyValuePair.Create(f.Key, f.Value)), KeyValuePair.Create(FieldName, token)]);
}

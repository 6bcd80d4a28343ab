using System.Text;
using Microsoft.AspNetCore.Diagnostics;

namespace Archive.Web.Localization;

public static class ReturnUrl
{
    /// <summary>
    /// A page whose own address is not the one to come back to sets it here: the search page puts the
    /// query it searched for, not a pasted 100 KB that would then be repeated in every language link.
    /// </summary>
    public const string OverrideKey = "Archive.ReturnUrl";

    public static void Set(HttpContext context, string url)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Items[OverrideKey] = url;
    }

    /// <summary>
    /// The address the reader asked for, so switching language comes back to it; on an error page
    /// that is the original address, not /error.
    /// </summary>
    public static string Of(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Items[OverrideKey] is string chosen)
            return chosen;
        if (context.Features.Get<IStatusCodeReExecuteFeature>() is { } statusCode)
            return statusCode.OriginalPathBase + statusCode.OriginalPath + statusCode.OriginalQueryString;
        if (context.Features.Get<IExceptionHandlerPathFeature>() is { } exception)
            return context.Request.PathBase + exception.Path;
        return context.Request.PathBase + context.Request.Path + context.Request.QueryString;
    }

    /// <summary>
    /// A local address as a <c>Location</c> header may carry it: anything outside printable ASCII
    /// ("/españa", an ideographic space) percent-encoded as UTF-8, which the browser shows decoded again.
    /// Already-encoded parts and ASCII are left as they are.
    /// </summary>
    public static string ForLocation(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (url.All(c => c is > ' ' and < '\x7F'))
            return url;
        var encoded = new StringBuilder(url.Length * 3);
        Span<byte> bytes = stackalloc byte[4];
        for (var i = 0; i < url.Length; i++)
        {
            var c = url[i];
            if (c is > ' ' and < '\x7F')
            {
                encoded.Append(c);
                continue;
            }
            var length = char.IsHighSurrogate(c) && i + 1 < url.Length && char.IsLowSurrogate(url[i + 1])
                ? Encoding.UTF8.GetBytes(url.AsSpan(i++, 2), bytes)
                : Encoding.UTF8.GetBytes(char.IsSurrogate(c) ? "\uFFFD" : c.ToString(), bytes);
            foreach (var b in bytes[..length])
                encoded.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
        }
        return encoded.ToString();
    }
}

using Microsoft.AspNetCore.Diagnostics;

namespace Archive.Web.Localization;

public static class ReturnUrl
{
    /// <summary>
    /// The address the reader asked for, so switching language comes back to it; on an error page
    /// that is the original address, not /error.
    /// </summary>
    public static string Of(HttpContext context)
    {
        if (context.Features.Get<IStatusCodeReExecuteFeature>() is { } statusCode)
            return statusCode.OriginalPathBase + statusCode.OriginalPath + statusCode.OriginalQueryString;
        if (context.Features.Get<IExceptionHandlerPathFeature>() is { } exception)
            return context.Request.PathBase + exception.Path;
        return context.Request.PathBase + context.Request.Path + context.Request.QueryString;
    }
}

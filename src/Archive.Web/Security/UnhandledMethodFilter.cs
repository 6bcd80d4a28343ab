using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Archive.Web.Security;

/// <summary>
/// A page renders only for a method it has a handler for: TRACE, PUT or DELETE on a page without one
/// answers 405 with <c>Allow</c>, instead of rendering a model no handler filled in. GET and HEAD on a
/// page without handlers still render (a page that is only markup), and re-executed error pages
/// render for any method.
/// </summary>
public sealed class UnhandledMethodFilter : IPageFilter
{
    public void OnPageHandlerSelected(PageHandlerSelectedContext context)
    {
    }

    public void OnPageHandlerExecuting(PageHandlerExecutingContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.HandlerMethod is not null)
            return;
        var http = context.HttpContext;
        var handlers = context.ActionDescriptor.HandlerMethods;
        if (handlers.Count == 0 && (HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method)))
            return;
        if (http.Features.Get<IStatusCodeReExecuteFeature>() is not null || http.Features.Get<IExceptionHandlerFeature>() is not null)
            return;

        var allowed = handlers.Select(h => h.HttpMethod.ToUpperInvariant()).ToHashSet(StringComparer.Ordinal);
        if (allowed.Count == 0 || allowed.Contains("GET"))
            allowed.UnionWith(["GET", "HEAD"]);
        var allow = string.Join(", ", allowed.Order(StringComparer.Ordinal));
        http.Response.Headers.Allow = allow;
        // Again as the response starts: the error page re-executed for the 405 may start from clean headers.
        http.Response.OnStarting(() =>
        {
            http.Response.Headers.Allow = allow;
            return Task.CompletedTask;
        });
        context.Result = new StatusCodeResult(StatusCodes.Status405MethodNotAllowed);
    }

    public void OnPageHandlerExecuted(PageHandlerExecutedContext context)
    {
    }
}

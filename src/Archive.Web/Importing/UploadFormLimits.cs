using Archive.Core.Importing.Uploads;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Archive.Web.Importing;

/// <summary>
/// What <c>[RequestSizeLimit]</c> and <c>[RequestFormLimits]</c> do, with limits taken from
/// <see cref="UploadOptions"/> rather than compile-time constants, and one thing more: the form is
/// read here, before the antiforgery check would read it, so an oversized upload is sent back to
/// the upload page with a message in the reader's language instead of ending as a bare 400 or 413.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class UploadFormLimitsAttribute : Attribute, IFilterFactory, IOrderedFilter
{
    public const string TooLargeProblem = "too-large";

    // Below the antiforgery check (1000), which reads the form; after authentication and authorization.
    public int Order => 500;

    public bool IsReusable => true;

    public IFilterMetadata CreateInstance(IServiceProvider serviceProvider) =>
        new Filter(serviceProvider.GetRequiredService<UploadOptions>(), Order);

    private sealed class Filter(UploadOptions options, int order) : IAsyncAuthorizationFilter, IOrderedFilter
    {
        public int Order => order;

        public async Task OnAuthorizationAsync(AuthorizationFilterContext context)
        {
            var http = context.HttpContext;
            if (!HttpMethods.IsPost(http.Request.Method))
                return;
            var limit = options.MaxRequestBytes();
            // A browser that is still sending when the answer comes sees a reset connection, not the
            // answer; so an upload somewhat over the limit is read to its end (and thrown away) first.
            // Beyond the drain limit Kestrel cuts the connection: that much is not worth reading.
            var drainLimit = limit * 2;
            if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodySize)
                bodySize.MaxRequestBodySize = drainLimit;
            if (!http.Request.HasFormContentType)
                return;
            if (http.Request.ContentLength > limit)
            {
                await RefuseAsync(context);
                return;
            }

            http.Features.Set<IFormFeature>(new FormFeature(http.Request, new FormOptions
            {
                MultipartBodyLengthLimit = limit,
                ValueCountLimit = options.MaxEntries + 16,
            }));
            try
            {
                await http.Request.ReadFormAsync(http.RequestAborted);
            }
            catch (InvalidDataException)
            {
                await RefuseAsync(context);
            }
            catch (BadHttpRequestException exception) when (exception.StatusCode == StatusCodes.Status413PayloadTooLarge)
            {
                context.Result = TooLarge();
            }
        }

        private static async Task RefuseAsync(AuthorizationFilterContext context)
        {
            try
            {
                await context.HttpContext.Request.Body.CopyToAsync(Stream.Null, context.HttpContext.RequestAborted);
            }
            catch (BadHttpRequestException)
            {
                // Over the drain limit: Kestrel closes the connection after this answer.
            }
            context.Result = TooLarge();
        }

        private static RedirectResult TooLarge() => new($"/imports/new?problem={TooLargeProblem}");
    }
}

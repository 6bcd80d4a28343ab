namespace Archive.Web.Search;

/// <summary>
/// A successful form post or API write may have left outbox rows (a tagging, an import): this node catches up at once
/// instead of at its next interval, so the editor's own search shows the change as soon as it is indexed.
/// </summary>
public static class CatchUpAfterWrites
{
    public static IApplicationBuilder UseCatchUpAfterWrites(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            await next(context);
            if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method)
                && context.Response.StatusCode < 400)
            {
                context.RequestServices.GetRequiredService<SearchIndexService>().Signal();
            }
        });
}

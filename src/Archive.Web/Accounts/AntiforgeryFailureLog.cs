using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.Core.Infrastructure;

namespace Archive.Web.Accounts;

/// <summary>A post without a valid antiforgery token is either a bug or a forgery; either way someone should see it.</summary>
internal sealed partial class AntiforgeryFailureLog(ILogger<AntiforgeryFailureLog> logger) : IAlwaysRunResultFilter
{
    public void OnResultExecuting(ResultExecutingContext context)
    {
        if (context.Result is IAntiforgeryValidationFailedResult)
        {
            var request = context.HttpContext.Request;
            LogRejected(logger, request.Method, request.Path, context.HttpContext.User.Identity?.Name ?? "(anonymous)",
                context.HttpContext.Connection.RemoteIpAddress?.ToString() ?? "(unknown)");
        }
    }

    public void OnResultExecuted(ResultExecutedContext context)
    {
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Rejected {Method} {Path} from {User} at {RemoteIp}: missing or invalid antiforgery token")]
    private static partial void LogRejected(ILogger logger, string method, string path, string user, string remoteIp);
}

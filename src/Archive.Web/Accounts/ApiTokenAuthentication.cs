using System.Security.Claims;
using System.Text.Encodings.Web;
using Archive.Core.Research;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Archive.Web.Accounts;

/// <summary>
/// <c>Authorization: Bearer arch_…</c> on the JSON API: the token's account, with its current roles,
/// as if signed in. A revoked token, or one whose account is gone, authenticates no one (401).
/// </summary>
internal sealed partial class ApiTokenAuthentication(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory loggerFactory,
    UrlEncoder encoder,
    ApiTokens tokens,
    UserManager<ArchiveUser> users,
    IUserClaimsPrincipalFactory<ArchiveUser> principals) : AuthenticationHandler<AuthenticationSchemeOptions>(options, loggerFactory, encoder)
{
    public const string SchemeName = "ApiToken";

    /// <summary>The id of the token a request came with, for rate limiting and logs.</summary>
    public const string TokenIdClaim = "archive:api_token";

    private const string BearerPrefix = "Bearer ";

    /// <summary>The token text of a request's Authorization header, or null.</summary>
    public static string? BearerToken(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var header = request.Headers.Authorization.ToString();
        return header.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase) ? header[BearerPrefix.Length..].Trim() : null;
    }

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var secret = BearerToken(Request);
        if (secret is null)
            return AuthenticateResult.NoResult();
        var token = await tokens.AuthenticateAsync(secret, Context.RequestAborted);
        var user = token is null ? null : await users.FindByIdAsync(token.UserId);
        if (token is null || user is null)
        {
            LogRefused(Logger, Request.Path, Context.Connection.RemoteIpAddress?.ToString() ?? "(unknown)");
            return AuthenticateResult.Fail("Unknown or revoked API token.");
        }
        var principal = await principals.CreateAsync(user);
        var identity = new ClaimsIdentity(principal.Claims, SchemeName, ClaimTypes.Name, ClaimTypes.Role);
        identity.AddClaim(new Claim(TokenIdClaim, token.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "Bearer";
        return Task.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused an unknown or revoked API token on {Path} from {RemoteIp}")]
    private static partial void LogRefused(ILogger logger, string path, string remoteIp);
}

using ContactCenter.Server.Features.Access.Authentication;
using ContactCenter.Server.Features.Shared;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;

namespace ContactCenter.Server.Features.Access.Authorization;

/// <summary>
/// Turns an API refusal into a problem that names the missing permission, and logs it; pages keep
/// the default (a redirect to sign-in or the access-denied page).
/// </summary>
internal sealed partial class RefusalResultHandler(ILogger<RefusalResultHandler> logger) : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult result)
    {
        var isApi = context.Request.Path.StartsWithSegments("/api") || context.Request.Path.StartsWithSegments("/hubs");
        if (result.Forbidden && context.User.Identity?.IsAuthenticated != true)
        {
            // A valid cookie or token whose session was revoked: authentication succeeded, the
            // grant lookup emptied the user. That is "sign in again", not "not allowed".
            if (isApi)
            {
                await ApiProblems.SessionEnded().ExecuteAsync(context);
            }
            else
            {
                await context.ChallengeAsync(AuthSchemes.Cookie);
            }

            return;
        }

        if (isApi && result.Forbidden)
        {
            var permission = policy.Requirements.OfType<Microsoft.AspNetCore.Authorization.Infrastructure.ClaimsAuthorizationRequirement>()
                .FirstOrDefault(r => r.ClaimType == ContactCenterClaims.Permission)?.AllowedValues?.FirstOrDefault() ?? "unknown";
            LogRefused(logger, context.User.Identity?.Name, context.Request.Method, context.Request.Path, permission);
            await ApiProblems.Refused(permission).ExecuteAsync(context);
            return;
        }

        await _default.HandleAsync(next, context, policy, result);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused {User} {Method} {Path}: lacks {Permission}")]
    private static partial void LogRefused(ILogger logger, string? user, string method, string path, string permission);
}

using System.Reflection;
using ContactCenter.Server.Features.Access.Authorization;
using ContactCenter.Server.Features.Access.Grants;
using Microsoft.AspNetCore.SignalR;

namespace ContactCenter.Server.Realtime;

/// <summary>
/// Authorization on every hub call, not only at connect: the caller's grant is looked up fresh
/// (so a role change applies to the next call), and a method's <see cref="RequirePermissionAttribute"/>
/// is enforced. A refusal is a <see cref="HubException"/> whose message starts with a stable code.
/// </summary>
internal sealed partial class PermissionHubFilter(AccessGrants grants, ILogger<PermissionHubFilter> logger) : IHubFilter
{
    public async ValueTask<object?> InvokeMethodAsync(HubInvocationContext invocation, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        var grant = await grants.ForPrincipalAsync(invocation.Context.User!, invocation.Context.ConnectionAborted);
        if (grant is null)
        {
            // The call is refused here; SessionGuard closes the connection right after.
            throw new HubException("session-ended: Your session has ended; sign in again.");
        }

        if (invocation.HubMethod.GetCustomAttribute<RequirePermissionAttribute>() is { } required && !grant.Has(required.Permission))
        {
            LogRefused(logger, grant.UserName, invocation.HubMethodName, required.Permission);
            throw new HubException($"permission-denied: Your roles do not grant '{required.Permission}'. Ask an admin if you need it.");
        }

        invocation.ServiceProvider.GetRequiredService<RequestGrant>().Grant = grant;
        return await next(invocation);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused {User} hub call {Method}: lacks {Permission}")]
    private static partial void LogRefused(ILogger logger, string user, string method, string permission);
}

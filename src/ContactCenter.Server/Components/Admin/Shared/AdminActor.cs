using ContactCenter.Domain.Access;
using ContactCenter.Server.Features.Access.Authentication;
using ContactCenter.Server.Features.Access.Grants;
using ContactCenter.Server.Features.Audit;
using Microsoft.AspNetCore.Components.Authorization;

namespace ContactCenter.Server.Components.Admin.Shared;

/// <summary>
/// Who acts on an admin page, looked up afresh at each use: a circuit lives for hours, and a role
/// taken away a minute ago must not still save. The pages hide what the grant does not allow; the
/// use cases check the same grant again, so a hidden control is never the only guard.
/// </summary>
public sealed class AdminActor(AuthenticationStateProvider authentication, AccessGrants grants, CircuitBrowser browser, TimeProvider clock)
{
    /// <summary>The signed-in user's grant now, or null once their session has ended.</summary>
    public async Task<AccessGrant?> GrantAsync(CancellationToken cancellationToken = default) =>
        await grants.ForPrincipalAsync((await authentication.GetAuthenticationStateAsync()).User, cancellationToken);

    /// <summary>The audit context of a change made in this circuit: from the browser's address, not the loopback.</summary>
    public AuditContext AuditFor(AccessGrant grant) => new(grant.UserId, grant.UserName, browser.Address ?? "unknown", clock.GetUtcNow());
}

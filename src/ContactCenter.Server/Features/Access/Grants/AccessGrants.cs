using System.Security.Claims;
using ContactCenter.Domain.Access;
using ContactCenter.Server.Features.Access.Authentication;
using Marten;

namespace ContactCenter.Server.Features.Access.Grants;

/// <summary>
/// Looks up what a principal may do now: nothing when the user is gone, disabled or the session's
/// security stamp is no longer theirs (roles changed, signed out everywhere).
/// </summary>
public sealed class AccessGrants(IDocumentStore store)
{
    public async Task<AccessGrant?> ForPrincipalAsync(ClaimsPrincipal principal, CancellationToken cancellationToken = default)
    {
        if (!Guid.TryParse(principal.FindFirstValue(ContactCenterClaims.UserId), out var userId)
            || !Guid.TryParse(principal.FindFirstValue(ContactCenterClaims.SecurityStamp), out var stamp))
        {
            return null;
        }

        await using var session = store.QuerySession();
        var user = await session.LoadAsync<StaffUser>(userId, cancellationToken);
        if (user is null || user.Disabled || user.SecurityStamp != stamp)
        {
            return null;
        }

        return AccessGrant.For(user, await RolesAsync(session, cancellationToken));
    }

    public static async Task<IReadOnlyList<Role>> RolesAsync(IQuerySession session, CancellationToken cancellationToken) =>
        [.. BuiltInRoles.All, .. await session.Query<Role>().ToListAsync(cancellationToken)];

    public static ClaimsPrincipal PrincipalFor(StaffUser user, string scheme) => new(new ClaimsIdentity(
        [
            new Claim(ContactCenterClaims.UserId, user.Id.ToString()),
            new Claim(ContactCenterClaims.UserName, user.UserName),
            new Claim(ContactCenterClaims.SecurityStamp, user.SecurityStamp.ToString()),
        ],
        scheme, ContactCenterClaims.UserName, null));
}

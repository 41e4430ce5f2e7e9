using System.Security.Claims;
using ContactCenter.Domain.Access;
using ContactCenter.Domain.Queues;
using ContactCenter.Domain.Teams;
using ContactCenter.Server.Features.Access.Authentication;
using Marten;

namespace ContactCenter.Server.Features.Access.Grants;

/// <summary>
/// Looks up what a principal may do now: nothing when the user is gone, disabled or the session's
/// security stamp is no longer theirs (roles changed, signed out everywhere), or the browser session
/// was signed out. Queues include those
/// the user works through teams.
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

        // Asked on every hub call: one round trip for the user and the settings their grant follows from.
        await using var session = store.QuerySession();
        var batch = session.CreateBatchQuery();
        var loadUser = batch.Load<StaffUser>(userId);
        var loadRoles = batch.Query<Role>().ToList();
        var loadTeams = batch.Query<Team>().ToList();
        var loadQueues = batch.Query<Queue>().ToList();
        var loadRevoked = SessionRevocation.SessionOf(principal) is { } sessionId ? batch.Load<RevokedSession>(sessionId) : Task.FromResult<RevokedSession?>(null);
        await batch.Execute(cancellationToken);
        var user = await loadUser;
        if (user is null || user.Disabled || user.SecurityStamp != stamp || await loadRevoked is not null)
        {
            return null;
        }

        return AccessGrant.For(user, [.. BuiltInRoles.All, .. await loadRoles], await loadTeams, await loadQueues);
    }

    public static async Task<IReadOnlyList<Role>> RolesAsync(IQuerySession session, CancellationToken cancellationToken) =>
        [.. BuiltInRoles.All, .. await session.Query<Role>().ToListAsync(cancellationToken)];

    /// <summary>A browser sign-in passes a new <paramref name="sessionId"/>, so that signing out can end that one session.</summary>
    public static ClaimsPrincipal PrincipalFor(StaffUser user, string scheme, Guid? sessionId = null) => new(new ClaimsIdentity(
        [
            new Claim(ContactCenterClaims.UserId, user.Id.ToString()),
            new Claim(ContactCenterClaims.UserName, user.UserName),
            new Claim(ContactCenterClaims.SecurityStamp, user.SecurityStamp.ToString()),
            .. sessionId is { } id ? [new Claim(ContactCenterClaims.SessionId, id.ToString())] : Array.Empty<Claim>(),
        ],
        scheme, ContactCenterClaims.UserName, null));
}
